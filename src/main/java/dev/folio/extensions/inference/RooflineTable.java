package dev.folio.extensions.inference;

import static dev.folio.extension.ComputedTable.bool;
import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.text;

import dev.folio.extension.ComputedTable;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cost-roofline}: each accelerator's roofline as three points — the bandwidth slope at the
 * left edge, the ridge point where bandwidth meets the dense peak, the peak at the right edge —
 * over an intensity range that holds every ridge point and the report's steps, in whole powers of
 * ten. A lines chart draws it on log axes, the steps of {@code cost-intensity} as marks.
 */
final class RooflineTable {
  static final String NAME = "cost-roofline";

  private RooflineTable() {}

  static DataTable of(
      Words words,
      Collection<CostInputs.Accelerator> accelerators,
      List<IntensityTable.Step> steps,
      DataTable acceleratorTable) {
    Text perByte = words.text("unit.flopPerByte");
    ComputedTable table =
        new ComputedTable(NAME, acceleratorTable.path())
            .text("accelerator", words.text("roofline.column.accelerator"))
            .number("intensity", words.text("roofline.column.intensity"), perByte, 3)
            .number(
                "throughput",
                words.text("roofline.column.throughput"),
                words.text("unit.tflops"),
                4)
            .bool("ridge", words.text("roofline.column.ridge"))
            .text("label", words.text("roofline.column.label"));
    double[] range = range(accelerators, steps);
    for (CostInputs.Accelerator accelerator : accelerators) {
      double tflops = accelerator.spec().densePeakFlops() / 1e12;
      double gigabytes = accelerator.spec().hbmBandwidth() / 1e9;
      // TFLOP/s over GB/s is thousands of FLOPs per byte.
      double ridge = tflops * 1000 / gigabytes;
      Text label =
          words
              .inputs()
              .text(
                  "chart.roofline.ridge",
                  lang -> Map.of("n", words.inputs().formats(lang).number(ridge, 3)));
      String id = accelerator.spec().id();
      table.row(
          id + "-low",
          accelerator.row().pos(),
          point(accelerator, range[0], gigabytes * range[0] / 1000, false, label),
          null);
      table.row(
          id + "-ridge",
          accelerator.row().pos(),
          point(accelerator, ridge, tflops, true, label),
          null);
      table.row(
          id + "-high",
          accelerator.row().pos(),
          point(accelerator, range[1], tflops, false, label),
          null);
    }
    return table.build(
        words.text("roofline.title"),
        words.text("roofline.description"),
        new Provenance(
            List.of(
                new Source(
                    words.text(
                        "roofline.source",
                        Map.of("accelerators", Words.fileName(acceleratorTable))),
                    null,
                    null)),
            acceleratorTable.provenance().asOf(),
            null));
  }

  /** From a hundredth of the lowest ridge (or half the lowest step) to eight times the highest. */
  private static double[] range(
      Collection<CostInputs.Accelerator> accelerators, List<IntensityTable.Step> steps) {
    double minRidge = Double.POSITIVE_INFINITY;
    double maxRidge = 0;
    for (CostInputs.Accelerator accelerator : accelerators) {
      double ridge = accelerator.spec().densePeakFlops() / accelerator.spec().hbmBandwidth();
      minRidge = Math.min(minRidge, ridge);
      maxRidge = Math.max(maxRidge, ridge);
    }
    double low = minRidge / 100;
    double high = maxRidge * 8;
    for (IntensityTable.Step step : steps) {
      low = Math.min(low, step.intensity() / 2);
      high = Math.max(high, step.intensity() * 2);
    }
    return new double[] {
      StrictMath.pow(10, Math.floor(StrictMath.log10(low))),
      StrictMath.pow(10, Math.ceil(StrictMath.log10(high)))
    };
  }

  private static Map<String, Value> point(
      CostInputs.Accelerator accelerator,
      double intensity,
      double throughput,
      boolean ridge,
      Text label) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("accelerator", ComputedTable.str(accelerator.name()));
    fields.put("intensity", num(intensity));
    fields.put("throughput", num(throughput));
    fields.put("ridge", bool(ridge));
    fields.put("label", text(label));
    return fields;
  }
}
