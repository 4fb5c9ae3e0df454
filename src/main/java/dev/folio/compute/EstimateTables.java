package dev.folio.compute;

import static dev.folio.compute.ComputedTable.num;
import static dev.folio.compute.ComputedTable.str;

import dev.folio.compute.cost.Estimate;
import dev.folio.compute.cost.Timing;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-principles tables: {@code cost-estimates} (one row per scenario) and
 * {@code cost-batch-sweep} (one row per scenario and batch size of its sweep). A scenario that
 * does not fit in memory says so and has no time and no price.
 */
final class EstimateTables {
  static final String ESTIMATES = "cost-estimates";
  static final String SWEEP = "cost-batch-sweep";

  private EstimateTables() {}

  /** One scenario's result, as the tables need it. */
  record Result(CostInputs.ScenarioInput input, Estimate estimate) {}

  static DataTable estimates(DataTable scenarios, List<Result> results) {
    ComputedTable table = columns(new ComputedTable(ESTIMATES, scenarios.path()));
    for (Result result : results) {
      table.row(result.input().id(), result.input().pos(), fields(result), note(result.estimate()));
    }
    return table.build(
        new Text("按第一性原理估算的推理成本", "First-principles inference cost"),
        new Text("每个场景一行：屋顶线模型给出的单个 token 时间、单次请求时间、输出速度、每次请求与每千个输出 token "
            + "的成本、解码阶段主要受什么限制，以及权重和 KV 缓存能否放进显存。放不下的场景不计价。",
            "One row per scenario: the roofline model's time per token, time per request, output"
                + " speed, cost per request and per 1,000 output tokens, what mostly limits"
                + " decoding, and whether the weights and KV cache fit in memory. A scenario that"
                + " does not fit is not priced."),
        provenance(scenarios));
  }

  static DataTable sweep(DataTable scenarios, List<Result> results) {
    ComputedTable table = columns(new ComputedTable(SWEEP, scenarios.path()));
    for (Result result : results) {
      int batch = result.estimate().scenario().workload().batchSize();
      table.row(result.input().id() + "-b" + batch, result.input().pos(), fields(result),
          note(result.estimate()));
    }
    return table.build(
        new Text("批量扫描", "Batch sweep"),
        new Text("同一场景按不同批量计算。批量越大，权重每读一遍服务的序列越多；每次请求的成本是整批成本按序列平均。"
            + "KV 缓存随批量增长，放不下的批量不计价。",
            "Each scenario at several batch sizes. A larger batch serves more sequences per pass"
                + " over the weights; the cost per request is the batch's cost shared among its"
                + " sequences. The KV cache grows with the batch; a batch that does not fit is not"
                + " priced."),
        provenance(scenarios));
  }

  private static ComputedTable columns(ComputedTable table) {
    return table.ref("scenario", new Text("场景", "Scenario"), CostInputs.SCENARIOS)
        .number("batch", new Text("批量", "Batch"), null, 6)
        .number("timePerToken", new Text("每个 token 的时间（首个解码步）",
            "Time per token (first decode step)"), Labels.SECONDS, 4)
        .number("requestTime", new Text("单次请求时间", "Time per request"), Labels.SECONDS, 5)
        .number("tokensPerSecond", new Text("输出速度", "Output speed"), Labels.TOKENS_PER_SECOND, 4)
        .number("usdPerRequest", new Text("每次请求成本", "Cost per request"), Labels.USD, 5)
        .number("usdPerThousandTokens", new Text("每千个输出 token 成本",
            "Cost per 1,000 output tokens"), Labels.USD, 5)
        .codes("bound", new Text("解码主要受限于", "Decoding mostly bound by"), Labels.BOUNDS)
        .number("memoryNeeded", new Text("所需显存", "Memory needed"), Labels.GB, 4)
        .number("memoryAvailable", new Text("可用显存", "Memory available"), Labels.GB, 4)
        .codes("fit", new Text("能否放下", "Fits in memory"), Labels.FIT);
  }

  private static Map<String, Value> fields(Result result) {
    Estimate estimate = result.estimate();
    Map<String, Value> fields = new LinkedHashMap<>();
    fields.put("scenario", str(result.input().id()));
    fields.put("batch", num(estimate.scenario().workload().batchSize()));
    if (estimate instanceof Estimate.Priced priced) {
      Timing timing = priced.timing();
      fields.put("timePerToken", num(timing.firstDecodeStepSeconds()));
      fields.put("requestTime", num(timing.requestSeconds()));
      fields.put("tokensPerSecond", num(timing.outputTokensPerSecond()));
      fields.put("usdPerRequest", num(priced.cost().usdPerRequest()));
      fields.put("usdPerThousandTokens", num(priced.cost().usdPerThousandOutputTokens()));
      fields.put("bound", str(Labels.code(timing.decodeBound())));
    }
    fields.put("memoryNeeded", num(estimate.memory().requiredBytes() / 1e9));
    fields.put("memoryAvailable", num(estimate.memory().availableBytes() / 1e9));
    fields.put("fit", str(estimate.fits() ? Labels.FITS : Labels.DOES_NOT_FIT));
    return fields;
  }

  private static Text note(Estimate estimate) {
    if (estimate.fits()) {
      return null;
    }
    String needed = gigabytes(estimate.memory().requiredBytes());
    String available = gigabytes(estimate.memory().availableBytes());
    int count = estimate.scenario().deployment().acceleratorCount();
    return new Text("权重与 KV 缓存共需 " + needed + " GB，超过 " + count + " 块加速器共 " + available
        + " GB 的显存，因此不计价。", "The weights and KV cache need " + needed + " GB, more than the "
        + available + " GB of memory of " + count + " accelerators, so the scenario is not priced.");
  }

  private static String gigabytes(double bytes) {
    return BigDecimal.valueOf(bytes / 1e9).round(new MathContext(4)).stripTrailingZeros()
        .toPlainString();
  }

  static Provenance provenance(DataTable scenarios) {
    return new Provenance(List.of(new Source(new Text(
        "Folio 成本模型，依据 cost-scenarios.yaml、llm-specs.yaml 与 accelerators.yaml 按屋顶线模型计算",
        "Computed by Folio's cost model from cost-scenarios.yaml, llm-specs.yaml and"
            + " accelerators.yaml, with a roofline model"), null, null)),
        scenarios.provenance().asOf(),
        new Text("公式与所依据的公开资料见“成本模型的方法与公式”一页。",
            "The formulas and the public references they follow are on the page “Cost model: method and formulas”."));
  }
}
