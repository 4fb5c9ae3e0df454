package dev.folio.load.history;

import dev.folio.model.Change;
import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.History;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.Report;
import dev.folio.model.Row;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.TableHistory;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A site's history, read once per build from the project's git repository: each report's data
 * revisions since it was published, and the translations that fell behind (warnings). A project
 * outside git has none. A shallow clone, which lacks the commits that history needs, is an error
 * that says how to fetch them, rather than history with wrong dates.
 */
public final class Histories {
  private Histories() {}

  /**
   * What history says of a site.
   *
   * @param reports each report's history, by slug
   * @param problems what stops the build (a shallow clone, a baseline that is no commit)
   * @param warnings the translations that fell behind
   */
  public record Read(Map<String, History> reports, List<Problem> problems, List<Problem> warnings) {
    public static final Read NONE = new Read(Map.of(), List.of(), List.of());
  }

  /**
   * The main line's commits that changed the project's content, walked once per build (a task that
   * reads HEAD); the first step of reading history, which needs only {@code folio.yaml} and so runs
   * while the rest of the project loads. Closing it closes the repository.
   *
   * @param log the repository, or null: no history to read (outside git, or {@code history: false})
   * @param commits newest first; empty for a shallow clone
   */
  public record Walk(GitLog log, boolean shallow, List<GitLog.Commit> commits)
      implements AutoCloseable {
    static final Walk NONE = new Walk(null, false, List.of());

    @Override
    public void close() {
      if (log != null) {
        log.close();
      }
    }
  }

  /** The fewest commits a history has that is read in parallel where it can be. */
  static final int LONG = 256;

  /** The walk over the history of the project at {@code source}, as its configuration asks. */
  public static Walk walk(Path source, SiteConfig config, TaskRunner tasks) {
    if (Boolean.FALSE.equals(config.history())) {
      return Walk.NONE;
    }
    Optional<GitLog> opened = GitLog.of(source, Boolean.TRUE.equals(config.history()));
    if (opened.isEmpty()) {
      return Walk.NONE;
    }
    GitLog log = opened.get();
    if (log.shallow()) {
      return new Walk(log, true, List.of());
    }
    String head = log.head();
    return new Walk(
        log,
        false,
        tasks.run(
            Task.of(
                Task.Boundary.PARSE,
                "git history",
                () -> List.of(head),
                () -> log.commits(List.of("content")))));
  }

  /**
   * The history of {@code reports}, as loaded from {@code source}, from {@code walk} (which it
   * closes).
   *
   * @param warnings whether to look for translations that fell behind ({@code check} and {@code
   *     build} do; {@code serve}, which rebuilds on every save, does not)
   */
  public static Read read(
      Walk walk,
      Path source,
      SiteConfig config,
      List<Content> reports,
      TaskRunner tasks,
      boolean warnings) {
    try (walk) {
      GitLog log = walk.log();
      if (log == null) {
        return Read.NONE;
      }
      if (walk.shallow()) {
        return new Read(Map.of(), List.of(shallow(config, reports)), List.of());
      }
      List<GitLog.Commit> commits = walk.commits();
      List<Problem> problems = new ArrayList<>();
      Map<String, History> histories = new LinkedHashMap<>();
      Versions versions = new Versions(log, source);
      FutureTask<List<Problem>> behind =
          new FutureTask<>(() -> warnings(source, versions, config, reports, commits));
      // A long history's translations are replayed on a thread of their own meanwhile, from the
      // same repository, which closes once both are done; a short one's after (a thread's start
      // costs more than it saves there).
      Thread thread = null;
      if (warnings) {
        versions.read(texts(commits), Freshness::data);
        if (commits.size() >= LONG) {
          thread = new Thread(behind, "folio history: translations");
          thread.setDaemon(true);
          thread.start();
        }
      }
      try {
        DataHistory data = new DataHistory(versions, config.languages());
        for (Content report : reports) {
          history(versions, data, report, commits, tasks, problems)
              .ifPresent(history -> histories.put(report.slug(), history));
        }
      } finally {
        if (thread != null) {
          settle(behind);
        }
      }
      if (warnings && thread == null) {
        behind.run();
      }
      return new Read(histories, problems, warnings ? Parallel.result(behind) : List.of());
    }
  }

  /** Waits for a task to end, however it ends. */
  private static void settle(FutureTask<?> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException e) {
        break;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** {@link #walk} then {@link #read}: the whole history at once. */
  public static Read read(
      Path source, SiteConfig config, List<Content> reports, TaskRunner tasks, boolean warnings) {
    return read(walk(source, config, tasks), source, config, reports, tasks, warnings);
  }

  /**
   * The versions of content files whose text the translations' freshness reads, all read (and the
   * data files' parsed) at once, in parallel, before it replays them one commit at a time.
   */
  private static List<Versions.File> texts(List<GitLog.Commit> commits) {
    List<Versions.File> files = new ArrayList<>();
    for (GitLog.Commit commit : commits) {
      for (GitLog.FileChange file : commit.files()) {
        if (Freshness.text(file.newPath())) {
          files.add(new Versions.File(file.newPath(), file.newBlob()));
        }
        if (Freshness.text(file.oldPath())) {
          files.add(new Versions.File(file.oldPath(), file.oldBlob()));
        }
      }
    }
    return files;
  }

  private static Problem shallow(SiteConfig config, List<Content> reports) {
    Report report = reports.get(0).report();
    SourcePos at = report != null ? report.pos() : SourcePos.file(SiteConfig.PATH);
    return Problem.at(
        at,
        "the project's git history is a shallow clone: Folio reads each report's history since it"
            + " was published (its revisions, which translations fell behind), and the older"
            + " commits are not there",
        "fetch the whole history: `git fetch --unshallow`; in GitHub Actions, give"
            + " actions/checkout `fetch-depth: 0`");
  }

  /** A report's history, if it has been committed (a report never committed has none). */
  private static Optional<History> history(
      Versions versions,
      DataHistory data,
      Content report,
      List<GitLog.Commit> commits,
      TaskRunner tasks,
      List<Problem> problems) {
    GitLog log = versions.log();
    Map<String, String> tables = new TreeMap<>();
    report.tables().values().stream()
        .filter(table -> table.path().startsWith("content/"))
        .forEach(table -> tables.put(table.path(), table.name()));
    ObjectId baseline = null;
    String spec = report.report() == null ? null : report.report().baseline();
    if (spec != null) {
      baseline = log.resolve(spec).orElse(null);
      if (baseline == null) {
        problems.add(
            Problem.at(
                report.report().baselinePos(),
                "\"baseline\" is \"" + spec + "\", which is no commit or tag of this repository",
                "name the tag or the commit whose data is the report as published"));
        return Optional.empty();
      }
    }
    ObjectId from = baseline;
    DataHistory.Events events =
        tasks.run(
            Task.of(
                Task.Boundary.PARSE,
                "data history " + report.slug(),
                () -> List.of(log.head(), tables, String.valueOf(from)),
                () -> data.events(tables, from, commits)));
    if (!events.reached() && spec != null) {
      problems.add(
          Problem.at(
              report.report().baselinePos(),
              "\"baseline\" is \""
                  + spec
                  + "\", which is not on the main line of history (HEAD"
                  + " and its first parents)",
              "name a commit of the main line, or a tag on one"));
      return Optional.empty();
    }
    if (events.baseline() == null) {
      return Optional.empty();
    }
    return Optional.of(net(versions, data, report, events, tasks));
  }

  /**
   * A report's history: each table's net revisions, and every change, newest first. Each table's is
   * a task that reads HEAD, the report's events and the table as it is now, so that {@code serve}
   * redoes only an edited table's.
   */
  private static History net(
      Versions versions,
      DataHistory data,
      Content report,
      DataHistory.Events events,
      TaskRunner tasks) {
    GitLog log = versions.log();
    GitLog.Commit head = log.describe(ObjectId.fromString(log.head()));
    Map<String, TableHistory> tables = new TreeMap<>();
    List<Change> uncommitted = new ArrayList<>();
    List<DataTable> committed =
        report.tables().values().stream()
            .filter(table -> table.path().startsWith("content/"))
            .toList();
    // Each table's on its own, in parallel; taken in the tables' order.
    List<TableNet> nets =
        committed.parallelStream()
            .map(
                table ->
                    tasks.run(
                        Task.of(
                            Task.Boundary.PARSE,
                            "table history " + report.slug() + "/" + table.name(),
                            () -> List.of(head.id(), events, table),
                            () -> tableNet(versions, data, table, events, head))))
            .toList();
    for (int i = 0; i < committed.size(); i++) {
      DataTable table = committed.get(i);
      TableNet net = nets.get(i);
      uncommitted.addAll(net.uncommitted());
      if (!net.history().isEmpty()) {
        tables.put(table.name(), net.history());
      }
    }
    List<Change> changes = new ArrayList<>(uncommitted);
    changes.addAll(events.changes());
    return new History(
        new History.Baseline(events.baseline().shortId(), events.baseline().time()),
        tables,
        changes);
  }

  /** A table's net revisions, and its edits not yet committed. */
  private record TableNet(TableHistory history, List<Change> uncommitted) {}

  private static TableNet tableNet(
      Versions versions,
      DataHistory data,
      DataTable table,
      DataHistory.Events events,
      GitLog.Commit head) {
    RawTable published =
        Optional.ofNullable(events.published().get(table.name()))
            .map(blob -> versions.table(table.path(), blob))
            .orElse(RawTable.EMPTY);
    RawTable atHead =
        versions
            .log()
            .blob(head.id(), table.path())
            .map(blob -> versions.table(table.path(), blob))
            .orElse(RawTable.EMPTY);
    RawTable now = versions.table(table.path(), null);
    List<Change> edits = data.diff(table.name(), atHead, now, head.time(), null, null);
    return new TableNet(data.net(table, published, now, events.changes(), edits), edits);
  }

  /** The translations that fell behind, each a warning at the text that is behind. */
  private static List<Problem> warnings(
      Path source,
      Versions versions,
      SiteConfig config,
      List<Content> reports,
      List<GitLog.Commit> commits) {
    GitLog log = versions.log();
    Set<String> languages = new TreeSet<>();
    config.languages().forEach(lang -> languages.add(lang.folder()));
    Freshness freshness = new Freshness(versions, languages);
    List<GitLog.Commit> oldestFirst = new ArrayList<>(commits);
    Collections.reverse(oldestFirst);
    for (int i = 0; i < oldestFirst.size(); i++) {
      GitLog.Commit commit = oldestFirst.get(i);
      freshness.apply(
          i,
          new Freshness.Version(commit.shortId(), commit.date(), commit.translationUnchanged()),
          commit.files());
    }
    GitLog.Commit head = log.describe(ObjectId.fromString(log.head()));
    freshness.apply(
        oldestFirst.size(),
        new Freshness.Version(null, head.date(), false),
        log.uncommitted(source, "content"));
    Positions positions = new Positions(source, freshness, reports);
    List<Problem> warnings = new ArrayList<>();
    for (Freshness.Behind behind : freshness.behind(positions.present())) {
      warnings.add(positions.warning(behind));
    }
    return warnings;
  }

  /** Where each block of text is now, in each language. */
  private static final class Positions {
    private final Map<String, Map<String, SourcePos>> at = new LinkedHashMap<>();

    Positions(Path source, Freshness freshness, List<Content> reports) {
      for (Content report : reports) {
        for (Page page : report.pages()) {
          freshness
              .blocks(page.path(), Versions.read(source.resolve(page.path())))
              .forEach(
                  (key, block) ->
                      put(key, page.lang().folder(), new SourcePos(page.path(), block.line(), 1)));
        }
        String prefix = report.slug().isEmpty() ? "" : report.slug() + "/";
        for (DataTable table : report.tables().values()) {
          for (Row row : table.rows()) {
            row.fields()
                .forEach(
                    (field, cell) -> {
                      for (Language lang : report.languages()) {
                        put(
                            "row " + prefix + table.name() + "/" + row.id() + "/" + field,
                            lang.folder(),
                            cell.pos());
                      }
                    });
          }
        }
        for (ChartSpec chart : report.charts()) {
          for (String field : List.of("title", "description")) {
            for (Language lang : report.languages()) {
              put(prefix + "chart " + chart.id() + "/" + field, lang.folder(), chart.idPos());
            }
          }
        }
      }
    }

    private void put(String key, String lang, SourcePos pos) {
      at.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(lang, pos);
    }

    Map<String, Set<String>> present() {
      Map<String, Set<String>> present = new LinkedHashMap<>();
      at.forEach((key, langs) -> present.put(key, new TreeSet<>(langs.keySet())));
      return present;
    }

    Problem warning(Freshness.Behind behind) {
      SourcePos pos = at.get(behind.block()).get(behind.language());
      String when =
          behind.changed().commit() == null
              ? "in edits not yet committed"
              : "on " + behind.changed().date() + " (" + behind.changed().commit() + ")";
      return Problem.warning(
          pos,
          "the "
              + behind.language()
              + " text here is behind its "
              + String.join(", ", behind.ahead())
              + " translation, changed "
              + when,
          "translate the change; if it needs none, end the commit's message with the line"
              + " \"Folio-Translation: unchanged\"");
    }
  }
}
