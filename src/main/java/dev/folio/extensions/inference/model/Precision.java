package dev.folio.extensions.inference.model;

/**
 * Bytes per stored number: 2 for FP16/BF16, 1 for INT8/FP8, 0.5 for 4-bit formats.
 *
 * @param bytesPerParameter b, for the weights
 * @param kvBytesPerElement b_kv, for the KV cache
 * @param activationBytesPerElement b_a, for activations exchanged between accelerators
 */
public record Precision(
    double bytesPerParameter, double kvBytesPerElement, double activationBytesPerElement) {

  public Precision {
    Check.positive("bytesPerParameter", bytesPerParameter);
    Check.positive("kvBytesPerElement", kvBytesPerElement);
    Check.positive("activationBytesPerElement", activationBytesPerElement);
  }

  /** The same width for weights, KV cache and activations, e.g. {@code uniform(2)} for FP16. */
  public static Precision uniform(double bytes) {
    return new Precision(bytes, bytes, bytes);
  }
}
