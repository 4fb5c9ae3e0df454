package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.chart.BarsChart;
import dev.folio.chart.Chart;
import dev.folio.chart.ChartSvg;
import dev.folio.chart.DotsChart;
import dev.folio.chart.GridChart;
import dev.folio.chart.HypeCycleChart;
import dev.folio.chart.LinesChart;
import dev.folio.chart.TimelineChart;
import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Row;
import dev.folio.model.Value;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.TableView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the view of a chart in one language: reads the rows of its table, formats every label
 * for the language, has {@link ChartSvg} draw it, and lays out the same data as a table.
 */
final class ChartViews {
  private final Content content;
  private final Language lang;
  private final Formats formats;
  private final Function<String, String> strings;
  private final TableViews tables;

  /** @param strings the page language's interface string of a key */
  ChartViews(Content content, Language lang, Function<String, String> strings) {
    this.content = content;
    this.lang = lang;
    this.formats = new Formats(lang, strings);
    this.strings = strings;
    this.tables = new TableViews(content, lang, strings);
  }

  /** @param root relative path from the page to the site root, for the download links */
  ChartView view(ChartSpec spec, String root) {
    DataTable table = content.tables().get(spec.table());
    if (table == null) {
      throw new IllegalStateException("chart " + spec.id() + " draws table " + spec.table()
          + ", which the checker let through");
    }
    Chart chart = chart(spec, table);
    List<TableView.Header> headers = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    for (ChartSpec.Role role : spec.kind().roles()) {
      spec.setting(role.setting()).ifPresent(setting -> {
        Column column = column(table, setting.value());
        if (columns.stream().noneMatch(c -> c.key().equals(column.key()))) {
          columns.add(column);
          headers.add(new TableView.Header(column.label().in(lang),
              column.unit() == null ? null : column.unit().in(lang),
              formats.isNumeric(column.format())));
        }
      });
    }
    List<List<TableView.CellView>> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      List<TableView.CellView> cells = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Column column = columns.get(i);
        String text = row.value(column.key()).map(v -> display(v, column)).orElse("");
        Correction correction = row.corrections().get(column.key());
        String corrected = correction == null || correction.value() == null ? null
            : display(correction.value(), column);
        cells.add(new TableView.CellView(text, formats.isNumeric(column.format()), corrected,
            null, i == 0));
      }
      rows.add(cells);
    }
    return new ChartView("chart-" + spec.id(), spec.title().in(lang),
        spec.description().in(lang), ChartSvg.render(chart, ChartSvg.Variant.WIDE),
        ChartSvg.render(chart, ChartSvg.Variant.NARROW), headers, rows,
        table.provenance().sources().stream().map(tables::source).toList(),
        formats.date(table.provenance().asOf()), table.title().in(lang),
        root + "data/" + table.name() + ".json", root + "data/" + table.name() + ".csv");
  }

  private Chart chart(ChartSpec spec, DataTable table) {
    String id = "chart-" + spec.id();
    String title = spec.title().in(lang);
    String description = spec.description().in(lang);
    return switch (spec.kind()) {
      case BARS -> bars(spec, table, id, title, description);
      case DOTS -> dots(spec, table, id, title, description);
      case TIMELINE -> timeline(spec, table, id, title, description);
      case GRID -> grid(spec, table, id, title, description);
      case HYPE_CYCLE -> hypeCycle(spec, table, id, title, description);
      case LINES -> lines(spec, table, id, title, description);
    };
  }

  private Chart bars(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column label = field(spec, table, "label");
    Column value = field(spec, table, "value");
    String highlight = spec.value("highlight", null);
    List<BarsChart.Bar> bars = new ArrayList<>();
    for (Row row : sorted(spec, table, value)) {
      row.value(value.key()).filter(Value.Num.class::isInstance).ifPresent(v -> bars.add(
          new BarsChart.Bar(text(row, label), number(v), display(v, value),
              row.id() != null && row.id().equals(highlight))));
    }
    return new BarsChart.Bars(id, title, description, bars, axis(value, log(spec)));
  }

  private Chart dots(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column label = field(spec, table, "label");
    Column value = field(spec, table, "value");
    Column group = spec.setting("group").isPresent() ? field(spec, table, "group") : null;
    List<DotsChart.DotRow> rows = new ArrayList<>();
    for (Row row : sorted(spec, table, value)) {
      Optional<Value> v = row.value(value.key()).filter(Value.Num.class::isInstance);
      if (v.isEmpty()) {
        continue;
      }
      Correction correction = row.corrections().get(value.key());
      Double corrected = correction != null && correction.value() instanceof Value.Num n
          ? n.value().doubleValue() : null;
      boolean unconfirmed = correction != null && correction.value() == null;
      String shown = compact(number(v.get()), value);
      if (unconfirmed) {
        shown = shown + open() + strings.apply("chart.unconfirmed") + close();
      }
      rows.add(new DotsChart.DotRow(text(row, label), group == null ? null : text(row, group),
          number(v.get()), corrected, unconfirmed, shown,
          corrected == null ? null : compact(corrected, value)));
    }
    return new DotsChart.Dots(id, title, description, rows, axis(value, log(spec)),
        errataLegend());
  }

  private Chart timeline(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column date = field(spec, table, "date");
    Column label = field(spec, table, "label");
    Column group = field(spec, table, "group");
    Map<String, List<TimelineChart.Event>> lanes = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      Optional<Value> when = row.value(date.key()).filter(Value.Str.class::isInstance);
      if (when.isEmpty()) {
        continue;
      }
      Correction correction = row.corrections().get(date.key());
      LocalDate corrected = correction != null && correction.value() instanceof Value.Str s
          ? date(s.value()) : null;
      lanes.computeIfAbsent(text(row, group), k -> new ArrayList<>()).add(new TimelineChart.Event(
          date(((Value.Str) when.get()).value()), corrected, text(row, label)));
    }
    List<TimelineChart.Lane> list = new ArrayList<>();
    lanes.forEach((name, events) -> list.add(new TimelineChart.Lane(name, events)));
    return new TimelineChart.Timeline(id, title, description, list, this::dateLabel, errataLegend());
  }

  private Chart grid(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column row = field(spec, table, "row");
    Column column = field(spec, table, "column");
    Column label = field(spec, table, "label");
    Column level = field(spec, table, "level");
    String unstated = spec.value("unstated", null);
    List<String> rowCodes = List.copyOf(row.values().keySet());
    List<String> columnCodes = List.copyOf(column.values().keySet());
    List<String> levelCodes = level.values().keySet().stream()
        .filter(code -> !code.equals(unstated)).toList();
    List<GridChart.GridCell> cells = new ArrayList<>();
    for (Row r : table.rows()) {
      String rowCode = code(r, row);
      String columnCode = code(r, column);
      String levelCode = code(r, level);
      if (rowCode == null || columnCode == null) {
        continue;
      }
      int levelIndex = levelCode == null || levelCode.equals(unstated) ? 0
          : levelCodes.indexOf(levelCode) + 1;
      cells.add(new GridChart.GridCell(rowCodes.indexOf(rowCode), columnCodes.indexOf(columnCode),
          text(r, label), levelIndex));
    }
    List<GridChart.Level> levels = new ArrayList<>();
    for (int i = 0; i < levelCodes.size(); i++) {
      levels.add(new GridChart.Level(i + 1, level.values().get(levelCodes.get(i)).in(lang)));
    }
    if (unstated != null) {
      levels.add(new GridChart.Level(0, level.values().get(unstated).in(lang)));
    }
    return new GridChart.Grid(id, title, description, labels(row), labels(column), cells, levels);
  }

  private Chart hypeCycle(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column label = field(spec, table, "label");
    Column phase = field(spec, table, "phase");
    Column marker = spec.setting("marker").isPresent() ? field(spec, table, "marker") : null;
    List<String> markerCodes = marker == null ? List.of() : List.copyOf(marker.values().keySet());
    List<HypeCycleChart.Phase> phases = new ArrayList<>();
    for (Map.Entry<String, dev.folio.model.Text> code : phase.values().entrySet()) {
      List<HypeCycleChart.Innovation> items = new ArrayList<>();
      for (Row row : table.rows()) {
        if (code.getKey().equals(code(row, phase))) {
          int kind = marker == null ? 1 : Math.max(0, markerCodes.indexOf(code(row, marker)));
          items.add(new HypeCycleChart.Innovation(text(row, label), kind));
        }
      }
      phases.add(new HypeCycleChart.Phase(code.getValue().in(lang), items));
    }
    return new HypeCycleChart.HypeCycle(id, title, description, phases,
        marker == null ? List.of() : labels(marker));
  }

  private Chart lines(ChartSpec spec, DataTable table, String id, String title,
      String description) {
    Column series = field(spec, table, "series");
    Column x = field(spec, table, "x");
    Column y = field(spec, table, "y");
    Column point = optionalField(spec, table, "point");
    Column label = optionalField(spec, table, "label");
    Column dash = optionalField(spec, table, "dash");
    boolean xLog = spec.value("xScale", "linear").equals("log");
    boolean yLog = spec.value("yScale", "linear").equals("log");
    Map<String, List<LinesChart.Point>> lines = new LinkedHashMap<>();
    Map<String, Row> lastRows = new LinkedHashMap<>();
    java.util.TreeSet<Double> xs = new java.util.TreeSet<>();
    for (Row row : table.rows()) {
      Optional<Value> vx = row.value(x.key()).filter(Value.Num.class::isInstance);
      Optional<Value> vy = row.value(y.key()).filter(Value.Num.class::isInstance);
      if (vx.isEmpty() || vy.isEmpty()) {
        continue;
      }
      xs.add(number(vx.get()));
      boolean dotted = point == null || row.value(point.key()).orElse(null)
          instanceof Value.Bool bool && bool.value();
      lines.computeIfAbsent(text(row, series), k -> new ArrayList<>())
          .add(new LinesChart.Point(number(vx.get()), number(vy.get()), dotted));
      lastRows.put(text(row, series), row);
    }
    List<String> dashCodes = dash == null ? List.of() : List.copyOf(dash.values().keySet());
    List<LinesChart.Series> list = new ArrayList<>();
    int index = 0;
    for (Map.Entry<String, List<LinesChart.Point>> line : lines.entrySet()) {
      List<LinesChart.Point> points = line.getValue().stream()
          .sorted(Comparator.comparingDouble(LinesChart.Point::x)).toList();
      Row last = lastRows.get(line.getKey());
      String end = label != null ? text(last, label)
          : compact(points.get(points.size() - 1).y(), y, 3);
      boolean dashed = dash != null && dashCodes.indexOf(code(last, dash)) > 0;
      list.add(new LinesChart.Series(line.getKey(), end, COLOURS[index % 8], dashed, points));
      index++;
    }
    List<Double> xTicks = spec.value("xTicks", "nice").equals("data") ? List.copyOf(xs) : null;
    Chart.Axis xAxis = new Chart.Axis(axisTitle(x, xLog), xLog, v -> compact(v, x, 3), xTicks);
    Chart.Axis yAxis = new Chart.Axis(axisTitle(y, yLog), yLog, v -> compact(v, y, 3));
    return new LinesChart.Lines(id, title, description, xAxis, yAxis, list, marks(spec));
  }

  /** The vertical marks a {@code marks} table gives, at {@code markValue} on the x axis. */
  private List<LinesChart.Rule> marks(ChartSpec spec) {
    List<LinesChart.Rule> rules = new ArrayList<>();
    spec.setting("marks").map(m -> content.tables().get(m.value())).ifPresent(marks -> {
      Column markLabel = field(spec, marks, "markLabel");
      Column markValue = field(spec, marks, "markValue");
      for (Row row : marks.rows()) {
        row.value(markValue.key()).filter(Value.Num.class::isInstance).ifPresent(v ->
            rules.add(new LinesChart.Rule(number(v), text(row, markLabel))));
      }
    });
    return rules;
  }

  /** Series colours, in order: blue, orange, teal, violet, red, green, ochre, pink. */
  private static final int[] COLOURS = {3, 1, 4, 5, 2, 6, 7, 8};

  // ---- labels --------------------------------------------------------------------------------

  private Chart.ErrataLegend errataLegend() {
    String unconfirmed = strings.apply("chart.unconfirmed");
    return new Chart.ErrataLegend(strings.apply("errata.published"),
        strings.apply("errata.corrected"),
        unconfirmed.substring(0, 1).toUpperCase(lang.locale()) + unconfirmed.substring(1));
  }

  /** An axis for a column: its label and unit as the title, its values as ticks. */
  private Chart.Axis axis(Column column, boolean log) {
    return new Chart.Axis(axisTitle(column, log), log, v -> compact(v, column));
  }

  /** A column's label, its unit in brackets, and whether the scale is logarithmic. */
  private String axisTitle(Column column, boolean log) {
    String title = column.label().in(lang);
    if (column.unit() != null) {
      title += open() + column.unit().in(lang) + close();
    }
    if (log) {
      title += strings.apply("punct.comma") + strings.apply("chart.logScale");
    }
    return title;
  }

  private String open() {
    return strings.apply("punct.open");
  }

  private String close() {
    return strings.apply("punct.close");
  }

  /** A number to {@code digits} significant digits, or as {@link #compact(double, Column)}. */
  private String compact(double value, Column column, int digits) {
    if (column.format() == Column.Format.NUMBER) {
      return formats.number(value, digits);
    }
    return compact(value, column);
  }

  /** A number as an axis or a chart label writes it: short counts (1750亿, 175B). */
  private String compact(double value, Column column) {
    if (column.format() == Column.Format.COUNT) {
      return formats.shortCount(decimal(value));
    }
    if (column.format() == Column.Format.PERCENT) {
      return formats.percent(decimal(value));
    }
    return formats.number(value, 6);
  }

  private static BigDecimal decimal(double value) {
    return new BigDecimal(value).round(new java.math.MathContext(6)).stripTrailingZeros();
  }

  private String dateLabel(LocalDate date, Chart.DateUnit unit) {
    return switch (unit) {
      case YEAR -> Integer.toString(date.getYear());
      case MONTH -> formats.shortMonth(date);
      case DAY -> formats.day(date);
    };
  }

  private static LocalDate date(String text) {
    return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
  }

  // ---- the table's fields ------------------------------------------------------------------

  /** The column an optional chart setting names, or null when it is not set. */
  private Column optionalField(ChartSpec spec, DataTable table, String setting) {
    return spec.setting(setting).isPresent() ? field(spec, table, setting) : null;
  }

  /** The column a chart setting names (a field with no column reads as text). */
  private Column field(ChartSpec spec, DataTable table, String setting) {
    return column(table, spec.setting(setting).orElseThrow().value());
  }

  private Column column(DataTable table, String key) {
    return table.columns().stream().filter(c -> c.key().equals(key)).findFirst()
        .orElseGet(() -> new Column(key, dev.folio.model.Text.same(content.languages(), key),
            Column.Format.TEXT, null, null, Map.of(), dev.folio.model.SourcePos.file(table.path())));
  }

  private List<Row> sorted(ChartSpec spec, DataTable table, Column value) {
    String sort = spec.value("sort", "none");
    List<Row> rows = new ArrayList<>(table.rows());
    if (!sort.equals("none")) {
      Comparator<Row> byValue = Comparator.comparingDouble(row -> row.value(value.key())
          .filter(Value.Num.class::isInstance).map(ChartViews::number).orElse(0.0));
      rows.sort(sort.equals("descending") ? byValue.reversed() : byValue);
    }
    return rows;
  }

  private static boolean log(ChartSpec spec) {
    return spec.value("scale", "linear").equals("log");
  }

  private static double number(Value value) {
    return ((Value.Num) value).value().doubleValue();
  }

  private static String code(Row row, Column column) {
    return row.value(column.key()).orElse(null) instanceof Value.Str s ? s.value() : null;
  }

  private List<String> labels(Column codes) {
    return codes.values().values().stream().map(text -> text.in(lang)).toList();
  }

  /** A row's field as the page shows it. */
  private String text(Row row, Column column) {
    return row.value(column.key()).map(v -> display(v, column)).orElse("");
  }

  /** A value as shown; a reference shows the referenced row's first column. */
  private String display(Value value, Column column) {
    if (column.ref() != null && value instanceof Value.Str id) {
      DataTable target = content.tables().get(column.ref());
      Optional<Row> referenced = target == null ? Optional.empty() : target.row(id.value());
      if (referenced.isPresent()) {
        Column shown = target.columns().get(0);
        return referenced.get().value(shown.key()).map(v -> formats.value(v, shown.format()))
            .orElse(id.value());
      }
      return id.value();
    }
    if (value instanceof Value.Str code && column.values().containsKey(code.value())) {
      return column.values().get(code.value()).in(lang);
    }
    return formats.value(value, column.format(), column.digits());
  }
}
