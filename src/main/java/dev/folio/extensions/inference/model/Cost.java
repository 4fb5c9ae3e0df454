package dev.folio.extensions.inference.model;

/**
 * What a request costs at the deployment's hourly price.
 *
 * @param usdPerRequest T · price / 3600 / B, one sequence's share of the batch
 * @param usdPerThousandOutputTokens usdPerRequest / n_out × 1000
 */
public record Cost(double usdPerRequest, double usdPerThousandOutputTokens) {}
