package dev.folio.chart;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.Similarity;
import dev.folio.model.SourcePos;
import dev.folio.model.Value;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The checks every kind shares, and what a kind's own checks use: the settings suit the kind, the
 * table exists, each field the kind reads exists and holds what it needs (numbers, dates, fixed
 * codes; above zero on a log scale). Problems name the setting's position in {@code charts.yaml}
 * and say what would do.
 */
final class ChartChecks {
  private final Content content;
  private final Problems problems;

  ChartChecks(Content content, Problems problems) {
    this.content = content;
    this.problems = problems;
  }

  /** Every problem of {@code chart}, a chart of {@code kind}. */
  void check(ChartKind<?> kind, ChartSpec chart) {
    settings(kind, chart);
    DataTable table = content.tables().get(chart.table());
    if (table == null) {
      problems.add(
          chart.tablePos(),
          "chart \""
              + chart.id()
              + "\" draws table \""
              + chart.table()
              + "\", which does not exist",
          didYouMean(chart.table(), content.tables().keySet())
              .orElse("tables are the files content/data/NAME.yaml, named without extension"));
    }
    for (ChartKind.Role role : kind.roles()) {
      Optional<ChartSpec.Setting> setting = chart.setting(role.setting());
      if (setting.isEmpty()) {
        if (role.required()) {
          problems.add(
              chart.pos(),
              "a " + kind.code() + " chart needs \"" + role.setting() + "\"",
              "add \""
                  + role.setting()
                  + ": FIELD\", naming the field of "
                  + chart.table()
                  + " it draws ("
                  + describe(role.type())
                  + ")");
        }
      } else if (table != null) {
        field(kind, chart, table, role, setting.get());
      }
    }
    if (table != null) {
      kind.checkOptions(chart, table, this);
    }
  }

  /** Settings the kind does not read. */
  private void settings(ChartKind<?> kind, ChartSpec chart) {
    List<String> allowed = kind.settings();
    chart
        .settings()
        .forEach(
            (name, setting) -> {
              if (!allowed.contains(name)) {
                problems.add(
                    setting.pos(),
                    "\"" + name + "\" does not apply to a " + kind.code() + " chart",
                    "a "
                        + kind.code()
                        + " chart reads "
                        + String.join(", ", allowed)
                        + "; remove \""
                        + name
                        + "\" or change \"kind\"");
              }
            });
  }

  /** The field {@code setting} names exists in {@code table} and holds what {@code role} needs. */
  void field(
      ChartKind<?> kind,
      ChartSpec chart,
      DataTable table,
      ChartKind.Role role,
      ChartSpec.Setting setting) {
    String field = setting.value();
    TreeSet<String> fields = fields(table);
    if (!fields.contains(field)) {
      problems.add(
          setting.pos(),
          "table \"" + table.name() + "\" has no field \"" + field + "\"",
          didYouMean(field, fields).orElse("its fields are " + String.join(", ", fields)));
      return;
    }
    String needs = "\"" + role.setting() + "\" of a " + kind.code() + " chart must name ";
    switch (role.type()) {
      case NUMBER ->
          holds(
              setting,
              table,
              v -> !isNumber(v),
              needs + "a field of numbers",
              ChartKind.FieldType.NUMBER,
              "fields of numbers");
      case DATE ->
          holds(
              setting,
              table,
              v -> !isDate(v) && !(v instanceof Value.Undisclosed),
              needs + "a field of dates (YYYY-MM-DD or YYYY-MM)",
              ChartKind.FieldType.DATE,
              "fields of dates");
      case CODES -> {
        Optional<Column> column =
            table.columns().stream().filter(c -> c.key().equals(field)).findFirst();
        if (column.isEmpty() || column.get().values().isEmpty()) {
          problems.add(
              setting.pos(),
              needs + "a column of fixed codes (with \"values\"), but \"" + field + "\" has none",
              hintFor(table, ChartKind.FieldType.CODES, "columns of codes"));
        }
      }
      default -> {}
    }
    if (role.type() == ChartKind.FieldType.NUMBER && kind.log(chart, role.setting())) {
      firstRow(table, field, v -> v instanceof Value.Num n && n.value().signum() <= 0)
          .ifPresent(
              row ->
                  problems.add(
                      row.cell(field).orElseThrow().pos(),
                      "a log scale"
                          + " cannot show "
                          + shown(row.value(field).orElseThrow())
                          + " (\""
                          + field
                          + "\" must be above zero)",
                      "use \"scale: linear\" or correct the value"));
    }
  }

  /** Every row of {@code table} holds what {@code setting}'s field must: else a problem. */
  private void holds(
      ChartSpec.Setting setting,
      DataTable table,
      Predicate<Value> wrong,
      String needs,
      ChartKind.FieldType type,
      String kinds) {
    String field = setting.value();
    firstRow(table, field, wrong)
        .ifPresent(
            row ->
                problems.add(
                    setting.pos(),
                    needs
                        + ", but \""
                        + field
                        + "\" holds "
                        + shown(row.value(field).orElseThrow())
                        + " ("
                        + row.cell(field).orElseThrow().pos()
                        + ")",
                    hintFor(table, type, kinds)));
  }

  /** The column of fixed codes {@code setting} names, when it is set and names one. */
  Optional<Column> codes(ChartSpec chart, DataTable table, String setting) {
    return chart.setting(setting).flatMap(s -> codes(table, s.value()));
  }

  private static Optional<Column> codes(DataTable table, String field) {
    return table.columns().stream()
        .filter(c -> c.key().equals(field) && !c.values().isEmpty())
        .findFirst();
  }

  /** The table of this name, or null. */
  DataTable table(String name) {
    return content.tables().get(name);
  }

  /** The names of every table. */
  Collection<String> tables() {
    return content.tables().keySet();
  }

  void add(SourcePos pos, String message, String hint) {
    problems.add(pos, message, hint);
  }

  /** "did you mean …?" for the closest of {@code candidates}, when one is close enough. */
  static Optional<String> didYouMean(String wrong, Collection<String> candidates) {
    return Similarity.closest(wrong, candidates).map(s -> "did you mean \"" + s + "\"?");
  }

  private static Optional<Row> firstRow(DataTable table, String field, Predicate<Value> wrong) {
    return table.rows().stream()
        .filter(row -> row.value(field).map(wrong::test).orElse(false))
        .findFirst();
  }

  /** A number, or a figure that is not public (which a chart leaves out). */
  private static boolean isNumber(Value value) {
    return value instanceof Value.Num || value instanceof Value.Undisclosed;
  }

  private static boolean isDate(Value value) {
    if (!(value instanceof Value.Str str)) {
      return false;
    }
    try {
      if (str.value().length() == 7) {
        YearMonth.parse(str.value());
      } else {
        LocalDate.parse(str.value());
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Every field any row of the table has. */
  private static TreeSet<String> fields(DataTable table) {
    TreeSet<String> fields = new TreeSet<>();
    table.rows().forEach(row -> fields.addAll(row.fields().keySet()));
    return fields;
  }

  /** A hint naming the fields of the table that would do. */
  private static String hintFor(DataTable table, ChartKind.FieldType type, String advice) {
    List<String> suitable =
        fields(table).stream()
            .filter(
                field ->
                    switch (type) {
                      case NUMBER -> firstRow(table, field, v -> !isNumber(v)).isEmpty();
                      case DATE ->
                          firstRow(
                                  table,
                                  field,
                                  v -> !isDate(v) && !(v instanceof Value.Undisclosed))
                              .isEmpty();
                      case CODES -> codes(table, field).isPresent();
                      default -> true;
                    })
            .toList();
    return suitable.isEmpty()
        ? table.path() + " has no " + advice
        : "the " + advice + " in " + table.name() + ": " + String.join(", ", suitable);
  }

  private static String describe(ChartKind.FieldType type) {
    return switch (type) {
      case NUMBER -> "a field of numbers";
      case DATE -> "a field of dates";
      case CODES -> "a column of fixed codes";
      default -> "any field";
    };
  }

  private static String shown(Value value) {
    if (value instanceof Value.Str str) {
      return "\"" + str.value() + "\"";
    }
    if (value instanceof Value.Num num) {
      return num.value().toPlainString();
    }
    if (value instanceof Value.Localized localized) {
      return "\"" + localized.text().values().values().iterator().next() + "\"";
    }
    if (value instanceof Value.Undisclosed) {
      return Value.Undisclosed.WORD;
    }
    return String.valueOf(((Value.Bool) value).value());
  }
}
