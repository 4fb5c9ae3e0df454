package dev.folio.extensions.inference.model;

/**
 * The deployment's achievable rates and where they balance.
 *
 * @param effectiveFlops F = N · peak · u, FLOP/s
 * @param effectiveBandwidth BW = N · HBM · η, bytes/s
 * @param ridgePoint F / BW, FLOPs per byte above which a step is compute-bound
 * @param criticalBatch F / BW · b / 2, the batch at which decoding the weights turns compute-bound
 *     (ignoring the KV cache)
 */
public record Roofline(
    double effectiveFlops, double effectiveBandwidth, double ridgePoint, double criticalBatch) {}
