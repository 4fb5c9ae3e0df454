package dev.folio.extensions.inference.model;

/**
 * The first-principles result for one scenario. A scenario whose weights and KV cache do not fit in
 * memory is a {@link DoesNotFit}, which has no timing and no price: it is never priced.
 */
public sealed interface Estimate permits Estimate.Priced, Estimate.DoesNotFit {

  Scenario scenario();

  Footprint footprint();

  Roofline roofline();

  MemoryCheck memory();

  default boolean fits() {
    return memory().fits();
  }

  /** A scenario that fits, with its timing and cost. */
  record Priced(
      Scenario scenario,
      Footprint footprint,
      Roofline roofline,
      MemoryCheck memory,
      Timing timing,
      Cost cost)
      implements Estimate {

    public Priced {
      if (!memory.fits()) {
        throw new IllegalArgumentException(
            "a scenario that does not fit in memory cannot be priced");
      }
    }
  }

  /** A scenario that needs more memory than the accelerators have. */
  record DoesNotFit(Scenario scenario, Footprint footprint, Roofline roofline, MemoryCheck memory)
      implements Estimate {

    public DoesNotFit {
      if (memory.fits()) {
        throw new IllegalArgumentException("a scenario that fits in memory must be priced");
      }
    }
  }
}
