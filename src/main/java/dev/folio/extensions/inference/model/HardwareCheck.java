package dev.folio.extensions.inference.model;

import java.util.List;

/**
 * What the table's hardware figures ("5 PetaFLOPS", "4.8 TB/s") measure: each datasheet quantity of
 * the named server beside the published figure it could stand for. The site writes the words.
 *
 * @param acceleratorId the accelerator the check used, e.g. {@code "a100-80gb-sxm"}
 * @param acceleratorCount accelerators in the server
 * @param readings one reading per {@link Quantity}, in that enum's order
 */
public record HardwareCheck(String acceleratorId, int acceleratorCount, List<Reading> readings) {

  public HardwareCheck {
    readings = List.copyOf(readings);
  }

  /** The reading for one quantity. */
  public Reading reading(Quantity quantity) {
    for (Reading reading : readings) {
      if (reading.quantity() == quantity) {
        return reading;
      }
    }
    throw new IllegalStateException("no reading for " + quantity.id());
  }

  /** A datasheet quantity and the published input it is compared with. */
  public enum Quantity {
    DENSE_PEAK_FLOPS("densePeakFlops", "serverPeakPetaflops"),
    SPARSE_PEAK_FLOPS("sparsePeakFlops", "serverPeakPetaflops"),
    HBM_BANDWIDTH("hbmBandwidth", "serverBandwidthTBps"),
    /** Both directions, as datasheets count it (NVLink 600 GB/s on an A100). */
    INTERCONNECT_BANDWIDTH("interconnectBandwidth", "serverBandwidthTBps");

    private final String id;
    private final String comparedWith;

    Quantity(String id, String comparedWith) {
      this.id = id;
      this.comparedWith = comparedWith;
    }

    /** Stable id, e.g. {@code "sparsePeakFlops"}. */
    public String id() {
      return id;
    }

    /** The {@link PublishedTable} component this quantity is compared with. */
    public String comparedWith() {
      return comparedWith;
    }
  }

  /**
   * One datasheet quantity, in SI units (FLOP/s or bytes/s).
   *
   * @param quantity which quantity
   * @param perAccelerator the datasheet figure for one accelerator
   * @param serverTotal {@code perAccelerator × acceleratorCount}
   * @param published the published server figure, converted to SI units
   * @param relativeDifference {@code (serverTotal − published) / published}
   * @param matchesPublished whether {@code serverTotal} lies within 1% of {@code published}
   */
  public record Reading(
      Quantity quantity,
      double perAccelerator,
      double serverTotal,
      double published,
      double relativeDifference,
      boolean matchesPublished) {}
}
