package dev.folio.extensions.inference.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Datasheet figures for the accelerators the project uses, copied from {@code
 * shared/facts/accelerators.json} (dense BF16 TFLOP/s, HBM GB/s, HBM GB, link GB/s both
 * directions). The model itself holds no accelerator data; the site loads it from a data file.
 */
final class TestAccelerators {

  static final List<String> IDS =
      List.of("a100-40gb-sxm", "a100-80gb-sxm", "h100-sxm", "h200-sxm", "b200", "mi300x");

  /** A100 BF16 with 2:4 structured sparsity, FLOP/s per GPU. */
  static final double A100_SPARSE_PEAK_FLOPS = 624e12;

  private static final Map<String, AcceleratorSpec> BY_ID = new LinkedHashMap<>();

  static {
    add("a100-40gb-sxm", 312, 1555, 40, 600);
    add("a100-80gb-sxm", 312, 2039, 80, 600);
    add("h100-sxm", 989, 3350, 80, 900);
    add("h200-sxm", 989, 4800, 141, 900);
    add("b200", 2250, 8000, 180, 1800);
    add("mi300x", 1307.4, 5300, 192, 896);
  }

  private TestAccelerators() {}

  static AcceleratorSpec byId(String id) {
    AcceleratorSpec spec = BY_ID.get(id);
    if (spec == null) {
      throw new IllegalArgumentException("no test accelerator " + id + "; known: " + IDS);
    }
    return spec;
  }

  static AcceleratorSpec a100x80() {
    return byId("a100-80gb-sxm");
  }

  private static void add(
      String id, double denseTflops, double hbmGBps, double hbmGB, double linkGBps) {
    BY_ID.put(id, AcceleratorSpec.fromDatasheet(id, denseTflops, hbmGBps, hbmGB, linkGBps));
  }
}
