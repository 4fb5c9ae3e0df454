package dev.folio.extensions.inference.model;

/** The figures of the report's cost table, in the order it prints them, with stable ids. */
public enum FigureKey {
  BYTES_PER_TOKEN("bytesPerToken"),
  MEMORY_TIME_PER_TOKEN("memoryTimePerToken"),
  COMPUTE_TIME_PER_TOKEN("computeTimePerToken"),
  PROMPT_TOKENS_PER_WEIGHT_LOAD("promptTokensPerWeightLoad"),
  WEIGHT_LOAD_TIME("weightLoadTime"),
  CRITICAL_INTENSITY("criticalIntensity"),
  REQUEST_TIME("requestTime"),
  /** Cost per request in US cents, from the report's own (published) request time. */
  COST_PER_REQUEST("costPerRequest"),
  /** The same printed cost, checked against the request time recomputed from the inputs. */
  COST_PER_REQUEST_FROM_RECOMPUTED_TIME("costPerRequestFromRecomputedTime");

  private final String id;

  FigureKey(String id) {
    this.id = id;
  }

  /** The stable id that data files, templates and tests use, e.g. {@code "requestTime"}. */
  public String id() {
    return id;
  }

  /** The key with this id; throws {@link InvalidCostInputException} for an unknown id. */
  public static FigureKey fromId(String id) {
    for (FigureKey key : values()) {
      if (key.id.equals(id)) {
        return key;
      }
    }
    throw new InvalidCostInputException(
        "figure", "figure must be one of " + knownIds() + ", was \"" + id + "\"");
  }

  private static String knownIds() {
    StringBuilder ids = new StringBuilder();
    for (FigureKey key : values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(key.id);
    }
    return ids.toString();
  }
}
