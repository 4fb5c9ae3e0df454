package dev.folio.extensions.inference.model;

/**
 * How long one batch takes, and what limits it.
 *
 * @param prefillSeconds processing the prompts: max(compute, memory) + communication
 * @param firstDecodeStepSeconds step(n_in), the first generated token's step
 * @param decodeSeconds Σ step(n_in + i) for i = 0 … n_out − 1, summed step by step
 * @param requestSeconds prefill + decode
 * @param outputTokensPerSecond B · n_out / decode
 * @param prefillBound what limits prefill
 * @param firstDecodeStepBound what limits the first decode step
 * @param lastDecodeStepBound what limits the last decode step (the KV cache is largest there)
 * @param decodeSteps n_out
 * @param memoryBoundDecodeSteps how many of the decode steps are memory-bound
 */
public record Timing(
    double prefillSeconds,
    double firstDecodeStepSeconds,
    double decodeSeconds,
    double requestSeconds,
    double outputTokensPerSecond,
    Bound prefillBound,
    Bound firstDecodeStepBound,
    Bound lastDecodeStepBound,
    int decodeSteps,
    int memoryBoundDecodeSteps) {

  /** What limits most decode steps; a tie counts as memory-bound, as a single step's does. */
  public Bound decodeBound() {
    return 2 * memoryBoundDecodeSteps >= decodeSteps ? Bound.MEMORY : Bound.COMPUTE;
  }
}
