package dev.folio.extensions.inference.model;

/**
 * The accelerators serving the model (tensor-parallel over all of them) and what they cost.
 *
 * @param accelerator one accelerator's figures
 * @param acceleratorCount N
 * @param utilisation u, the share of dense peak FLOP/s achieved, in (0, 1]
 * @param bandwidthEfficiency η, the share of HBM bandwidth achieved, in (0, 1]
 * @param usdPerHour price of all N accelerators together, US dollars per hour
 */
public record Deployment(
    AcceleratorSpec accelerator,
    int acceleratorCount,
    double utilisation,
    double bandwidthEfficiency,
    double usdPerHour) {

  public Deployment {
    Check.present("accelerator", accelerator);
    Check.atLeast("acceleratorCount", acceleratorCount, 1);
    Check.fraction("utilisation", utilisation);
    Check.fraction("bandwidthEfficiency", bandwidthEfficiency);
    Check.positive("usdPerHour", usdPerHour);
  }

  public Deployment withAccelerator(AcceleratorSpec accelerator) {
    return new Deployment(
        accelerator, acceleratorCount, utilisation, bandwidthEfficiency, usdPerHour);
  }
}
