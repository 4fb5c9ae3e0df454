package dev.folio.extensions.inference.model;

/**
 * What one batch of requests asks for.
 *
 * @param batchSize B, sequences decoded together
 * @param promptTokens n_in per sequence, 0 or more
 * @param outputTokens n_out per sequence, 1 to {@link #MAX_OUTPUT_TOKENS}
 */
public record Workload(int batchSize, int promptTokens, int outputTokens) {

  /** Decode time is an exact sum over steps; this cap bounds its running time in a browser. */
  public static final int MAX_OUTPUT_TOKENS = 10_000_000;

  public Workload {
    Check.atLeast("batchSize", batchSize, 1);
    Check.atLeast("promptTokens", promptTokens, 0);
    Check.between("outputTokens", outputTokens, 1, MAX_OUTPUT_TOKENS);
  }

  public Workload withBatchSize(int batchSize) {
    return new Workload(batchSize, promptTokens, outputTokens);
  }
}
