package dev.folio.extensions.growth;

import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.str;
import static dev.folio.extension.ComputedTable.text;

import dev.folio.extension.ComputedTable;
import dev.folio.extension.Contribution;
import dev.folio.extension.Extension;
import dev.folio.extension.Input;
import dev.folio.extension.Inputs;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code growth}: growth arithmetic for a table of growth factors per period (×750 every two
 * years). It computes {@code TABLE-rates} — each factor as a compound annual growth rate and a
 * doubling time — and {@code TABLE-compounded}, every factor compounded from the same start over a
 * number of years, which a lines chart draws on a log scale. Charts only place what it computed.
 */
public final class GrowthExtension implements Extension {
  static final String TABLE = "table";
  static final String LABEL = "label";
  static final String FACTOR = "factor";
  static final String GROUP = "group";
  static final String PERIOD = "period";
  static final String YEARS = "years";

  /** A compounded multiple beyond this is no longer a number a chart can draw. */
  private static final double LARGEST = 1e300;

  /** The most periods a compounded table has: one row per period and series. */
  private static final int MAX_PERIODS = 1000;

  @Override
  public String name() {
    return "growth";
  }

  @Override
  public List<Input> inputs() {
    return List.of(
        Input.table(TABLE, true, "the data file of growth factors, one row per series"),
        Input.word(LABEL, true, "the field that names each series"),
        Input.word(FACTOR, true, "the field of growth factors per period (a number above 0)"),
        Input.word(GROUP, false, "a field of fixed codes that groups the series"),
        Input.number(PERIOD, true, "the years each factor is for, e.g. 2"),
        Input.number(YEARS, true, "the years to compound over, e.g. 6"));
  }

  @Override
  public String stringsFolder() {
    return "/dev/folio/extensions/growth/i18n";
  }

  @Override
  public void check(Inputs inputs, Problems problems) {
    DataTable table = inputs.table(TABLE);
    checkFields(inputs, table, problems);
    double period = inputs.number(PERIOD).orElseThrow().doubleValue();
    double years = inputs.number(YEARS).orElseThrow().doubleValue();
    // Factors compounded over a span that is itself wrong would only repeat its problem.
    boolean span = checkSpan(inputs, period, years, problems);
    checkFactors(inputs, table, span ? years / period : 0, problems);
  }

  /** The fields the settings name exist, and the group is a column of codes. */
  private static void checkFields(Inputs inputs, DataTable table, Problems problems) {
    for (String input : List.of(LABEL, FACTOR, GROUP)) {
      inputs
          .word(input)
          .ifPresent(
              field -> {
                if (table.rows().stream().noneMatch(row -> row.fields().containsKey(field))) {
                  problems.add(
                      inputs.pos(input),
                      "\""
                          + input
                          + "\" names the field \""
                          + field
                          + "\", which no row of "
                          + table.name()
                          + " has",
                      "name one of its fields: " + String.join(", ", fields(table)));
                }
              });
    }
    inputs
        .word(GROUP)
        .flatMap(group -> column(table, group))
        .filter(c -> c.values().isEmpty())
        .ifPresent(
            column ->
                problems.add(
                    inputs.pos(GROUP),
                    "\"group\" must name a column of"
                        + " fixed codes (with \"values\"), and \""
                        + column.key()
                        + "\" has none",
                    "give the column its codes, or leave \"group\" out"));
  }

  /** A period and a span of years a chart can compound over: whether they are. */
  private static boolean checkSpan(Inputs inputs, double period, double years, Problems problems) {
    int before = problems.size();
    if (!(period > 0 && period <= 1000)) {
      problems.add(
          inputs.pos(PERIOD),
          "\"period\" must be more than 0 and at most 1000 years",
          "write the years each factor is for, e.g. 2");
    }
    if (!(years > 0 && years <= 1000)) {
      problems.add(
          inputs.pos(YEARS),
          "\"years\" must be more than 0 and at most 1000",
          "write how many years to compound over, e.g. 6");
    }
    if (period > 0 && years > 0 && years / period > MAX_PERIODS) {
      problems.add(
          inputs.pos(PERIOD),
          "compounding over "
              + inputs.number(YEARS).orElseThrow().stripTrailingZeros().toPlainString()
              + " years in periods of "
              + inputs.number(PERIOD).orElseThrow().stripTrailingZeros().toPlainString()
              + " years takes more than "
              + MAX_PERIODS
              + " steps",
          "write the years each factor is for, e.g. 2, or compound over fewer years");
    }
    return problems.size() == before;
  }

  /**
   * Every factor is a number above 0 that stays drawable when compounded {@code periods} times (0:
   * not checked).
   */
  private static void checkFactors(
      Inputs inputs, DataTable table, double periods, Problems problems) {
    String factor = inputs.word(FACTOR).orElseThrow();
    for (Row row : table.rows()) {
      Optional<Value> value = row.value(factor);
      if (value.isPresent() && !(value.get() instanceof Value.Undisclosed)) {
        double f = value.get() instanceof Value.Num num ? num.value().doubleValue() : Double.NaN;
        if (!(f > 0) || !Double.isFinite(f)) {
          problems.add(
              row.cell(factor).orElseThrow().pos(),
              "a growth factor must be a number above 0",
              "write how many times the figure grows per period, e.g. 3.1");
        } else if (periods > 0
            && !(Math.pow(f, periods) <= LARGEST && Math.pow(f, periods) >= 1 / LARGEST)) {
          problems.add(
              row.cell(factor).orElseThrow().pos(),
              "compounded over "
                  + inputs.number(YEARS).orElseThrow().stripTrailingZeros().toPlainString()
                  + " years, this factor "
                  + (f > 1 ? "grows beyond" : "shrinks below")
                  + " any number a chart can draw",
              "compound over fewer years, or check the factor");
        }
      }
    }
  }

  @Override
  public Contribution compute(Inputs inputs) {
    DataTable table = inputs.table(TABLE);
    List<Series> series = series(inputs, table);
    return Contribution.tables(
        List.of(rates(inputs, table, series), compounded(inputs, table, series)));
  }

  /** One row's series: its label, group code, factor, and where it came from. */
  private record Series(Row row, Text label, String group, BigDecimal factor) {}

  /** The rows with a factor, in the order of the group's codes (then the file's). */
  private static List<Series> series(Inputs inputs, DataTable table) {
    String label = inputs.word(LABEL).orElseThrow();
    String factor = inputs.word(FACTOR).orElseThrow();
    Optional<Column> group = inputs.word(GROUP).flatMap(g -> column(table, g));
    List<String> codes = group.map(c -> List.copyOf(c.values().keySet())).orElse(List.of());
    List<Series> series = new ArrayList<>();
    for (Row row : table.rows()) {
      if (row.value(factor).orElse(null) instanceof Value.Num num) {
        String code =
            group.flatMap(c -> row.value(c.key())).orElse(null) instanceof Value.Str s
                ? s.value()
                : null;
        series.add(new Series(row, labelOf(inputs, row, label), code, num.value()));
      }
    }
    // A row without a code (or a table without a group) keeps its place, after those with one.
    series.sort(
        Comparator.comparingInt(s -> s.group() == null ? codes.size() : codes.indexOf(s.group())));
    return series;
  }

  /** {@code TABLE-rates}: the factor per period as a yearly rate and a doubling time. */
  private static DataTable rates(Inputs inputs, DataTable table, List<Series> series) {
    double period = inputs.number(PERIOD).orElseThrow().doubleValue();
    ComputedTable rates =
        new ComputedTable(table.name() + "-rates", table.path())
            .text("series", labelColumn(inputs, table))
            .number(
                "factor",
                inputs.text(
                    "growth.rates.column.factor",
                    lang ->
                        Map.of(
                            "period",
                            inputs.formats(lang).number(inputs.number(PERIOD).orElseThrow()))),
                null,
                4)
            .percent("annual", inputs.text("growth.rates.column.annual"), 3)
            .number(
                "doubling",
                inputs.text("growth.rates.column.doubling"),
                inputs.text("growth.unit.years"),
                3);
    for (Series s : series) {
      double factor = s.factor().doubleValue();
      Map<String, Value> fields = new LinkedHashMap<>();
      fields.put("series", text(s.label()));
      fields.put("factor", new Value.Num(s.factor()));
      fields.put("annual", num(Math.pow(factor, 1 / period) - 1));
      if (factor > 1) {
        fields.put("doubling", num(period * Math.log(2) / Math.log(factor)));
      }
      rates.row(s.row().id(), s.row().pos(), fields, null);
    }
    return rates.build(
        inputs.text("growth.rates.title"),
        inputs.text(
            "growth.rates.description",
            lang ->
                Map.of("period", inputs.formats(lang).number(inputs.number(PERIOD).orElseThrow()))),
        provenance(inputs, table));
  }

  /**
   * {@code TABLE-compounded}: each series at every whole period from the start to {@code years}
   * (and at {@code years} itself): on a log scale a compounded series is a straight line, so its
   * periods are all a chart needs.
   */
  private static DataTable compounded(Inputs inputs, DataTable table, List<Series> series) {
    BigDecimal period = inputs.number(PERIOD).orElseThrow();
    BigDecimal years = inputs.number(YEARS).orElseThrow();
    ComputedTable compounded =
        new ComputedTable(table.name() + "-compounded", table.path())
            .text("series", labelColumn(inputs, table));
    inputs
        .word(GROUP)
        .flatMap(g -> column(table, g))
        .ifPresent(group -> compounded.codes("group", group.label(), group.values()));
    compounded
        .number("years", inputs.text("growth.column.years"), null, 4)
        .count("multiple", inputs.text("growth.column.multiple"), null, 4)
        .text("label", inputs.text("growth.column.label"));
    List<BigDecimal> times = new ArrayList<>();
    for (BigDecimal t = BigDecimal.ZERO; t.compareTo(years) < 0; t = t.add(period)) {
      times.add(t);
    }
    times.add(years);
    for (Series s : series) {
      Text end =
          inputs.text(
              "growth.per",
              lang ->
                  Map.of(
                      "factor", inputs.formats(lang).number(s.factor()),
                      "period", inputs.formats(lang).number(period)));
      for (BigDecimal t : times) {
        Map<String, Value> fields = new LinkedHashMap<>();
        fields.put("series", text(s.label()));
        if (s.group() != null) {
          fields.put("group", str(s.group()));
        }
        fields.put("years", new Value.Num(t));
        fields.put(
            "multiple",
            num(StrictMath.pow(s.factor().doubleValue(), t.doubleValue() / period.doubleValue())));
        fields.put("label", text(end));
        compounded.row(
            s.row().id() + "-" + t.stripTrailingZeros().toPlainString(),
            s.row().pos(),
            fields,
            null);
      }
    }
    return compounded.build(
        inputs.text("growth.compounded.title"),
        inputs.text(
            "growth.compounded.description",
            lang ->
                Map.of(
                    "period", inputs.formats(lang).number(period),
                    "years", inputs.formats(lang).number(years))),
        provenance(inputs, table));
  }

  private static Provenance provenance(Inputs inputs, DataTable table) {
    String file = table.path().substring(table.path().lastIndexOf('/') + 1);
    List<Source> sources =
        new ArrayList<>(
            List.of(
                new Source(
                    inputs.text("growth.source", lang -> Map.of("table", file)), null, null)));
    sources.addAll(table.provenance().sources());
    return new Provenance(sources, table.provenance().asOf(), null);
  }

  /** The label column of the source table, so the series read as they do there. */
  private static Text labelColumn(Inputs inputs, DataTable table) {
    return column(table, inputs.word(LABEL).orElseThrow())
        .map(Column::label)
        .orElse(inputs.text("growth.column.series"));
  }

  private static Text labelOf(Inputs inputs, Row row, String field) {
    Value value = row.value(field).orElse(null);
    if (value instanceof Value.Localized localized) {
      return localized.text();
    }
    return Text.same(
        inputs.languages(),
        value instanceof Value.Str s ? s.value() : row.id() == null ? "" : row.id());
  }

  private static Optional<Column> column(DataTable table, String key) {
    return table.columns().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  private static List<String> fields(DataTable table) {
    TreeSet<String> fields = new TreeSet<>();
    table.rows().forEach(row -> fields.addAll(row.fields().keySet()));
    return List.copyOf(fields);
  }
}
