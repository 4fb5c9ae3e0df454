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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One scenario's inputs and results for the {@code cost} command, as JSON (camelCase keys, numbers
 * unrounded) or as an aligned plain-text table (numbers to five significant digits). Both print the
 * same document, so the two formats never disagree.
 *
 * @param reproduction the report's table recomputed by its own method, for its own scenario only
 */
public record CostReport(
    String scenarioId, String modelId, Estimate estimate, Optional<Reproduction> reproduction) {
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final int LABEL_WIDTH = 28;

  public String json() {
    return JSON.writeValueAsString(document()) + "\n";
  }

  public String table() {
    StringBuilder text = new StringBuilder();
    document().forEach((key, value) -> section(text, key, value));
    return text.toString();
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

  private static void section(StringBuilder text, String key, Object value) {
    if (value instanceof Map<?, ?> map) {
      text.append('\n').append(key).append('\n');
      map.forEach((k, v) -> section(text, "  " + k, v));
    } else if (value instanceof List<?> list) {
      text.append(key).append('\n');
      list.forEach(item -> text.append("    ").append(line((Map<?, ?>) item)).append('\n'));
    } else {
      text.append(pad(key)).append(shown(value)).append('\n');
    }
  }

  /** A list item on one line: its id, then each other field as "name value". */
  private static String line(Map<?, ?> item) {
    StringBuilder line = new StringBuilder();
    item.forEach(
        (k, v) -> {
          if ("id".equals(k)) {
            line.append(pad(String.valueOf(v)));
          } else if (!String.valueOf(k).endsWith("ormula")) {
            line.append(k).append(' ').append(shown(v)).append("  ");
          }
        });
    return line.toString().stripTrailing();
  }

  private static String pad(String label) {
    return label.length() >= LABEL_WIDTH
        ? label + " "
        : label + " ".repeat(LABEL_WIDTH - label.length());
  }

  private static String shown(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Double number) {
      return significant(number);
    }
    return String.valueOf(value);
  }

  /** Five significant digits; powers of ten beyond a million, as 3.4789e11. */
  private static String significant(double value) {
    if (value != 0 && (Math.abs(value) >= 1e6 || Math.abs(value) < 1e-4)) {
      return String.format(Locale.ROOT, "%.4e", value)
          .replaceFirst("\\.?0+e", "e")
          .replace("e+0", "e")
          .replace("e+", "e")
          .replace("e-0", "e-");
    }
    return BigDecimal.valueOf(value).round(new MathContext(5)).stripTrailingZeros().toPlainString();
  }

  private static String gigabytes(double bytes) {
    return BigDecimal.valueOf(bytes / 1e9)
        .round(new MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
