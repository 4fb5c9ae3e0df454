package dev.folio.compute;

import static dev.folio.compute.ComputedTable.num;
import static dev.folio.compute.ComputedTable.str;
import static dev.folio.compute.ComputedTable.text;

import dev.folio.compute.cost.Bound;
import dev.folio.compute.cost.CostModel;
import dev.folio.compute.cost.Intensity;
import dev.folio.model.DataTable;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code cost-intensity}: where the report's scenario sits on the roofline — prefill, and the
 * first decode step at each batch of its sweep — as FLOPs per byte beside the ridge point. The
 * roofline chart draws these as vertical marks.
 */
final class IntensityTable {
  static final String NAME = "cost-intensity";

  private IntensityTable() {}

  static DataTable of(DataTable scenarios, CostInputs.ScenarioInput report) {
    ComputedTable table = new ComputedTable(NAME, scenarios.path())
        .text("step", new Text("步骤", "Step"))
        .number("intensity", new Text("算术强度", "Arithmetic intensity"),
            new Text("FLOP/字节", "FLOP/byte"), 3)
        .number("ridgePoint", new Text("部署的有效拐点", "Effective ridge point of the deployment"),
            new Text("FLOP/字节", "FLOP/byte"), 3)
        .codes("bound", new Text("受限于", "Bound by"), Labels.BOUNDS);
    List<Integer> batches = new ArrayList<>(report.batchSweep());
    if (batches.isEmpty()) {
      batches.add(report.scenario().workload().batchSize());
    }
    Intensity base = CostModel.intensity(report.scenario());
    table.row("prefill", report.pos(), fields(new Text("预填充（输入 "
        + report.scenario().workload().promptTokens() + " 个 token）", "Prefill ("
        + report.scenario().workload().promptTokens() + " prompt tokens)"),
        base.prefill(), base.ridgePoint()), null);
    for (int batch : batches) {
      Intensity at = CostModel.intensity(report.scenario().withBatchSize(batch));
      table.row("decode-b" + batch, report.pos(), fields(new Text("解码，批量 " + batch,
          "Decode, batch " + batch), at.firstDecodeStep(), at.ridgePoint()), null);
    }
    return table.build(
        new Text("报告场景的算术强度", "Arithmetic intensity of the report's scenario"),
        new Text("每读写一字节所做的浮点运算。低于拐点（有效算力 ÷ 有效带宽）的步骤受显存带宽限制："
            + "逐个生成 token 的解码即使批量较大也远低于拐点，一次处理整段输入的预填充则高于拐点。",
            "Floating-point operations per byte moved. A step below the ridge point (effective"
                + " compute ÷ effective bandwidth) is bound by memory bandwidth: decoding one token"
                + " at a time stays far below it even at larger batches, while prefill, which"
                + " processes the whole prompt at once, lies above it."),
        EstimateTables.provenance(scenarios));
  }

  private static Map<String, Value> fields(Text step, double intensity, double ridgePoint) {
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("step", text(step));
    fields.put("intensity", num(intensity));
    fields.put("ridgePoint", num(ridgePoint));
    fields.put("bound", str(Labels.code(intensity <= ridgePoint ? Bound.MEMORY : Bound.COMPUTE)));
    return fields;
  }
}
