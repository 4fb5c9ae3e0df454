package dev.folio.load.history;

import dev.folio.model.Change;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.TableHistory;
import dev.folio.model.Value;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * What changed in one report's data files since its baseline, from the main line's commits: every
 * change (a row added or removed, a value revised; a table without ids revised as a whole), and
 * each table's text as published. A data file is followed through renames.
 */
final class DataHistory {
  private final Versions versions;
  private final List<Language> languages;

  DataHistory(Versions versions, List<Language> languages) {
    this.versions = versions;
    this.languages = languages;
  }

  /**
   * What the commits say of a report's tables.
   *
   * @param baseline the commit the report was published at; null: the one that first holds its data
   * @param published the id of each table's contents at the baseline (none for a table added since)
   * @param changes every change since, newest first
   * @param reached whether the walk reached the baseline (false: it is not on the main line, or the
   *     history is shallow)
   */
  record Events(
      GitLog.Commit baseline,
      Map<String, ObjectId> published,
      List<Change> changes,
      boolean reached) {}

  /**
   * The events of the tables {@code tables} (their files' paths now → their names) since the
   * baseline {@code baseline} (null for the default), from {@code commits} (newest first). The
   * versions to compare are found first, and parsed ahead, all at once ({@link Versions#parse}).
   */
  Events events(Map<String, String> tables, ObjectId baseline, List<GitLog.Commit> commits) {
    Map<String, String> paths = new LinkedHashMap<>(tables);
    List<Touch> touches = new ArrayList<>();
    GitLog.Commit first = null;
    Map<String, ObjectId> published = Map.of();
    for (GitLog.Commit commit : commits) {
      if (commit.id().equals(baseline)) {
        first = commit;
        published = blobs(commit.id(), paths);
        break;
      }
      // The paths move only where the commit touches one (most commits touch none of a report's).
      Map<String, String> before = touches(commit, paths) ? new LinkedHashMap<>(paths) : paths;
      List<Touch> these = follow(commit, paths);
      if (baseline == null && paths.isEmpty()) {
        // The report's data first appears here: this is its baseline, as published.
        first = commit;
        published = blobs(commit.id(), before);
        break;
      }
      touches.addAll(these);
    }
    List<Versions.File> files = new ArrayList<>();
    for (Touch touch : touches) {
      files.add(new Versions.File(touch.file().oldPath(), touch.file().oldBlob()));
      files.add(new Versions.File(touch.file().newPath(), touch.file().newBlob()));
    }
    versions.read(files, path -> true);
    // Each touch's changes on their own, in parallel; taken in the touches' order.
    List<Change> changes = new ArrayList<>();
    touches.parallelStream().map(this::changes).toList().forEach(changes::addAll);
    return new Events(first, published, changes, first != null || baseline == null);
  }

  /** A commit's change to the file of a table. */
  private record Touch(GitLog.Commit commit, String table, GitLog.FileChange file) {}

  private static boolean touches(GitLog.Commit commit, Map<String, String> paths) {
    for (GitLog.FileChange file : commit.files()) {
      if (file.newPath() != null && paths.containsKey(file.newPath())) {
        return true;
      }
    }
    return false;
  }

  /** A commit's changes to the tables, {@code paths} moved to where the files were before it. */
  private static List<Touch> follow(GitLog.Commit commit, Map<String, String> paths) {
    List<Touch> touches = new ArrayList<>();
    for (GitLog.FileChange file : commit.files()) {
      String table = file.newPath() == null ? null : paths.get(file.newPath());
      if (table == null) {
        continue;
      }
      touches.add(new Touch(commit, table, file));
      paths.remove(file.newPath());
      if (file.oldPath() != null) {
        paths.put(file.oldPath(), table);
      }
    }
    return touches;
  }

  /** The changes to a table's rows of one commit's change to its file. */
  private List<Change> changes(Touch touch) {
    GitLog.FileChange file = touch.file();
    RawTable before =
        file.oldBlob() == null ? RawTable.EMPTY : versions.table(file.oldPath(), file.oldBlob());
    RawTable after = versions.table(file.newPath(), file.newBlob());
    GitLog.Commit commit = touch.commit();
    return diff(touch.table(), before, after, commit.time(), commit.shortId(), commit.reason());
  }

  private Map<String, ObjectId> blobs(ObjectId commit, Map<String, String> paths) {
    Map<String, ObjectId> blobs = new LinkedHashMap<>();
    paths.forEach(
        (path, table) ->
            versions.log().blob(commit, path).ifPresent(blob -> blobs.put(table, blob)));
    return blobs;
  }

  /** The changes from one version of a table to another, all of one commit (or none). */
  List<Change> diff(
      String table,
      RawTable before,
      RawTable after,
      OffsetDateTime time,
      String commit,
      String reason) {
    List<Change> changes = new ArrayList<>();
    if (before.whole() != null || after.whole() != null) {
      if (!Objects.equals(before.whole(), after.whole())) {
        changes.add(
            new Change(time, commit, reason, table, null, null, Change.Kind.TABLE, null, null));
      }
      return changes;
    }
    for (var row : after.rows().entrySet()) {
      Map<String, JsonNode> old = before.rows().get(row.getKey());
      if (old == null) {
        changes.add(
            new Change(
                time, commit, reason, table, row.getKey(), null, Change.Kind.ADDED, null, null));
        continue;
      }
      Set<String> fields = new LinkedHashSet<>(old.keySet());
      fields.addAll(row.getValue().keySet());
      for (String field : fields) {
        JsonNode was = old.get(field);
        JsonNode is = row.getValue().get(field);
        if (!Objects.equals(was, is)) {
          changes.add(
              new Change(
                  time,
                  commit,
                  reason,
                  table,
                  row.getKey(),
                  field,
                  Change.Kind.REVISED,
                  value(was),
                  value(is)));
        }
      }
    }
    for (String id : before.rows().keySet()) {
      if (!after.rows().containsKey(id)) {
        changes.add(
            new Change(time, commit, reason, table, id, null, Change.Kind.REMOVED, null, null));
      }
    }
    return changes;
  }

  private Value value(JsonNode node) {
    return RawTable.value(node, languages).orElse(null);
  }

  /**
   * A table's net revisions: as published against as it is now, each revision with its latest
   * change (one of {@code changes}, newest first, or an edit not yet committed).
   *
   * @param uncommitted the table's edits not yet committed, from HEAD to now
   */
  TableHistory net(
      DataTable table,
      RawTable published,
      RawTable now,
      List<Change> changes,
      List<Change> uncommitted) {
    List<Change> all = new ArrayList<>(uncommitted);
    changes.stream().filter(change -> change.table().equals(table.name())).forEach(all::add);
    Map<String, Change> latest = new HashMap<>();
    for (Change change : all) {
      latest.putIfAbsent(key(change.row(), change.field()), change);
      latest.putIfAbsent(key(change.row(), null), change);
    }
    Map<String, Change> added = new LinkedHashMap<>();
    Map<String, Map<String, TableHistory.Revision>> revised = new LinkedHashMap<>();
    Set<String> removed = new LinkedHashSet<>();
    LocalDate last = null;
    for (Change change : all) {
      if (last == null || change.date().isAfter(last)) {
        last = change.date();
      }
    }
    for (Change change : diff(table.name(), published, now, OffsetDateTime.MIN, null, null)) {
      Change why =
          latest.getOrDefault(
              key(change.row(), change.field()), latest.get(key(change.row(), null)));
      switch (change.kind()) {
        case ADDED -> added.put(change.row(), why);
        case REMOVED -> removed.add(change.row());
        case REVISED ->
            revised
                .computeIfAbsent(change.row(), row -> new LinkedHashMap<>())
                .put(change.field(), new TableHistory.Revision(change.before(), why));
        case TABLE -> {}
      }
    }
    boolean whole =
        published.whole() != null || now.whole() != null
            ? !Objects.equals(published.whole(), now.whole())
            : false;
    return new TableHistory(
        table.name(), added, revised, removed, whole, last == null ? LocalDate.MIN : last);
  }

  private static String key(String row, String field) {
    return row + "\u0000" + field;
  }
}
