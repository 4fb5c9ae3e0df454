package dev.folio.check;

import dev.folio.extension.EmbedType;
import dev.folio.model.CalendarDates;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.NumberHints;
import dev.folio.model.Page;
import dev.folio.model.Parallel;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.Similarity;
import dev.folio.model.Site;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Checks the cross-file rules that no single file's schema can express: first those of the sources
 * alone (before extensions run), then the embeds and charts, which may name the tables extensions
 * computed (after they ran).
 */
public final class ContentChecker {
  private ContentChecker() {}

  /** Translation parity, ids, references, codes, formats, and every link of every page. */
  public static void checkSources(Site site) throws ContentException {
    checkSources(site, TaskRunner.DIRECT);
  }

  /**
   * As {@link #checkSources(Site)}, each table's check and each page's check of its links a task of
   * {@code tasks}.
   */
  public static void checkSources(Site site, TaskRunner tasks) throws ContentException {
    Problems problems = new Problems();
    checkStringParity(site.reports().get(0), problems);
    SiteChecks.check(site, problems);
    Supplier<Object> targets = once(() -> linkTargets(site));
    for (Content content : site.reports()) {
      checkPageParity(content, problems);
      content.tables().values().forEach(table -> checkTable(table, content, tasks, problems));
      // The pages on every core, their problems in the pages' order.
      Parallel.map(
              content.pages(),
              page ->
                  tasks.run(
                      Task.of(
                          Task.Boundary.CHECK,
                          "links " + page.path(),
                          () -> List.of(page, targets.get()),
                          () -> PageChecker.links(page, content, site))))
          .forEach(found -> found.forEach(problems::add));
    }
    problems.throwIfAny();
  }

  /** A table's check: a task that reads the table and those its columns refer to. */
  private static void checkTable(
      DataTable table, Content content, TaskRunner tasks, Problems problems) {
    tasks
        .run(
            Task.of(
                Task.Boundary.CHECK,
                "table " + table.path(),
                () -> {
                  List<Object> reads = new ArrayList<>(List.of(table, content.unread()));
                  table.columns().stream()
                      .filter(column -> column.ref() != null)
                      .forEach(column -> reads.add(content.tables().get(column.ref())));
                  return reads;
                },
                () -> {
                  Problems found = new Problems();
                  checkTable(table, content, found);
                  return found.list();
                }))
        .forEach(problems::add);
  }

  /**
   * What a page's links may lead to: every page's anchors (a value, so that an edit of one page
   * that keeps its headings does not check the others again) and the static files.
   */
  private static Object linkTargets(Site site) {
    List<Object> pages = new ArrayList<>();
    for (Content content : site.reports()) {
      content
          .pages()
          .forEach(
              page ->
                  pages.add(
                      List.of(page.report(), page.lang().folder(), page.key(), page.anchors())));
      // Links to what did not load are not judged.
      pages.add(content.unread());
    }
    return List.of(pages, site.staticFiles());
  }

  /** {@code value}, computed the first time it is asked for. */
  private static <T> Supplier<T> once(Supplier<T> value) {
    return new Supplier<>() {
      private T computed;

      @Override
      public synchronized T get() {
        if (computed == null) {
          computed = value.get();
        }
        return computed;
      }
    };
  }

  /**
   * The charts of charts.yaml and every {@code ```table}, {@code ```chart} and extension embed,
   * against the tables, charts and embeds there are once extensions have run.
   */
  public static void checkEmbeds(Content content, Map<String, EmbedType> embeds)
      throws ContentException {
    checkEmbeds(content, embeds, TaskRunner.DIRECT);
  }

  /**
   * As {@link #checkEmbeds(Content, Map)}, each chart's check and each page's check of its embeds a
   * task of {@code tasks}.
   */
  public static void checkEmbeds(Content content, Map<String, EmbedType> embeds, TaskRunner tasks)
      throws ContentException {
    Problems problems = new Problems();
    new ChartChecker(content, problems).check(tasks);
    for (Page page : content.pages()) {
      tasks
          .run(
              Task.of(
                  Task.Boundary.CHECK,
                  "embeds " + page.path(),
                  () -> {
                    List<Object> reads =
                        new ArrayList<>(List.of(page, content.extensionEmbeds(), content.unread()));
                    reads.addAll(content.embedsOf(page).values(content, embeds));
                    return reads;
                  },
                  () -> PageChecker.embeds(page, content, embeds)))
          .forEach(problems::add);
    }
    problems.throwIfAny();
  }

  /** Both checks, for a site no extension adds to (tests of one stage). */
  public static void check(Site site) throws ContentException {
    checkSources(site);
    for (Content content : site.reports()) {
      checkEmbeds(content, Map.of());
    }
  }

  /**
   * Every page exists in every language, in the same place of the navigation; the first language's
   * page is the reference the others are compared with.
   */
  private static void checkPageParity(Content content, Problems problems) {
    Language first = content.languages().get(0);
    for (Page page : content.pages()) {
      if (Page.FOLIOS_OWN.contains(page.key())) {
        problems.add(
            new SourcePos(page.path(), 1, 1),
            "\"" + page.key() + "\" is the name of one of Folio's own pages",
            "rename the file; Folio's own pages are " + String.join(", ", Page.FOLIOS_OWN));
      }
      for (Language other : content.languages()) {
        if (other.equals(page.lang())) {
          continue;
        }
        var twin = content.page(other, page.key());
        if (twin.isEmpty() && content.unread().page(other, page.key())) {
          continue;
        }
        if (twin.isEmpty()) {
          problems.add(
              new SourcePos(page.path(), 1, 1),
              "the page has no " + other.folder() + " translation",
              "add "
                  + pagesFolder(content, other)
                  + page.key()
                  + ".md (every language has the same pages)");
        } else if (other.equals(first) && twin.get().order() != page.order()) {
          problems.add(
              new SourcePos(page.path(), 1, 1),
              "\"order\" is "
                  + page.order()
                  + " here but "
                  + twin.get().order()
                  + " in "
                  + twin.get().path(),
              "give every language the same order so their navigation matches");
        }
      }
    }
    for (Language lang : content.languages()) {
      if (content.page(lang, Page.HOME).isEmpty() && !content.unread().page(lang, Page.HOME)) {
        String home = pagesFolder(content, lang) + "index.md";
        problems.add(
            SourcePos.file(home),
            "the " + lang.folder() + " home page is missing",
            "create "
                + home
                + "; it becomes site/"
                + Page.sitePath(lang, content.slug(), Page.HOME)
                + "index.html");
      }
    }
  }

  /**
   * The folder of a language's pages of a report: {@code content/zh/}, {@code
   * content/reports/SLUG/zh/}.
   */
  private static String pagesFolder(Content content, Language lang) {
    return "content/"
        + (content.slug().isEmpty() ? "" : "reports/" + content.slug() + "/")
        + lang.folder()
        + "/";
  }

  /**
   * Every interface string exists in every language. A key the project defines in one language is
   * reported where it is defined; built-in keys a language lacks (one the theme has no strings for)
   * are reported together, in the file to add them to.
   */
  private static void checkStringParity(Content content, Problems problems) {
    Set<String> keys = new TreeSet<>();
    Set<String> builtinAnywhere = new TreeSet<>();
    content
        .strings()
        .values()
        .forEach(
            s -> {
              keys.addAll(s.strings().keySet());
              // A built-in folder with no file for any of the site's languages still needs its
              // keys.
              keys.addAll(s.builtin());
              builtinAnywhere.addAll(s.builtin());
            });
    for (Language lang : content.languages()) {
      if (content.unread().strings().contains(lang.folder())) {
        // Its file did not load: what it lacks now may well be in it.
        continue;
      }
      InterfaceStrings these = content.strings(lang);
      List<String> builtin = new ArrayList<>();
      for (String key : keys) {
        if (these.strings().containsKey(key)) {
          continue;
        }
        SourcePos definedAt = builtinAnywhere.contains(key) ? null : definedInProject(content, key);
        if (definedAt != null) {
          problems.add(
              definedAt,
              "interface string \"" + key + "\" has no " + lang.folder() + " translation",
              "add \"" + key + ": …\" to " + these.path());
        } else {
          builtin.add(key);
        }
      }
      if (!builtin.isEmpty()) {
        problems.add(
            SourcePos.file(these.path()),
            builtin.size()
                + " interface string"
                + (builtin.size() == 1 ? "" : "s")
                + " of the theme or an extension "
                + (builtin.size() == 1 ? "has" : "have")
                + " no "
                + lang.folder()
                + " translation: "
                + String.join(", ", builtin.subList(0, Math.min(8, builtin.size())))
                + (builtin.size() > 8 ? " and " + (builtin.size() - 8) + " more" : ""),
            "add them to " + these.path() + " (docs/theme.md says where each one shows)");
      }
    }
  }

  /** Where the project's own strings files define {@code key} first, or null if they do not. */
  private static SourcePos definedInProject(Content content, String key) {
    for (Language lang : content.languages()) {
      SourcePos pos = content.strings(lang).positions().get(key);
      if (pos != null && pos.path().startsWith("i18n/")) {
        return pos;
      }
    }
    return null;
  }

  private static void checkTable(DataTable table, Content content, Problems problems) {
    Map<String, Row> seen = new HashMap<>();
    for (Row row : table.rows()) {
      if (row.id() == null) {
        continue;
      }
      Row first = seen.putIfAbsent(row.id(), row);
      if (first != null) {
        problems.add(
            row.pos(),
            "duplicate id \"" + row.id() + "\"; it is already used on line " + first.pos().line(),
            "every row's id must be unique within " + table.path());
      }
    }
    for (Column column : table.columns()) {
      if (table.rows().stream().noneMatch(row -> row.fields().containsKey(column.key()))) {
        problems.add(
            column.pos(),
            "column \"" + column.key() + "\" shows a field that no row has",
            Similarity.closest(column.key(), fieldsOf(table))
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("check the spelling of \"key\""));
      }
      if (column.ref() != null) {
        checkReferences(table, column, content, problems);
      }
      if (!column.values().isEmpty()) {
        checkCodes(table, column, problems);
      }
      checkFormat(table, column, problems);
    }
    for (Row row : table.rows()) {
      row.corrections()
          .forEach(
              (field, correction) -> {
                if (!row.fields().containsKey(field)) {
                  problems.add(
                      correction.pos(),
                      "the correction is for \"" + field + "\", a field this row does not have",
                      "corrections are keyed by the field they"
                          + " correct: one of "
                          + String.join(", ", row.fields().keySet()));
                } else if (correction.value() != null
                    && !(row.fields().get(field).value() instanceof Value.Undisclosed)
                    && correction.value().getClass()
                        != row.fields().get(field).value().getClass()) {
                  problems.add(
                      correction.pos(),
                      "the corrected value is not of the same kind as the"
                          + " published \""
                          + field
                          + "\"",
                      "a number corrects a number, text corrects text");
                }
              });
    }
  }

  /** Each value can be shown the way its column says: numbers as numbers, real dates as dates. */
  private static void checkFormat(DataTable table, Column column, Problems problems) {
    List<Row> rows = table.rows();
    for (int i = 0; i < rows.size(); i++) {
      String field = "\"rows[" + i + "]." + column.key() + "\" ";
      rows.get(i)
          .cell(column.key())
          .filter(cell -> !(cell.value() instanceof Value.Undisclosed))
          .ifPresent(
              cell ->
                  formatProblem(column, cell.value())
                      .ifPresent(
                          wrong ->
                              problems.add(cell.pos(), field + wrong.message(), wrong.hint())));
    }
  }

  private static Optional<CalendarDates.Wrong> formatProblem(Column column, Value value) {
    String written = written(value);
    return switch (column.format()) {
      case NUMBER, COUNT, PERCENT ->
          value instanceof Value.Num
              ? Optional.empty()
              : Optional.of(
                  new CalendarDates.Wrong(
                      "must be a number, got " + shown(value),
                      NumberHints.hint(
                              column.key(),
                              column.format(),
                              column.unit() == null ? null : unitName(column),
                              written)
                          + "; or, if the column holds something else, change its format"));
      case YEAR, INTEGER ->
          value instanceof Value.Num num && isWhole(num.value())
              ? Optional.empty()
              : Optional.of(
                  new CalendarDates.Wrong(
                      "must be a whole number, got " + shown(value),
                      (column.format() == Column.Format.YEAR
                              ? "write the year as digits, e.g. 2023"
                              : "write the number without decimals, e.g. 1200")
                          + "; or, if the column holds something else, change its format"));
      case BOOLEAN ->
          value instanceof Value.Bool
              ? Optional.empty()
              : Optional.of(
                  new CalendarDates.Wrong(
                      "must be true or false, got " + shown(value),
                      "write true or false without quotes"));
      case DATE, MONTH -> CalendarDates.check(written, column.format() == Column.Format.MONTH);
      case TEXT -> Optional.empty();
    };
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  /** A value as written in its file, as near as the model knows it. */
  private static String written(Value value) {
    if (value instanceof Value.Str str) {
      return str.value();
    }
    if (value instanceof Value.Num num) {
      return num.value().toPlainString();
    }
    return value instanceof Value.Bool bool ? String.valueOf(bool.value()) : "";
  }

  private static String shown(Value value) {
    return value instanceof Value.Str || value instanceof Value.Num || value instanceof Value.Bool
        ? (value instanceof Value.Str ? "\"" + written(value) + "\"" : written(value))
        : "text in several languages";
  }

  /**
   * A column's unit as a message names it: as the data file writes it first (the generator knows no
   * language, so it prefers none).
   */
  private static String unitName(Column column) {
    return column.unit().values().values().stream().findFirst().orElse(null);
  }

  /** A column with labelled codes only holds those codes. */
  private static void checkCodes(DataTable table, Column column, Problems problems) {
    for (Row row : table.rows()) {
      row.cell(column.key())
          .filter(cell -> !(cell.value() instanceof Value.Undisclosed))
          .ifPresent(
              cell -> {
                String code = cell.value() instanceof Value.Str str ? str.value() : null;
                if (code == null || !column.values().containsKey(code)) {
                  problems.add(
                      cell.pos(),
                      "\""
                          + (code == null ? cell.value() : code)
                          + "\" is not one of"
                          + " the codes of column \""
                          + column.key()
                          + "\"",
                      Similarity.closest(String.valueOf(code), column.values().keySet())
                          .map(s -> "did you mean \"" + s + "\"?")
                          .orElse(
                              "known codes: "
                                  + String.join(", ", column.values().keySet())
                                  + "; add a new one under the column's \"values\""));
                }
              });
    }
  }

  private static void checkReferences(
      DataTable table, Column column, Content content, Problems problems) {
    DataTable target = content.tables().get(column.ref());
    if (target == null && content.unread().mayBeTable(column.ref())) {
      return;
    }
    if (target == null) {
      problems.add(
          column.pos(),
          "column \""
              + column.key()
              + "\" refers to data file \""
              + column.ref()
              + "\", which does not exist",
          Similarity.closest(column.ref(), content.tables().keySet())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse(
                  "data files are content/data/NAME.yaml; \"ref\" names one without extension"));
      return;
    }
    for (Row row : table.rows()) {
      row.cell(column.key())
          .filter(cell -> !(cell.value() instanceof Value.Undisclosed))
          .ifPresent(
              cell -> {
                String id = cell.value() instanceof Value.Str str ? str.value() : null;
                if (id == null || target.row(id).isEmpty()) {
                  var ids = target.rows().stream().map(Row::id).filter(Objects::nonNull).toList();
                  problems.add(
                      cell.pos(),
                      "\""
                          + (id == null ? cell.value() : id)
                          + "\" is not an id in "
                          + target.path(),
                      Similarity.closest(String.valueOf(id), ids)
                          .map(s -> "did you mean \"" + s + "\"?")
                          .orElse("known ids: " + String.join(", ", ids)));
                }
              });
    }
  }

  /** The fields the rows of {@code table} have, for "did you mean". */
  private static TreeSet<String> fieldsOf(DataTable table) {
    TreeSet<String> fields = new TreeSet<>();
    table.rows().forEach(row -> fields.addAll(row.fields().keySet()));
    return fields;
  }
}
