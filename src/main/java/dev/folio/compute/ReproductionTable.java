package dev.folio.compute;

import static dev.folio.compute.ComputedTable.num;
import static dev.folio.compute.ComputedTable.str;
import static dev.folio.compute.ComputedTable.text;

import dev.folio.compute.cost.Figure;
import dev.folio.compute.cost.FigureKey;
import dev.folio.compute.cost.Recomputation;
import dev.folio.compute.cost.Reproduction;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code cost-reproduction}: each printed figure beside its recomputation and verdict. */
final class ReproductionTable {
  static final String NAME = "cost-reproduction";

  private ReproductionTable() {}

  static DataTable of(CostInputs.PublishedInput input, Reproduction reproduction) {
    DataTable source = input.source();
    ComputedTable table = new ComputedTable(NAME, source.path())
        .text("figure", new Text("项目", "Figure"))
        .text("published", new Text("报告原值", "As printed"))
        .text("formula", new Text("公式", "Formula"))
        .number("recomputed", new Text("由表内输入重算", "Recomputed from the table's inputs"),
            null, 4)
        .codes("verdict", new Text("结论", "Verdict"), Labels.VERDICTS)
        .percent("difference", new Text("重算与原值之差", "Recomputed vs printed"), 2);
    for (Figure figure : reproduction.figures()) {
      Row printed = source.row(publishedRowId(figure.key())).orElseThrow();
      table.row(figure.key().id(), printed.pos(), fields(figure, printed), note(figure));
    }
    return table.build(
        new Text("成本测算表的重算（按报告自己的方法）",
            "The cost table recomputed by the report's own method"),
        new Text("报告的每个推算值：原值、公式、由表内输入重算的值和结论。重算值按报告印出的有效数字取整后，"
            + "与原值相差不超过 1% 即为“可复现”；差值按未取整的重算值计算。",
            "Each derived figure of the report: as printed, the formula, the value recomputed from"
                + " the table's own inputs, and the verdict. A figure is reproduced when the"
                + " recomputation, rounded to the digits the report printed, lies within 1% of it;"
                + " the difference is that of the unrounded recomputation."),
        new Provenance(List.of(new Source(new Text(
            "Folio 成本模型，依据 cost-published.yaml（报告原表）、cost-scenarios.yaml 与 accelerators.yaml 计算",
            "Computed by Folio's cost model from cost-published.yaml (the report's table),"
                + " cost-scenarios.yaml and accelerators.yaml"), null, null)),
            source.provenance().asOf(),
            new Text("符号：L 层数，h Hidden Size，b = 1.5 每参数字节（报告的字节数所隐含），M 每个 token 读取的字节，"
                + "F 服务器算力，u 算力利用率，BW 服务器“带宽”，loss 带宽损耗，n_out 每次回答的 token 数，"
                + "price 服务器每小时价格，N 加速器数，HBM 每块加速器的显存带宽。",
                "Symbols: L layers, h hidden size, b = 1.5 bytes per parameter (implied by the"
                    + " report's byte count), M bytes read per token, F the server's compute, u FLOP"
                    + " utilisation, BW the server's “bandwidth”, loss the bandwidth loss, n_out"
                    + " tokens per answer, price the server's price per hour, N accelerators, HBM"
                    + " one accelerator's memory bandwidth.")));
  }

  /** The cost-published row a figure is printed in; both cost figures check the same one. */
  static String publishedRowId(FigureKey key) {
    return switch (key) {
      case COST_PER_REQUEST, COST_PER_REQUEST_FROM_RECOMPUTED_TIME -> "costPerRequestCents";
      default -> key.id();
    };
  }

  private static Map<String, Value> fields(Figure figure, Row printed) {
    Map<String, Value> fields = new LinkedHashMap<>();
    Text label = printed.text("label");
    fields.put("figure", text(figure.key() == FigureKey.COST_PER_REQUEST_FROM_RECOMPUTED_TIME
        ? label.append(Labels.FROM_RECOMPUTED_TIME) : label));
    fields.put("published", str(printed.string("publishedAs")));
    figure.recomputation().ifPresent(r -> {
      fields.put("formula", str(r.formula()));
      fields.put("recomputed", num(r.value()));
    });
    fields.put("verdict", str(Labels.code(figure.verdict())));
    figure.recomputation().ifPresent(r -> fields.put("difference", num(r.relativeDifference())));
    return fields;
  }

  /** A figure no formula gives: name the closest candidate, and say it is not the report's. */
  private static Text note(Figure figure) {
    if (figure.closestCandidate().isEmpty()) {
      return null;
    }
    Recomputation closest = figure.closestCandidate().get();
    String value = BigDecimal.valueOf(closest.value()).round(new MathContext(3)).toPlainString();
    String difference = BigDecimal.valueOf(closest.relativeDifference() * 100)
        .round(new MathContext(2)).toPlainString();
    return new Text("无法由表内输入推出。最接近的算法是 " + closest.formula() + " = " + value
        + "（与原值差 " + difference + "%），用到表外的显存带宽，并非报告的方法。",
        "No formula from the table's inputs gives it. The closest is " + closest.formula() + " = "
            + value + " (" + difference + "% from the printed figure), which uses the memory"
            + " bandwidth from outside the table and is not the report's method.");
  }
}
