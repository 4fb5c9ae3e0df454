package dev.folio.extensions.inference.model;

/**
 * Where a scenario's work sits on the roofline: FLOPs per byte read or written.
 *
 * @param prefill the whole prompt in one pass: B·(2P·n_in + 2·L·h·n_in²) / (W + B·n_in·K)
 * @param firstDecodeStep one generated token per sequence at context n_in: B·(2P + 4·L·h·n_in) / (W
 *     + B·n_in·K)
 * @param ridgePoint the deployment's F / BW; below it a step is memory-bound
 */
public record Intensity(double prefill, double firstDecodeStep, double ridgePoint) {}
