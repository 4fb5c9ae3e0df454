package dev.folio.check;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.model.Value;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks the charts of {@code content/charts.yaml} against the data they draw: the table
 * exists, each field a chart reads exists and holds what the chart needs (numbers, dates,
 * fixed codes), the settings suit the kind of chart, and a highlighted row exists.
 */
final class ChartChecker {
  private final Content content;
  private final Problems problems;

  ChartChecker(Content content, Problems problems) {
    this.content = content;
    this.problems = problems;
  }

  /** Every chart, each chart's own check a task of {@code tasks}. */
  void check(TaskRunner tasks) {
    Map<String, ChartSpec> seen = new HashMap<>();
    for (ChartSpec chart : content.charts()) {
      ChartSpec first = seen.putIfAbsent(chart.id(), chart);
      if (first != null) {
        problems.add(chart.idPos(), "duplicate chart id \"" + chart.id() + "\"; it is already"
            + " used on line " + first.idPos().line(), "every chart's id must be unique");
      }
      // A chart's check reads its table and the tables its settings may name.
      tasks.run(Task.of(Task.Boundary.CHECK, "chart " + chart.id(), () -> {
        List<Object> reads = new java.util.ArrayList<>(List.of(chart));
        reads.add(content.tables().get(chart.table()));
        chart.settings().values().forEach(setting ->
            reads.add(content.tables().get(setting.value())));
        return reads;
      }, () -> {
        Problems found = new Problems();
        new ChartChecker(content, found).checkChart(chart);
        return found.list();
      })).forEach(problems::add);
    }
  }

  /** A {@code ```chart ID} block names a chart that exists and has no body. */
  static void checkEmbed(String id, String body, SourcePos pos, Content content,
      Problems problems) {
    if (content.chart(id).isEmpty()) {
      List<String> ids = content.charts().stream().map(ChartSpec::id).toList();
      problems.add(pos, "no chart named \"" + id + "\"", Similarity.closest(id, ids)
          .map(s -> "did you mean \"" + s + "\"?")
          .orElse("charts are defined in content/charts.yaml; write ```chart ID with one of"
              + " their ids"));
    }
    if (!body.isBlank()) {
      problems.add(pos, "a chart embed takes no body",
          "close the block right after the ```chart " + id + " line");
    }
  }

  private void checkChart(ChartSpec chart) {
    String kind = chart.kind().code();
    List<String> allowed = chart.kind().settings();
    chart.settings().forEach((name, setting) -> {
      if (!allowed.contains(name)) {
        problems.add(setting.pos(), "\"" + name + "\" does not apply to a " + kind + " chart",
            "a " + kind + " chart reads " + String.join(", ", allowed) + "; remove \"" + name
                + "\" or change \"kind\"");
      }
    });
    DataTable table = content.tables().get(chart.table());
    if (table == null) {
      problems.add(chart.tablePos(), "chart \"" + chart.id() + "\" draws table \""
          + chart.table() + "\", which does not exist", Similarity.closest(chart.table(),
              content.tables().keySet()).map(s -> "did you mean \"" + s + "\"?")
              .orElse("tables are the files content/data/NAME.yaml, named without extension"));
    }
    for (ChartSpec.Role role : chart.kind().roles()) {
      Optional<ChartSpec.Setting> setting = chart.setting(role.setting());
      if (setting.isEmpty()) {
        if (role.required()) {
          problems.add(chart.pos(), "a " + kind + " chart needs \"" + role.setting() + "\"",
              "add \"" + role.setting() + ": FIELD\", naming the field of " + chart.table()
                  + " it draws (" + describe(role.type()) + ")");
        }
      } else if (table != null) {
        checkField(chart, table, role, setting.get());
      }
    }
    if (table != null) {
      checkOptions(chart, table);
    }
  }

  private void checkField(ChartSpec chart, DataTable table, ChartSpec.Role role,
      ChartSpec.Setting setting) {
    String field = setting.value();
    TreeSet<String> fields = fields(table);
    if (!fields.contains(field)) {
      problems.add(setting.pos(), "table \"" + table.name() + "\" has no field \"" + field
          + "\"", Similarity.closest(field, fields).map(s -> "did you mean \"" + s + "\"?")
              .orElse("its fields are " + String.join(", ", fields)));
      return;
    }
    Optional<Column> column = table.columns().stream()
        .filter(c -> c.key().equals(field)).findFirst();
    String kind = chart.kind().code();
    String needs = "\"" + role.setting() + "\" of a " + kind + " chart must name ";
    switch (role.type()) {
      case NUMBER -> firstRow(table, field, v -> !isNumber(v)).ifPresent(row ->
          problems.add(setting.pos(), needs + "a field of numbers, but \"" + field + "\" holds "
              + shown(row.value(field).orElseThrow()) + " (" + row.cell(field).orElseThrow().pos()
              + ")", hintFor(table, ChartSpec.FieldType.NUMBER, "fields of numbers")));
      case DATE -> firstRow(table, field, v -> !isDate(v) && !(v instanceof Value.Undisclosed))
          .ifPresent(row ->
          problems.add(setting.pos(), needs + "a field of dates (YYYY-MM-DD or YYYY-MM), but \""
              + field + "\" holds " + shown(row.value(field).orElseThrow()) + " ("
              + row.cell(field).orElseThrow().pos() + ")",
              hintFor(table, ChartSpec.FieldType.DATE, "fields of dates")));
      case CODES -> {
        if (column.isEmpty() || column.get().values().isEmpty()) {
          problems.add(setting.pos(), needs + "a column of fixed codes (with \"values\"), but \""
              + field + "\" has none", hintFor(table, ChartSpec.FieldType.CODES,
                  "columns of codes"));
        }
      }
      default -> { }
    }
    if (role.type() == ChartSpec.FieldType.NUMBER && isLog(chart, role)) {
      firstRow(table, field, v -> v instanceof Value.Num n && n.value().signum() <= 0)
          .ifPresent(row -> problems.add(row.cell(field).orElseThrow().pos(), "a log scale"
              + " cannot show " + shown(row.value(field).orElseThrow()) + " (\"" + field
              + "\" must be above zero)", "use \"scale: linear\" or correct the value"));
    }
  }

  private void checkOptions(ChartSpec chart, DataTable table) {
    chart.setting("highlight").filter(h -> chart.kind().settings().contains("highlight"))
        .ifPresent(highlight -> {
      if (table.row(highlight.value()).isEmpty()) {
        List<String> ids = table.rows().stream().map(Row::id).filter(Objects::nonNull).toList();
        problems.add(highlight.pos(), "table \"" + table.name() + "\" has no row \""
            + highlight.value() + "\" to highlight", Similarity.closest(highlight.value(), ids)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("\"highlight\" names a row id: " + String.join(", ", ids)));
      }
    });
    chart.setting("marks").filter(m -> chart.kind().settings().contains("marks"))
        .ifPresent(marks -> checkMarks(chart, marks));
    Optional<Column> level = codes(chart, table, "level");
    chart.setting("unstated").ifPresent(unstated -> level.ifPresent(column -> {
      if (!column.values().containsKey(unstated.value())) {
        problems.add(unstated.pos(), "\"" + unstated.value() + "\" is not one of the codes of \""
            + column.key() + "\"", Similarity.closest(unstated.value(), column.values().keySet())
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("its codes are " + String.join(", ", column.values().keySet())));
      }
    }));
    codes(chart, table, "phase").ifPresent(column -> {
      if (column.values().size() != 6) {
        problems.add(chart.setting("phase").orElseThrow().pos(), "a hype cycle has six phases,"
            + " but \"" + column.key() + "\" has " + column.values().size() + " codes",
            "list the six phases under the column's \"values\", in order along the curve");
      }
    });
    codes(chart, table, "marker").ifPresent(column -> {
      if (column.values().size() > 4) {
        problems.add(chart.setting("marker").orElseThrow().pos(), "a hype cycle has four marker"
            + " shapes, but \"" + column.key() + "\" has " + column.values().size() + " codes",
            "use a field with at most four codes");
      }
    });
  }

  /** The table of marks (vertical lines) a roofline draws, and its label and value fields. */
  private void checkMarks(ChartSpec chart, ChartSpec.Setting marks) {
    DataTable table = content.tables().get(marks.value());
    if (table == null) {
      problems.add(marks.pos(), "\"marks\" names table \"" + marks.value() + "\", which does"
          + " not exist", Similarity.closest(marks.value(), content.tables().keySet())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse("tables are the files content/data/NAME.yaml, named without extension"));
      return;
    }
    for (ChartSpec.Role role : List.of(new ChartSpec.Role("markLabel", ChartSpec.FieldType.ANY,
        true), new ChartSpec.Role("markValue", ChartSpec.FieldType.NUMBER, true))) {
      chart.setting(role.setting()).ifPresentOrElse(
          setting -> checkField(chart, table, role, setting),
          () -> problems.add(marks.pos(), "\"marks\" needs \"" + role.setting() + "\" too",
              "add \"" + role.setting() + ": FIELD\", naming the field of " + table.name()
                  + " it draws"));
    }
  }

  private Optional<Column> codes(ChartSpec chart, DataTable table, String setting) {
    if (!chart.kind().settings().contains(setting)) {
      return Optional.empty();
    }
    return chart.setting(setting).flatMap(s -> table.columns().stream()
        .filter(c -> c.key().equals(s.value()) && !c.values().isEmpty()).findFirst());
  }

  private static boolean isLog(ChartSpec chart, ChartSpec.Role role) {
    String scale = switch (role.setting()) {
      case "x" -> chart.value("xScale", "linear");
      case "y" -> chart.value("yScale", "linear");
      default -> chart.value("scale", "linear");
    };
    return scale.equals("log");
  }

  private static Optional<Row> firstRow(DataTable table, String field,
      java.util.function.Predicate<Value> wrong) {
    return table.rows().stream()
        .filter(row -> row.value(field).map(wrong::test).orElse(false)).findFirst();
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
  private static String hintFor(DataTable table, ChartSpec.FieldType type, String advice) {
    List<String> suitable = fields(table).stream().filter(field -> switch (type) {
      case NUMBER -> firstRow(table, field, v -> !isNumber(v)).isEmpty();
      case DATE -> firstRow(table, field, v -> !isDate(v) && !(v instanceof Value.Undisclosed))
          .isEmpty();
      case CODES -> table.columns().stream()
          .anyMatch(c -> c.key().equals(field) && !c.values().isEmpty());
      default -> true;
    }).toList();
    return suitable.isEmpty() ? table.path() + " has no " + advice
        : "the " + advice + " in " + table.name() + ": " + String.join(", ", suitable);
  }

  private static String describe(ChartSpec.FieldType type) {
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
