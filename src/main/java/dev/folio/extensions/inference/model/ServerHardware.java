package dev.folio.extensions.inference.model;

/**
 * The server the published table names (8 × A100 80GB), described from datasheets, for checking
 * what the table's hardware figures actually measure.
 *
 * @param accelerator one accelerator's datasheet figures
 * @param acceleratorCount accelerators in the server
 * @param sparsePeakFlopsPerAccelerator peak FLOP/s with 2:4 structured sparsity, per accelerator
 */
public record ServerHardware(
    AcceleratorSpec accelerator, int acceleratorCount, double sparsePeakFlopsPerAccelerator) {

  public ServerHardware {
    Check.present("accelerator", accelerator);
    Check.atLeast("acceleratorCount", acceleratorCount, 1);
    Check.positive("sparsePeakFlopsPerAccelerator", sparsePeakFlopsPerAccelerator);
  }
}
