package dev.folio.extensions.inference;

import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.str;

import dev.folio.extension.ComputedTable;
import dev.folio.extensions.inference.model.HardwareCheck;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cost-hardware-check}: each datasheet quantity of the server the report names beside the
 * published figure it could stand for, in the published figure's unit.
 */
final class HardwareCheckTable {
  static final String NAME = "cost-hardware-check";
  static final String MATCHES = "matches";
  static final String DIFFERS = "differs";

  private HardwareCheckTable() {}

  static DataTable of(
      Words words, CostInputs.PublishedInput input, HardwareCheck check, DataTable accelerators) {
    DataTable source = input.source();
    ComputedTable table =
        new ComputedTable(NAME, source.path())
            .codes("quantity", words.text("hardware.column.quantity"), quantities(words))
            .ref("comparedWith", words.text("hardware.column.comparedWith"), source.name())
            .text("derivation", words.text("hardware.column.derivation"))
            .number("serverTotal", words.text("hardware.column.serverTotal"), null, 4)
            .number("published", words.text("hardware.column.published"), null, 4)
            .text("unit", words.text("hardware.column.unit"))
            .codes(
                "match",
                words.text("hardware.column.match"),
                words.codes("match", MATCHES, DIFFERS))
            .percent("difference", words.text("hardware.column.difference"), 3);
    for (HardwareCheck.Reading reading : check.readings()) {
      Row published = source.row(publishedRowId(reading.quantity())).orElseThrow();
      table.row(reading.quantity().id(), published.pos(), fields(check, reading, published), null);
    }
    return table.build(
        words.text("hardware.title"),
        words.text("hardware.description", Map.of("count", check.acceleratorCount())),
        new Provenance(
            List.of(
                new Source(
                    words.text(
                        "hardware.source",
                        Map.of(
                            "accelerators",
                            Words.fileName(accelerators),
                            "published",
                            Words.fileName(source))),
                    null,
                    null)),
            source.provenance().asOf(),
            null));
  }

  private static Map<String, Text> quantities(Words words) {
    Map<String, Text> labels = new LinkedHashMap<>();
    for (HardwareCheck.Quantity quantity : HardwareCheck.Quantity.values()) {
      labels.put(quantity.id(), words.text("quantity." + quantity.id()));
    }
    return labels;
  }

  private static String publishedRowId(HardwareCheck.Quantity quantity) {
    return quantity.comparedWith().equals("serverPeakPetaflops")
        ? "peakPetaflops"
        : "bandwidthTBps";
  }

  private static Map<String, Value> fields(
      HardwareCheck check, HardwareCheck.Reading reading, Row published) {
    boolean flops = reading.quantity().comparedWith().equals("serverPeakPetaflops");
    double unit = flops ? 1e15 : 1e12;
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("quantity", str(reading.quantity().id()));
    fields.put("comparedWith", str(published.id()));
    fields.put(
        "derivation",
        str(
            check.acceleratorCount()
                + " × "
                + plain(reading.perAccelerator() / (flops ? 1e12 : 1e9))
                + (flops ? " TFLOP/s" : " GB/s")));
    fields.put("serverTotal", num(reading.serverTotal() / unit));
    fields.put("published", published.value("value").orElseThrow());
    fields.put("unit", str(flops ? "PFLOP/s" : "TB/s"));
    fields.put("match", str(reading.matchesPublished() ? MATCHES : DIFFERS));
    fields.put("difference", num(reading.relativeDifference()));
    return fields;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
