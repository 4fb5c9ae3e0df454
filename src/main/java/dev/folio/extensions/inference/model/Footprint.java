package dev.folio.extensions.inference.model;

/**
 * The model's size in parameters and bytes.
 *
 * @param parameters P = 12·L·h² + V·h, or the explicit count
 * @param weightBytes W = b·P
 * @param kvBytesPerToken K = 2·L·h·g·b_kv, KV-cache bytes one token of context adds per sequence
 */
public record Footprint(double parameters, double weightBytes, double kvBytesPerToken) {}
