package dev.folio.extensions.shares;

import static dev.folio.extension.ComputedTable.num;

import dev.folio.extension.ComputedTable;
import dev.folio.extension.Contribution;
import dev.folio.extension.Extension;
import dev.folio.extension.Input;
import dev.folio.extension.Input.Field;
import dev.folio.extension.Input.Type;
import dev.folio.extension.Inputs;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code shares}: each row's share of the table's total, as {@code TABLE-shares}. The worked
 * example of docs/extensions.md: a third extension that touches no file of the generator.
 */
public final class SharesExtension implements Extension {
  @Override
  public String name() {
    return "shares";
  }

  @Override
  public List<Input> inputs() {
    return List.of(
        Input.table(
            "table",
            true,
            "the data file whose rows share a total",
            Field.required("value", Type.NUMBER)),
        Input.word("label", true, "the field that names each row"));
  }

  @Override
  public String stringsFolder() {
    return "/dev/folio/extensions/shares/i18n";
  }

  @Override
  public void check(Inputs inputs, Problems problems) {
    DataTable table = inputs.table("table");
    String label = inputs.word("label").orElseThrow();
    for (Row row : table.rows()) {
      if (row.value(label).isEmpty()) {
        problems.add(
            row.pos(),
            "this row has no \"" + label + "\" to name it by",
            "give it one, or set \"label\" to a field every row has");
      }
      if (number(row).signum() < 0) {
        problems.add(
            row.cell("value").orElseThrow().pos(),
            "a share cannot be negative",
            "write the row's part of the total, 0 or more");
      }
    }
    if (total(table).signum() == 0) {
      problems.add(
          inputs.pos("table"),
          "the values of " + table.name() + " add up to 0",
          "give at least one row a value above 0");
    }
  }

  @Override
  public Contribution compute(Inputs inputs) {
    DataTable table = inputs.table("table");
    double total = total(table).doubleValue();
    ComputedTable shares =
        new ComputedTable(table.name() + "-shares", table.path())
            .text("label", inputs.text("shares.column.label"))
            .number("value", inputs.text("shares.column.value"), null, 4)
            .percent("share", inputs.text("shares.column.share"), 3);
    for (Row row : table.rows()) {
      Value label = row.value(inputs.word("label").orElseThrow()).orElseThrow();
      shares.row(
          row.id(),
          row.pos(),
          Map.of(
              "label", label,
              "value", row.value("value").orElseThrow(),
              "share", num(number(row).doubleValue() / total)),
          null);
    }
    List<Source> sources =
        new ArrayList<>(
            List.of(
                new Source(
                    inputs.text("shares.source", lang -> Map.of("table", table.name())),
                    null,
                    null)));
    sources.addAll(table.provenance().sources());
    return Contribution.tables(
        List.of(
            shares.build(
                inputs.text("shares.title"),
                inputs.text("shares.description"),
                new Provenance(sources, table.provenance().asOf(), null))));
  }

  private static BigDecimal number(Row row) {
    return row.value("value").orElseThrow() instanceof Value.Num n ? n.value() : BigDecimal.ZERO;
  }

  private static BigDecimal total(DataTable table) {
    return table.rows().stream()
        .map(SharesExtension::number)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
