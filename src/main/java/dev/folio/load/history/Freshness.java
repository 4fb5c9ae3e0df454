package dev.folio.load.history;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;

/**
 * Which translations fell behind: replays the main line's changes to every block of text ({@link
 * Blocks}) oldest first. A change to a block in some languages while the others were up to date
 * puts them behind; a change to a language that was behind catches it up (a translation); a block
 * that appears in a language after others had it is its translation. A commit whose message ends
 * with {@code Folio-Translation: unchanged} changed nothing that needs translating.
 */
final class Freshness {
  private static final Pattern PAGE =
      Pattern.compile("content/(?:reports/([^/]+)/)?([^/]+)/(.+)\\.md");
  private static final Pattern DATA =
      Pattern.compile("content/(?:reports/([^/]+)/)?data/([^/]+)\\.(?:yaml|yml|json)");
  private static final Pattern CHARTS =
      Pattern.compile("content/(?:reports/([^/]+)/)?charts\\.yaml");

  private final Versions versions;
  private final Set<String> languages;
  private final Map<String, BlockState> blocks = new LinkedHashMap<>();

  Freshness(Versions versions, Set<String> languages) {
    this.versions = versions;
    this.languages = languages;
  }

  /** A version of the project's content, one commit's or the working copy's. */
  record Version(String commit, LocalDate date, boolean translationUnchanged) {}

  /** Where a block's translations stand, and which language is behind. */
  record Behind(String block, String language, Set<String> ahead, Version changed) {}

  /** A block's history so far: the latest change and what each language has caught up with. */
  private static final class BlockState {
    private int latest = -1;
    private Version latestVersion;
    private final Map<String, Integer> synced = new HashMap<>();
    private final Map<String, Integer> changedAt = new HashMap<>();
  }

  /** Whether the blocks of a file at {@code path} are read from its text (a page, charts, data). */
  static boolean text(String path) {
    return path != null
        && (PAGE.matcher(path).matches()
            || DATA.matcher(path).matches()
            || CHARTS.matcher(path).matches());
  }

  /** Whether the blocks of a file at {@code path} are read from its rows (a data file). */
  static boolean data(String path) {
    return path != null && DATA.matcher(path).matches();
  }

  /** The changes of one version, {@code index} its place in time (oldest 0). */
  void apply(int index, Version version, List<GitLog.FileChange> files) {
    Map<String, Set<String>> changed = new LinkedHashMap<>();
    Map<String, Set<String>> created = new LinkedHashMap<>();
    for (GitLog.FileChange file : files) {
      Map<String, Blocks.Block> before;
      Map<String, Blocks.Block> after;
      Matcher data = file.oldPath() == null ? null : DATA.matcher(file.oldPath());
      if (data != null && data.matches() && file.oldPath().equals(file.newPath())) {
        before = new HashMap<>();
        after = new HashMap<>();
        Blocks.data(
            report(data.group(1)) + data.group(2),
            versions.table(file.oldPath(), file.oldBlob()),
            versions.table(file.newPath(), file.newBlob()),
            before,
            after);
      } else {
        before = blocks(file.oldPath(), file.oldBlob());
        after = blocks(file.newPath(), file.newBlob());
      }
      // A block the change removed changed no language's text.
      for (String key : new TreeSet<>(after.keySet())) {
        Map<String, String> was = before.containsKey(key) ? before.get(key).texts() : Map.of();
        Map<String, String> is = after.containsKey(key) ? after.get(key).texts() : Map.of();
        for (String lang : languages) {
          if (is.containsKey(lang) && !Objects.equals(was.get(lang), is.get(lang))) {
            changed.computeIfAbsent(key, k -> new TreeSet<>()).add(lang);
            if (!was.containsKey(lang)) {
              created.computeIfAbsent(key, k -> new TreeSet<>()).add(lang);
            }
          }
        }
      }
    }
    if (!version.translationUnchanged()) {
      changed.forEach(
          (key, langs) -> step(key, langs, created.getOrDefault(key, Set.of()), index, version));
    }
  }

  /** One version's change to a block in {@code langs}. */
  private void step(
      String key, Set<String> langs, Set<String> created, int index, Version version) {
    BlockState state = blocks.computeIfAbsent(key, k -> new BlockState());
    boolean catchUp =
        state.latest >= 0
            && langs.stream()
                .allMatch(
                    lang ->
                        created.contains(lang)
                            || state.synced.getOrDefault(lang, -1) < state.latest);
    if (catchUp) {
      langs.forEach(lang -> state.synced.put(lang, state.latest));
    } else {
      state.latest = index;
      state.latestVersion = version;
      langs.forEach(lang -> state.synced.put(lang, index));
    }
    langs.forEach(lang -> state.changedAt.put(lang, index));
  }

  /** The languages behind in every block, for the blocks and languages that exist now. */
  List<Behind> behind(Map<String, Set<String>> present) {
    List<Behind> behind = new ArrayList<>();
    present.forEach(
        (key, langs) -> {
          BlockState state = blocks.get(key);
          if (state == null || state.latest < 0) {
            return;
          }
          Set<String> ahead = new TreeSet<>();
          langs.forEach(
              lang -> {
                if (state.synced.getOrDefault(lang, -1) == state.latest) {
                  ahead.add(lang);
                }
              });
          for (String lang : langs) {
            if (!ahead.contains(lang) && !ahead.isEmpty()) {
              behind.add(new Behind(key, lang, ahead, state.latestVersion));
            }
          }
        });
    return behind;
  }

  /** The blocks of a file's text (none for a file that is not content, or absent). */
  Map<String, Blocks.Block> blocks(String path, String text) {
    if (text == null) {
      return Map.of();
    }
    return blocks(path, () -> text, () -> RawTable.of(path, text));
  }

  /**
   * The blocks of a version of a file ({@code path} null: there is none), the working copy's where
   * {@code blob} is null. A file that is not content is not read.
   */
  private Map<String, Blocks.Block> blocks(String path, ObjectId blob) {
    return blocks(path, () -> versions.text(path, blob), () -> versions.table(path, blob));
  }

  private Map<String, Blocks.Block> blocks(
      String path, Supplier<String> text, Supplier<RawTable> table) {
    if (path == null) {
      return Map.of();
    }
    Matcher data = DATA.matcher(path);
    if (data.matches()) {
      return Blocks.data(report(data.group(1)) + data.group(2), table.get());
    }
    Matcher charts = CHARTS.matcher(path);
    if (charts.matches()) {
      Map<String, Blocks.Block> all = new LinkedHashMap<>();
      Blocks.charts(text.get())
          .forEach((key, block) -> all.put(report(charts.group(1)) + key, block));
      return all;
    }
    Matcher page = PAGE.matcher(path);
    if (page.matches() && languages.contains(page.group(2))) {
      return Blocks.page(report(page.group(1)) + page.group(3), page.group(2), text.get());
    }
    return Map.of();
  }

  private static String report(String slug) {
    return slug == null ? "" : slug + "/";
  }
}
