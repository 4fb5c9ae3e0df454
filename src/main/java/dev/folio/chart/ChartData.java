package dev.folio.chart;

import dev.folio.format.Formats;
import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Row;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a kind's view reads, in one language: the columns a chart's settings name, each value as the
 * page writes it (codes by their names, references by the referenced row), numbers as axes write
 * them, axis titles and the errata legend in the language's words.
 */
public final class ChartData {
  private final Content content;
  private final Language lang;
  private final Formats formats;
  private final Function<String, String> strings;

  /**
   * @param strings the page language's interface string of a key
   */
  public ChartData(
      Content content, Language lang, Formats formats, Function<String, String> strings) {
    this.content = content;
    this.lang = lang;
    this.formats = formats;
    this.strings = strings;
  }

  // ---- the chart -----------------------------------------------------------------------------

  /**
   * Whether a row's value in any of {@code columns} was revised since the report was published, or
   * the row added since: a chart rings what it draws of it.
   */
  public boolean revised(DataTable table, Row row, Column... columns) {
    if (row.id() == null) {
      return false;
    }
    return content
        .history()
        .table(table.name())
        .map(
            history ->
                history.added().containsKey(row.id())
                    || Arrays.stream(columns)
                        .anyMatch(
                            column ->
                                column != null
                                    && history.revision(row.id(), column.key()).isPresent()))
        .orElse(false);
  }

  /** The id of the chart's SVG on the page. */
  String id(ChartSpec spec) {
    return "chart-" + spec.id();
  }

  String title(ChartSpec spec) {
    return spec.title().in(lang);
  }

  String description(ChartSpec spec) {
    return spec.description().in(lang);
  }

  /** The table of this name ({@code marks}' table), or null. */
  DataTable table(String name) {
    return content.tables().get(name);
  }

  String string(String key) {
    return strings.apply(key);
  }

  // ---- the table's fields ------------------------------------------------------------------

  /** The column an optional chart setting names, or null when it is not set. */
  Column optionalField(ChartSpec spec, DataTable table, String setting) {
    return spec.setting(setting).isPresent() ? field(spec, table, setting) : null;
  }

  /** The column a chart setting names (a field with no column reads as text). */
  Column field(ChartSpec spec, DataTable table, String setting) {
    return column(table, spec.setting(setting).orElseThrow().value());
  }

  /** The column {@code key} of {@code table}; a field with no column reads as text. */
  public Column column(DataTable table, String key) {
    return table.columns().stream()
        .filter(c -> c.key().equals(key))
        .findFirst()
        .orElseGet(
            () ->
                new Column(
                    key,
                    Text.same(content.languages(), key),
                    Column.Format.TEXT,
                    null,
                    null,
                    Map.of(),
                    SourcePos.file(table.path())));
  }

  /** The rows in the order {@code sort} asks for: as written, or by {@code value}. */
  List<Row> sorted(ChartSpec spec, DataTable table, Column value) {
    String sort = spec.value("sort", "none");
    List<Row> rows = new ArrayList<>(table.rows());
    if (!sort.equals("none")) {
      Comparator<Row> byValue =
          Comparator.comparingDouble(
              row ->
                  row.value(value.key())
                      .filter(Value.Num.class::isInstance)
                      .map(ChartData::number)
                      .orElse(0.0));
      rows.sort(sort.equals("descending") ? byValue.reversed() : byValue);
    }
    return rows;
  }

  static double number(Value value) {
    return ((Value.Num) value).value().doubleValue();
  }

  static String code(Row row, Column column) {
    return row.value(column.key()).orElse(null) instanceof Value.Str s ? s.value() : null;
  }

  /** The names of a column's codes, in order. */
  List<String> labels(Column codes) {
    return codes.values().values().stream().map(text -> text.in(lang)).toList();
  }

  /** The name of one of a column's codes. */
  String label(Column codes, String code) {
    return codes.values().get(code).in(lang);
  }

  String in(Text text) {
    return text.in(lang);
  }

  /** A row's field as the page shows it. */
  String text(Row row, Column column) {
    return row.value(column.key()).map(v -> display(v, column)).orElse("");
  }

  /** A value as shown; a reference shows the referenced row's first column. */
  public String display(Value value, Column column) {
    if (column.ref() != null && value instanceof Value.Str id) {
      DataTable target = content.tables().get(column.ref());
      Optional<Row> referenced = target == null ? Optional.empty() : target.row(id.value());
      if (referenced.isPresent()) {
        Column shown = target.columns().get(0);
        return referenced
            .get()
            .value(shown.key())
            .map(v -> formats.value(v, shown))
            .orElse(id.value());
      }
      return id.value();
    }
    if (value instanceof Value.Str code && column.values().containsKey(code.value())) {
      return column.values().get(code.value()).in(lang);
    }
    return formats.value(value, column);
  }

  // ---- labels --------------------------------------------------------------------------------

  Chart.ErrataLegend errataLegend() {
    String unconfirmed = strings.apply("chart.unconfirmed");
    return new Chart.ErrataLegend(
        strings.apply("errata.published"),
        strings.apply("errata.corrected"),
        unconfirmed.substring(0, 1).toUpperCase(lang.locale()) + unconfirmed.substring(1));
  }

  /** An axis for a column: its label and unit as the title, its values as ticks. */
  Chart.Axis axis(Column column, boolean log) {
    return new Chart.Axis(
        axisTitle(column, log), log, v -> compact(v, column), null, whole(column));
  }

  /** Whether a column holds whole numbers only: years, integers. */
  static boolean whole(Column column) {
    return column.format() == Column.Format.YEAR || column.format() == Column.Format.INTEGER;
  }

  /** A column's label, its unit in brackets, and whether the scale is logarithmic. */
  String axisTitle(Column column, boolean log) {
    String title = column.label().in(lang);
    if (column.unit() != null) {
      title += open() + column.unit().in(lang) + close();
    }
    if (log) {
      title += strings.apply("punct.comma") + strings.apply("chart.logScale");
    }
    return title;
  }

  /** {@code text} in brackets, as the language writes them. */
  String bracketed(String text) {
    return open() + text + close();
  }

  private String open() {
    return strings.apply("punct.open");
  }

  private String close() {
    return strings.apply("punct.close");
  }

  /** A number to {@code digits} significant digits, or as {@link #compact(double, Column)}. */
  String compact(double value, Column column, int digits) {
    if (column.format() == Column.Format.NUMBER && !whole(value)) {
      return formats.number(value, digits);
    }
    return compact(value, column);
  }

  /** A number as an axis or a chart label writes it: short counts (1750亿, 175B). */
  String compact(double value, Column column) {
    if (column.format() == Column.Format.YEAR) {
      return formats.year(new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN));
    }
    if (column.format() == Column.Format.INTEGER
        || column.format() == Column.Format.NUMBER && whole(value)) {
      // A whole number keeps every digit: 2015 is never 2,020.
      return formats.number(new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN));
    }
    if (column.format() == Column.Format.COUNT) {
      return formats.shortCount(decimal(value));
    }
    if (column.format() == Column.Format.PERCENT) {
      return formats.percent(decimal(value));
    }
    return formats.number(value, 6);
  }

  /** Whether {@code value} is a whole number: never rounded to fewer digits than it has. */
  static boolean whole(double value) {
    return Double.isFinite(value) && value == Math.rint(value);
  }

  private static BigDecimal decimal(double value) {
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
  }

  /** A date tick's label, down to {@code unit}. */
  String dateLabel(LocalDate date, Chart.DateUnit unit) {
    return switch (unit) {
      case YEAR -> Integer.toString(date.getYear());
      case MONTH -> formats.shortMonth(date);
      case DAY -> formats.day(date);
      case DATE -> formats.date(date.toString());
    };
  }

  /** A date as a data file writes it: YYYY-MM-DD, or YYYY-MM for its first day. */
  static LocalDate date(String text) {
    return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
  }
}
