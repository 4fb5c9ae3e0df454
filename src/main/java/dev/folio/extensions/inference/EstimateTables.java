package dev.folio.extensions.inference;

import static dev.folio.extension.ComputedTable.num;
import static dev.folio.extension.ComputedTable.str;

import dev.folio.extension.ComputedTable;
import dev.folio.extensions.inference.model.Bound;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.Timing;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Source;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first-principles tables: {@code cost-estimates} (one row per scenario) and {@code
 * cost-batch-sweep} (one row per scenario and batch size of its sweep). A scenario that does not
 * fit in memory says so and has no time and no price.
 */
final class EstimateTables {
  static final String ESTIMATES = "cost-estimates";
  static final String SWEEP = "cost-batch-sweep";
  static final String FITS = "fits";
  static final String DOES_NOT_FIT = "doesNotFit";

  private EstimateTables() {}

  /** One scenario's result, as the tables need it. */
  record Result(CostInputs.ScenarioInput input, Estimate estimate) {}

  /** The tables the estimates are computed from, for their provenance. */
  record Sources(DataTable scenarios, DataTable models, DataTable accelerators) {}

  static DataTable estimates(Words words, Sources sources, List<Result> results) {
    ComputedTable table =
        columns(words, new ComputedTable(ESTIMATES, sources.scenarios().path()), sources);
    for (Result result : results) {
      table.row(
          result.input().id(),
          result.input().pos(),
          fields(result),
          note(words, result.estimate()));
    }
    return table.build(
        words.text("estimates.title"),
        words.text("estimates.description"),
        provenance(words, sources));
  }

  static DataTable sweep(Words words, Sources sources, List<Result> results) {
    ComputedTable table =
        columns(words, new ComputedTable(SWEEP, sources.scenarios().path()), sources);
    for (Result result : results) {
      int batch = result.estimate().scenario().workload().batchSize();
      table.row(
          result.input().id() + "-b" + batch,
          result.input().pos(),
          fields(result),
          note(words, result.estimate()));
    }
    return table.build(
        words.text("sweep.title"), words.text("sweep.description"), provenance(words, sources));
  }

  private static ComputedTable columns(Words words, ComputedTable table, Sources sources) {
    Text seconds = words.text("unit.seconds");
    Text usd = words.text("unit.usd");
    Text gb = words.text("unit.gb");
    return table
        .ref("scenario", words.text("estimates.column.scenario"), sources.scenarios().name())
        .number("batch", words.text("estimates.column.batch"), null, 6)
        .number("timePerToken", words.text("estimates.column.timePerToken"), seconds, 4)
        .number("requestTime", words.text("estimates.column.requestTime"), seconds, 5)
        .number(
            "tokensPerSecond",
            words.text("estimates.column.tokensPerSecond"),
            words.text("unit.tokensPerSecond"),
            4)
        .number("usdPerRequest", words.text("estimates.column.usdPerRequest"), usd, 5)
        .number("usdPerThousandTokens", words.text("estimates.column.usdPerThousandTokens"), usd, 5)
        .codes(
            "bound",
            words.text("estimates.column.bound"),
            words.codes("bound", Codes.of(Bound.MEMORY), Codes.of(Bound.COMPUTE)))
        .number("memoryNeeded", words.text("estimates.column.memoryNeeded"), gb, 4)
        .number("memoryAvailable", words.text("estimates.column.memoryAvailable"), gb, 4)
        .codes("fit", words.text("estimates.column.fit"), words.codes("fit", FITS, DOES_NOT_FIT));
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
      fields.put("bound", str(Codes.of(timing.decodeBound())));
    }
    fields.put("memoryNeeded", num(estimate.memory().requiredBytes() / 1e9));
    fields.put("memoryAvailable", num(estimate.memory().availableBytes() / 1e9));
    fields.put("fit", str(estimate.fits() ? FITS : DOES_NOT_FIT));
    return fields;
  }

  private static Text note(Words words, Estimate estimate) {
    if (estimate.fits()) {
      return null;
    }
    return words.text(
        "estimates.doesNotFit",
        Map.of(
            "needed", Words.Figure.upTo(estimate.memory().requiredBytes() / 1e9, 4),
            "available", Words.Figure.upTo(estimate.memory().availableBytes() / 1e9, 4),
            "count", estimate.scenario().deployment().acceleratorCount()));
  }

  static Provenance provenance(Words words, Sources sources) {
    return new Provenance(
        List.of(
            new Source(
                words.text(
                    "estimates.source",
                    Map.of(
                        "scenarios", Words.fileName(sources.scenarios()),
                        "models", Words.fileName(sources.models()),
                        "accelerators", Words.fileName(sources.accelerators()))),
                null,
                null)),
        sources.scenarios().provenance().asOf(),
        words.text("estimates.method"));
  }
}
