package dev.folio.extensions.inference;

import dev.folio.extension.Contribution;
import dev.folio.extension.Extension;
import dev.folio.extension.Input;
import dev.folio.extension.Input.Field;
import dev.folio.extension.Input.Type;
import dev.folio.extension.Inputs;
import dev.folio.extension.InputsLoader;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.InvalidCostInputException;
import dev.folio.extensions.inference.model.Reproduction;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code inference-cost}: the report's LLM inference cost model. It recomputes the published cost
 * table by the report's own method (with a verdict on every printed figure and a check of its
 * hardware figures), estimates every scenario from first principles with a roofline model (with
 * batch sweeps, arithmetic intensity and rooflines), and adds the live calculator ({@code
 * ```calculator}) and {@code folio cost}.
 */
public final class InferenceCostExtension implements Extension {
  public static final String NAME = "inference-cost";
  static final String ACCELERATORS = "accelerators";
  static final String MODELS = "models";
  static final String SCENARIOS = "scenarios";
  static final String PUBLISHED = "published";
  static final String REPORT_SCENARIO = "reportScenario";
  static final String IMPLIED_BYTES = "impliedBytesPerParameter";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Input> inputs() {
    return List.of(
        Input.table(
            ACCELERATORS,
            true,
            "the accelerators, in their datasheets' units",
            Field.required("name", Type.WORD),
            Field.required("denseBf16Tflops", Type.NUMBER),
            Field.required("sparseBf16Tflops", Type.NUMBER),
            Field.required("hbmGBps", Type.NUMBER),
            Field.required("hbmGB", Type.NUMBER),
            Field.required("linkGBps", Type.NUMBER)),
        Input.table(
            MODELS,
            true,
            "the model shapes",
            Field.required("name", Type.TEXT),
            Field.required("layers", Type.WHOLE),
            Field.required("hiddenSize", Type.WHOLE),
            Field.required("heads", Type.WHOLE),
            Field.required("kvHeads", Type.WHOLE),
            Field.optional("vocabulary", Type.WHOLE),
            Field.optional("parameters", Type.NUMBER)),
        Input.table(
            SCENARIOS,
            true,
            "the scenarios to estimate",
            Field.required("label", Type.TEXT),
            Field.required("model", Type.WORD),
            Field.required("accelerator", Type.WORD),
            Field.required("gpus", Type.WHOLE),
            Field.required("bytesPerParam", Type.NUMBER),
            Field.required("batch", Type.WHOLE),
            Field.required("promptTokens", Type.WHOLE),
            Field.required("outputTokens", Type.WHOLE),
            Field.required("utilization", Type.NUMBER),
            Field.required("bandwidthEfficiency", Type.NUMBER),
            Field.required("usdPerHour", Type.NUMBER),
            Field.optional("batchSweep", Type.WORD)),
        Input.table(
            PUBLISHED,
            false,
            "the report's published cost table, to recompute by its" + " own method",
            Field.required("label", Type.TEXT),
            Field.required("publishedAs", Type.WORD),
            Field.required("value", Type.NUMBER)),
        Input.word(
            REPORT_SCENARIO,
            false,
            "the scenario that stands for the report's own: its"
                + " server is the published table's, the calculator starts from it, and its"
                + " arithmetic intensity is tabled"),
        Input.number(
            IMPLIED_BYTES,
            false,
            "the bytes per parameter the published table's byte"
                + " count implies (the report's: 1.5)"));
  }

  @Override
  public String stringsFolder() {
    return "/dev/folio/extensions/inference/i18n";
  }

  @Override
  public String templatesFolder() {
    return "/dev/folio/extensions/inference/templates";
  }

  @Override
  public List<String> embeds() {
    return List.of(CalculatorEmbed.NAME);
  }

  /** Reads every input the way compute will, and evaluates every scenario and batch. */
  @Override
  public void check(Inputs inputs, Problems problems) {
    CostInputs costs = CostInputs.read(inputs, problems);
    for (CostInputs.ScenarioInput scenario : costs.scenarios().values()) {
      try {
        CostModel.estimate(scenario.scenario());
        CostModel.sweepBatches(scenario.scenario(), scenario.batchSweep());
      } catch (InvalidCostInputException e) {
        problems.add(
            scenario.pos(),
            "the cost model cannot evaluate scenario \"" + scenario.id() + "\": " + e.getMessage(),
            "make the scenario's numbers less extreme");
      }
    }
    costs
        .published()
        .ifPresent(
            published -> {
              try {
                CostModel.reproduce(published.table(), published.server());
              } catch (InvalidCostInputException e) {
                problems.add(
                    inputs.pos(PUBLISHED),
                    "the cost model cannot recompute the published" + " table: " + e.getMessage(),
                    "check the table's inputs");
              }
            });
  }

  @Override
  public Contribution compute(Inputs inputs) {
    Problems none = new Problems();
    CostInputs costs = CostInputs.read(inputs, none);
    if (!none.isEmpty()) {
      throw new IllegalStateException("inputs changed between check and compute");
    }
    Words words = new Words(inputs);
    DataTable accelerators = inputs.table(ACCELERATORS);
    EstimateTables.Sources sources =
        new EstimateTables.Sources(inputs.table(SCENARIOS), inputs.table(MODELS), accelerators);
    List<DataTable> tables = new ArrayList<>();
    costs
        .published()
        .ifPresent(
            published -> {
              Reproduction reproduction =
                  CostModel.reproduce(published.table(), published.server());
              tables.add(
                  ReproductionTable.of(
                      words, published, reproduction, sources.scenarios(), accelerators));
              tables.add(
                  HardwareCheckTable.of(words, published, reproduction.hardware(), accelerators));
            });
    List<EstimateTables.Result> estimates = new ArrayList<>();
    List<EstimateTables.Result> sweep = new ArrayList<>();
    for (CostInputs.ScenarioInput input : costs.scenarios().values()) {
      estimates.add(new EstimateTables.Result(input, CostModel.estimate(input.scenario())));
      for (Estimate estimate : CostModel.sweepBatches(input.scenario(), input.batchSweep())) {
        sweep.add(new EstimateTables.Result(input, estimate));
      }
    }
    tables.add(EstimateTables.estimates(words, sources, estimates));
    if (!sweep.isEmpty()) {
      tables.add(EstimateTables.sweep(words, sources, sweep));
    }
    List<IntensityTable.Step> steps =
        costs.reportScenario().map(report -> IntensityTable.steps(words, report)).orElse(List.of());
    costs
        .reportScenario()
        .ifPresent(report -> tables.add(IntensityTable.of(words, sources, report)));
    tables.add(RooflineTable.of(words, costs.accelerators().values(), steps, accelerators));
    return new Contribution(tables, List.of(new CalculatorEmbed(costs)));
  }

  @Override
  public List<Object> commands(InputsLoader loader) {
    return List.of(new CostCommand(loader));
  }
}
