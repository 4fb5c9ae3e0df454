package dev.folio.extensions.inference.model;

/**
 * An estimate as named fields — the one list of result names shared by the command line's JSON and
 * the live calculator in the browser. Bounds are written {@code "memory"} or {@code "compute"}; a
 * scenario that does not fit gets no timing and no price.
 */
public final class EstimateFields {
  /** Where the fields go: a JSON map, a JavaScript object. */
  public interface Sink {
    void number(String name, double value);

    void text(String name, String value);

    void flag(String name, boolean value);
  }

  private EstimateFields() {}

  public static void write(Estimate estimate, Sink out) {
    out.flag("fits", estimate.fits());
    out.number("parameters", estimate.footprint().parameters());
    out.number("weightBytes", estimate.footprint().weightBytes());
    out.number("kvBytesPerToken", estimate.footprint().kvBytesPerToken());
    out.number("effectiveFlops", estimate.roofline().effectiveFlops());
    out.number("effectiveBandwidth", estimate.roofline().effectiveBandwidth());
    out.number("ridgePoint", estimate.roofline().ridgePoint());
    out.number("criticalBatch", estimate.roofline().criticalBatch());
    out.number("requiredBytes", estimate.memory().requiredBytes());
    out.number("availableBytes", estimate.memory().availableBytes());
    if (estimate instanceof Estimate.Priced priced) {
      Timing timing = priced.timing();
      out.number("prefillSeconds", timing.prefillSeconds());
      out.number("firstDecodeStepSeconds", timing.firstDecodeStepSeconds());
      out.number("meanDecodeStepSeconds", timing.decodeSeconds() / timing.decodeSteps());
      out.number("decodeSeconds", timing.decodeSeconds());
      out.number("requestSeconds", timing.requestSeconds());
      out.number("outputTokensPerSecond", timing.outputTokensPerSecond());
      out.number("usdPerRequest", priced.cost().usdPerRequest());
      out.number("usdPerThousandOutputTokens", priced.cost().usdPerThousandOutputTokens());
      out.number("decodeSteps", timing.decodeSteps());
      out.number("memoryBoundDecodeSteps", timing.memoryBoundDecodeSteps());
      out.text("prefillBound", code(timing.prefillBound()));
      out.text("firstDecodeStepBound", code(timing.firstDecodeStepBound()));
      out.text("lastDecodeStepBound", code(timing.lastDecodeStepBound()));
      out.text("decodeBound", code(timing.decodeBound()));
    }
  }

  private static String code(Bound bound) {
    return bound == Bound.MEMORY ? "memory" : "compute";
  }
}
