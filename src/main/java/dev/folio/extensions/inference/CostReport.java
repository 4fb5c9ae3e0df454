package dev.folio.extensions.inference;

import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.EstimateFields;
import dev.folio.extensions.inference.model.Figure;
import dev.folio.extensions.inference.model.HardwareCheck;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.Reproduction;
import dev.folio.extensions.inference.model.Scenario;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario's inputs and results for the {@code cost} command: its {@link #document()}, printed
 * as JSON (camelCase keys, numbers unrounded) or, by {@link CostTable}, as a table in one language.
 * Both print the same document, so the two formats never disagree.
 *
 * @param reproduction the report's table recomputed by its own method, for its own scenario only
 */
public record CostReport(
    String scenarioId, String modelId, Estimate estimate, Optional<Reproduction> reproduction) {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  public String json() {
    return JSON.writeValueAsString(document()) + "\n";
  }

  /**
   * Why the scenario cannot run, for a scenario that does not fit: what does not fit in what,
   * "weights 347.9 GB + KV cache 430 GB = 777.9 GB > 640 GB of memory (8 × a100-80gb-sxm)".
   */
  public String doesNotFitReason() {
    double weights = estimate.footprint().weightBytes();
    double required = estimate.memory().requiredBytes();
    return "weights "
        + gigabytes(weights)
        + " GB + KV cache "
        + gigabytes(required - weights)
        + " GB = "
        + gigabytes(required)
        + " GB > "
        + gigabytes(estimate.memory().availableBytes())
        + " GB of memory ("
        + estimate.scenario().deployment().acceleratorCount()
        + " × "
        + estimate.scenario().deployment().accelerator().id()
        + ")";
  }

  /** Everything the command prints, in order. */
  public Map<String, Object> document() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("scenario", scenarioId);
    document.put("inputs", inputs(estimate.scenario()));
    document.put("firstPrinciples", firstPrinciples());
    reproduction.ifPresent(r -> document.put("asPublished", asPublished(r)));
    return document;
  }

  private Map<String, Object> inputs(Scenario scenario) {
    ModelShape model = scenario.model();
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("model", modelId);
    inputs.put("layers", model.layers());
    inputs.put("hiddenSize", model.hiddenSize());
    inputs.put("vocabularySize", model.vocabularySize());
    inputs.put(
        "parameterCount",
        model.parameterCount().isPresent() ? model.parameterCount().getAsDouble() : null);
    inputs.put("kvHeadRatio", model.kvHeadRatio());
    inputs.put("bytesPerParameter", scenario.precision().bytesPerParameter());
    inputs.put("kvBytesPerElement", scenario.precision().kvBytesPerElement());
    inputs.put("activationBytesPerElement", scenario.precision().activationBytesPerElement());
    inputs.put("batchSize", scenario.workload().batchSize());
    inputs.put("promptTokens", scenario.workload().promptTokens());
    inputs.put("outputTokens", scenario.workload().outputTokens());
    inputs.put("accelerator", scenario.deployment().accelerator().id());
    inputs.put("acceleratorCount", scenario.deployment().acceleratorCount());
    inputs.put("utilization", scenario.deployment().utilisation());
    inputs.put("bandwidthEfficiency", scenario.deployment().bandwidthEfficiency());
    inputs.put("usdPerHour", scenario.deployment().usdPerHour());
    return inputs;
  }

  /** The estimate's fields, as the live calculator names them; whole numbers stay whole. */
  private Map<String, Object> firstPrinciples() {
    Map<String, Object> results = new LinkedHashMap<>();
    EstimateFields.write(
        estimate,
        new EstimateFields.Sink() {
          @Override
          public void number(String name, double value) {
            boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53;
            results.put(name, whole ? (Object) (long) value : (Object) value);
          }

          @Override
          public void text(String name, String value) {
            results.put(name, value);
          }

          @Override
          public void flag(String name, boolean value) {
            results.put(name, value);
          }
        });
    return results;
  }

  private static Map<String, Object> asPublished(Reproduction reproduction) {
    Map<String, Object> published = new LinkedHashMap<>();
    published.put("parameters", reproduction.parameters());
    published.put("figures", reproduction.figures().stream().map(CostReport::figure).toList());
    published.put(
        "hardwareCheck",
        reproduction.hardware().readings().stream().map(CostReport::reading).toList());
    return published;
  }

  private static Map<String, Object> figure(Figure figure) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", figure.key().id());
    json.put("published", figure.published().text());
    json.put("verdict", Codes.of(figure.verdict()));
    figure
        .recomputation()
        .ifPresent(
            r -> {
              json.put("recomputed", r.value());
              json.put("relativeDifference", r.relativeDifference());
              json.put("formula", r.formula());
            });
    figure
        .closestCandidate()
        .ifPresent(
            c -> {
              json.put("closestCandidate", c.value());
              json.put("closestCandidateFormula", c.formula());
            });
    return json;
  }

  private static Map<String, Object> reading(HardwareCheck.Reading reading) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", reading.quantity().id());
    json.put("perAccelerator", reading.perAccelerator());
    json.put("serverTotal", reading.serverTotal());
    json.put("published", reading.published());
    json.put("relativeDifference", reading.relativeDifference());
    json.put("matchesPublished", reading.matchesPublished());
    return json;
  }

  private static String gigabytes(double bytes) {
    return BigDecimal.valueOf(bytes / 1e9)
        .round(new MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
