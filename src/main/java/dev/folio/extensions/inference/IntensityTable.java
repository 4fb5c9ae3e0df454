package dev.folio.extensions.inference;

import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.str;
import static dev.folio.extension.ComputedTable.text;

import dev.folio.extension.ComputedTable;
import dev.folio.extensions.inference.model.Bound;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Intensity;
import dev.folio.model.DataTable;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cost-intensity}: where the report's scenario sits on the roofline — prefill, and the first
 * decode step at each batch of its sweep — as FLOPs per byte beside the ridge point. The roofline
 * chart draws these as vertical marks.
 */
final class IntensityTable {
  static final String NAME = "cost-intensity";

  private IntensityTable() {}

  static DataTable of(
      Words words, EstimateTables.Sources sources, CostInputs.ScenarioInput report) {
    Text unit = words.text("unit.flopPerByte");
    ComputedTable table =
        new ComputedTable(NAME, sources.scenarios().path())
            .text("step", words.text("intensity.column.step"))
            .number("intensity", words.text("intensity.column.intensity"), unit, 3)
            .number("ridgePoint", words.text("intensity.column.ridgePoint"), unit, 3)
            .codes(
                "bound",
                words.text("intensity.column.bound"),
                words.codes("bound", Codes.of(Bound.MEMORY), Codes.of(Bound.COMPUTE)));
    for (Step step : steps(words, report)) {
      table.row(step.id(), report.pos(), fields(step), null);
    }
    return table.build(
        words.text("intensity.title"),
        words.text("intensity.description"),
        EstimateTables.provenance(words, sources));
  }

  /** One step of the report's scenario on the roofline. */
  record Step(String id, Text label, double intensity, double ridgePoint) {}

  /** Prefill, then the first decode step at each batch of the sweep (or the scenario's own). */
  static List<Step> steps(Words words, CostInputs.ScenarioInput report) {
    List<Integer> batches = new ArrayList<>(report.batchSweep());
    if (batches.isEmpty()) {
      batches.add(report.scenario().workload().batchSize());
    }
    List<Step> steps = new ArrayList<>();
    Intensity base = CostModel.intensity(report.scenario());
    steps.add(
        new Step(
            "prefill",
            words.text(
                "intensity.prefill", Map.of("tokens", report.scenario().workload().promptTokens())),
            base.prefill(),
            base.ridgePoint()));
    for (int batch : batches) {
      Intensity at = CostModel.intensity(report.scenario().withBatchSize(batch));
      steps.add(
          new Step(
              "decode-b" + batch,
              words.text("intensity.decode", Map.of("batch", batch)),
              at.firstDecodeStep(),
              at.ridgePoint()));
    }
    return steps;
  }

  private static Map<String, Value> fields(Step step) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("step", text(step.label()));
    fields.put("intensity", num(step.intensity()));
    fields.put("ridgePoint", num(step.ridgePoint()));
    fields.put(
        "bound",
        str(Codes.of(step.intensity() <= step.ridgePoint() ? Bound.MEMORY : Bound.COMPUTE)));
    return fields;
  }
}
