package dev.folio.compute;

import static dev.folio.compute.ComputedTable.num;
import static dev.folio.compute.ComputedTable.str;

import dev.folio.compute.cost.HardwareCheck;
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

  private HardwareCheckTable() {}

  static DataTable of(CostInputs.PublishedInput input, HardwareCheck check) {
    DataTable source = input.source();
    ComputedTable table = new ComputedTable(NAME, source.path())
        .codes("quantity", new Text("数据手册中的量", "Datasheet quantity"), Labels.QUANTITIES)
        .ref("comparedWith", new Text("对照报告的", "Compared with the report's"), source.name())
        .text("derivation", new Text("服务器合计", "Server total from"))
        .number("serverTotal", new Text("合计", "Total"), null, 4)
        .number("published", new Text("报告原值", "As printed"), null, 4)
        .text("unit", new Text("单位", "Unit"))
        .codes("match", new Text("是否相符", "Match"), Labels.MATCH)
        .percent("difference", new Text("合计与原值之差", "Total vs printed"), 3);
    for (HardwareCheck.Reading reading : check.readings()) {
      Row published = source.row(publishedRowId(reading.quantity())).orElseThrow();
      table.row(reading.quantity().id(), published.pos(), fields(check, reading, published), null);
    }
    return table.build(
        new Text("报告的硬件数字对应的是什么", "What the report's hardware figures measure"),
        new Text("把报告所写服务器（" + check.acceleratorCount() + " 块加速器）的数据手册数字逐项合计，"
            + "与报告的算力和带宽比较；相差不超过 1% 即为相符。",
            "The datasheet quantities of the server the report names (" + check.acceleratorCount()
                + " accelerators), totalled and compared with the report's compute and bandwidth;"
                + " within 1% is a match."),
        new Provenance(List.of(new Source(new Text(
            "Folio 成本模型，依据 accelerators.yaml（厂商数据手册）与 cost-published.yaml 计算",
            "Computed by Folio's cost model from accelerators.yaml (the vendors' datasheets) and"
                + " cost-published.yaml"), null, null)),
            source.provenance().asOf(), null));
  }

  private static String publishedRowId(HardwareCheck.Quantity quantity) {
    return quantity.comparedWith().equals("serverPeakPetaflops") ? "peakPetaflops" : "bandwidthTBps";
  }

  private static Map<String, Value> fields(HardwareCheck check, HardwareCheck.Reading reading,
      Row published) {
    boolean flops = reading.quantity().comparedWith().equals("serverPeakPetaflops");
    double unit = flops ? 1e15 : 1e12;
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("quantity", str(reading.quantity().id()));
    fields.put("comparedWith", str(published.id()));
    fields.put("derivation", str(check.acceleratorCount() + " × "
        + plain(reading.perAccelerator() / (flops ? 1e12 : 1e9)) + (flops ? " TFLOP/s" : " GB/s")));
    fields.put("serverTotal", num(reading.serverTotal() / unit));
    fields.put("published", published.value("value").orElseThrow());
    fields.put("unit", str(flops ? "PFLOP/s" : "TB/s"));
    fields.put("match", str(reading.matchesPublished() ? Labels.MATCHES : Labels.DIFFERS));
    fields.put("difference", num(reading.relativeDifference()));
    return fields;
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
