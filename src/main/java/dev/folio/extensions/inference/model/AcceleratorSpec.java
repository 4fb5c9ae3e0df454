package dev.folio.extensions.inference.model;

/**
 * One accelerator's figures, in SI units. The figures come from a data file loaded elsewhere;
 * {@link #fromDatasheet} converts the units datasheets use.
 *
 * @param id stable id, e.g. {@code "a100-80gb-sxm"}
 * @param densePeakFlops peak FLOP/s without structured sparsity
 * @param hbmBandwidth memory bandwidth, bytes/s
 * @param hbmCapacityBytes memory capacity, bytes
 * @param interconnectBandwidthPerDirection accelerator-to-accelerator bandwidth one way, bytes/s
 * @param linkLatencySeconds latency of one collective over the interconnect
 */
public record AcceleratorSpec(
    String id,
    double densePeakFlops,
    double hbmBandwidth,
    double hbmCapacityBytes,
    double interconnectBandwidthPerDirection,
    double linkLatencySeconds) {

  /** Typical latency of an NVLink all-reduce step, used when the data gives none. */
  public static final double DEFAULT_LINK_LATENCY_SECONDS = 8e-6;

  public AcceleratorSpec {
    Check.notBlank("id", id);
    Check.positive("densePeakFlops", densePeakFlops);
    Check.positive("hbmBandwidth", hbmBandwidth);
    Check.positive("hbmCapacityBytes", hbmCapacityBytes);
    Check.positive("interconnectBandwidthPerDirection", interconnectBandwidthPerDirection);
    Check.nonNegative("linkLatencySeconds", linkLatencySeconds);
  }

  /**
   * From datasheet units, with the default link latency.
   *
   * @param denseTflops dense peak, TFLOP/s (e.g. 312 for A100 BF16)
   * @param hbmGigabytesPerSecond memory bandwidth, GB/s (e.g. 2039)
   * @param hbmGigabytes memory capacity, GB of 10⁹ bytes (e.g. 80)
   * @param linkGigabytesPerSecond interconnect, GB/s counting both directions as datasheets do
   *     (e.g. 600 for A100 NVLink, which is 300 GB/s each way)
   */
  public static AcceleratorSpec fromDatasheet(
      String id,
      double denseTflops,
      double hbmGigabytesPerSecond,
      double hbmGigabytes,
      double linkGigabytesPerSecond) {
    Check.positive("denseTflops", denseTflops);
    Check.positive("hbmGigabytesPerSecond", hbmGigabytesPerSecond);
    Check.positive("hbmGigabytes", hbmGigabytes);
    Check.positive("linkGigabytesPerSecond", linkGigabytesPerSecond);
    return new AcceleratorSpec(
        id,
        denseTflops * 1e12,
        hbmGigabytesPerSecond * 1e9,
        hbmGigabytes * 1e9,
        linkGigabytesPerSecond * 1e9 / 2,
        DEFAULT_LINK_LATENCY_SECONDS);
  }

  double interconnectBandwidthBothDirections() {
    return 2 * interconnectBandwidthPerDirection;
  }
}
