package dev.folio.render;

import dev.folio.chart.Chart;
import dev.folio.chart.ChartData;
import dev.folio.chart.ChartKind;
import dev.folio.chart.ChartKinds;
import dev.folio.chart.ChartSvg;
import dev.folio.format.Formats;
import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Row;
import dev.folio.model.Value;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds the view of a chart in one language: has its kind read the rows of its table into what it
 * draws ({@link dev.folio.chart.ChartKind#view}), draws it in both layouts, and lays out the same
 * data as a table.
 */
final class ChartViews {
  private final Content content;
  private final Language lang;
  private final Formats formats;
  private final ChartData data;
  private final TableViews tables;
  private final Function<String, String> strings;

  /**
   * Where a chart is drawn (wide and narrow SVG) when several views of one chart in one language
   * are made (its page, embed, image and card), perhaps in several builds: null to draw each time.
   */
  private final Drawings drawn;

  /** Keeps a language's charts once drawn. */
  @FunctionalInterface
  interface Drawings {
    /** The chart drawn: by {@code draw}, or as {@code draw} drew it before. */
    List<String> drawn(ChartSpec spec, Supplier<List<String>> draw);
  }

  /**
   * @param strings the page language's interface string of a key
   */
  ChartViews(Content content, Language lang, Function<String, String> strings) {
    this(content, lang, strings, null);
  }

  /**
   * @param drawn where to keep the charts drawn for the next view of the same chart (safe to use
   *     from several threads), or null
   */
  ChartViews(Content content, Language lang, Function<String, String> strings, Drawings drawn) {
    this.drawn = drawn;
    this.content = content;
    this.lang = lang;
    this.formats = new Formats(lang, strings);
    this.data = new ChartData(content, lang, formats, strings);
    this.tables = new TableViews(content, lang, strings);
    this.strings = strings;
  }

  /**
   * @param root relative path from the page to the site root, for the download links
   * @param label the chart's number as the page shows it, or null
   */
  ChartView view(ChartSpec spec, String root, String label) {
    DataTable table = content.tables().get(spec.table());
    if (table == null) {
      throw new IllegalStateException(
          "chart "
              + spec.id()
              + " draws table "
              + spec.table()
              + ", which the checker let through");
    }
    ChartKind<?> kind = ChartKinds.of(spec.kind());
    List<String> svg =
        drawn == null ? draw(kind, spec, table) : drawn.drawn(spec, () -> draw(kind, spec, table));
    List<Column> columns = columns(kind, spec, table);
    List<TableView.Header> headers = new ArrayList<>();
    for (Column column : columns) {
      headers.add(
          new TableView.Header(
              column.label().in(lang),
              column.unit() == null ? null : column.unit().in(lang),
              formats.isNumeric(column.format())));
    }
    return new ChartView(
        "chart-" + spec.id(),
        spec.title().in(lang),
        spec.description().in(lang),
        svg.get(0),
        svg.get(1),
        headers,
        rows(table, columns),
        table.provenance().sources().stream().map(tables::source).toList(),
        formats.date(table.provenance().asOf()),
        table.title().in(lang),
        root + content.downloadPath(table.name()) + ".json",
        root + content.downloadPath(table.name()) + ".csv",
        label,
        root + ChartPaths.pagePath(lang, content.slug(), spec.id()),
        root + ChartPaths.imagePath(lang, content.slug(), spec.id(), "svg"),
        content.config().publication().images()
            ? root + ChartPaths.imagePath(lang, content.slug(), spec.id(), "png")
            : null,
        revisions(table, columns, root),
        omitted(kind, spec, table));
  }

  /**
   * The sentences under a chart that leaves rows out because a number it draws is not disclosed or
   * not given: for each field and reason, how many rows, which (by the chart's label, else the
   * table's first column) and why. Empty when it draws every row.
   */
  private List<String> omitted(ChartKind<?> kind, ChartSpec spec, DataTable table) {
    Column name =
        spec.setting("label").isPresent()
            ? data.column(table, spec.setting("label").get().value())
            : table.columns().get(0);
    List<String> notes = new ArrayList<>();
    for (ChartKind.Role role : kind.roles()) {
      if (role.type() != ChartKind.FieldType.NUMBER || spec.setting(role.setting()).isEmpty()) {
        continue;
      }
      Column field = data.column(table, spec.setting(role.setting()).get().value());
      List<String> undisclosed = new ArrayList<>();
      List<String> missing = new ArrayList<>();
      for (Row row : table.rows()) {
        Value value = row.value(field.key()).orElse(null);
        if (value instanceof Value.Undisclosed) {
          undisclosed.add(rowName(row, name));
        } else if (role.required() && !(value instanceof Value.Num)) {
          missing.add(rowName(row, name));
        }
      }
      note("chart.omitted.undisclosed", undisclosed, field).ifPresent(notes::add);
      note("chart.omitted.missing", missing, field).ifPresent(notes::add);
    }
    return notes;
  }

  private String rowName(Row row, Column name) {
    return row.value(name.key()).map(v -> data.display(v, name)).orElse("");
  }

  private Optional<String> note(String key, List<String> rows, Column field) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        strings
            .apply(key)
            .replace("{n}", formats.number(BigDecimal.valueOf(rows.size())))
            .replace("{rows}", String.join(strings.apply("punct.comma"), rows))
            .replace("{field}", field.label().in(lang)));
  }

  /** The chart drawn in its wide and its narrow layout. */
  private List<String> draw(ChartKind<?> kind, ChartSpec spec, DataTable table) {
    Chart chart = kind.view(spec, table, data);
    return List.of(
        ChartSvg.render(chart, ChartSvg.Variant.WIDE),
        ChartSvg.render(chart, ChartSvg.Variant.NARROW));
  }

  /**
   * The note under a chart that draws values revised since the report was published (or rows added
   * since), with the link to the report's Changes page; null if it draws none.
   */
  private NavLink revisions(DataTable table, List<Column> columns, String root) {
    Column[] drawn = columns.toArray(Column[]::new);
    if (table.rows().stream().noneMatch(row -> data.revised(table, row, drawn))) {
      return null;
    }
    return new NavLink(
        strings.apply("revisions.chart"),
        root + Page.sitePath(lang, content.slug(), Page.CHANGES),
        false,
        null);
  }

  /** The columns the chart reads, each once, in the order of its kind's fields. */
  private List<Column> columns(ChartKind<?> kind, ChartSpec spec, DataTable table) {
    List<Column> columns = new ArrayList<>();
    for (ChartKind.Role role : kind.roles()) {
      spec.setting(role.setting())
          .ifPresent(
              setting -> {
                Column column = data.column(table, setting.value());
                if (columns.stream().noneMatch(c -> c.key().equals(column.key()))) {
                  columns.add(column);
                }
              });
    }
    return columns;
  }

  /** A value revised since the report as it was published ("—" if it was not there); else null. */
  private String asPublished(DataTable table, Row row, Column column) {
    if (row.id() == null) {
      return null;
    }
    return content
        .history()
        .table(table.name())
        .flatMap(history -> history.revision(row.id(), column.key()))
        .map(
            revision ->
                revision.published() == null
                    ? "—"
                    : tables.historicDisplay(revision.published(), column))
        .orElse(null);
  }

  /**
   * The chart's data as a table: each row's values in {@code columns}, with corrections and, for a
   * value revised since the report, its published value.
   */
  private List<TableView.RowView> rows(DataTable table, List<Column> columns) {
    List<TableView.RowView> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      List<TableView.CellView> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        String text = row.value(column.key()).map(v -> data.display(v, column)).orElse("");
        Correction correction = row.corrections().get(column.key());
        String corrected =
            correction == null || correction.value() == null
                ? null
                : data.display(correction.value(), column);
        cells.add(
            new TableView.CellView(
                text,
                formats.isNumeric(column.format()),
                corrected,
                null,
                i == 0,
                asPublished(table, row, column),
                null,
                null));
      }
      rows.add(new TableView.RowView(cells));
    }
    return rows;
  }
}
