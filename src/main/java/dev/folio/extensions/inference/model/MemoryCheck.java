package dev.folio.extensions.inference.model;

/**
 * Whether weights and the full KV cache fit in the accelerators' memory.
 *
 * @param requiredBytes W + B·(n_in + n_out)·K
 * @param availableBytes N × HBM capacity
 */
public record MemoryCheck(double requiredBytes, double availableBytes) {

  public boolean fits() {
    return requiredBytes <= availableBytes;
  }
}
