package dev.folio.extensions.inference.model;

import java.util.ArrayList;
import java.util.List;

/** The cost model's entry points. Pure functions: validated records in, immutable records out. */
public final class CostModel {

  private CostModel() {}

  /**
   * Recomputes the report's cost table by its own method and checks its hardware figures.
   *
   * @param table the published table, inputs and printed figures
   * @param server the server the table names, from datasheets (for the hardware check and the
   *     closest candidate for the weight-load time)
   */
  public static Reproduction reproduce(PublishedTable table, ServerHardware server) {
    return AsPublished.reproduce(table, server);
  }

  /**
   * Evaluates one scenario with the roofline model. The result is an {@link Estimate.Priced} when
   * weights and KV cache fit in memory, otherwise an {@link Estimate.DoesNotFit}.
   *
   * @throws InvalidCostInputException if the inputs are so extreme that a result would overflow
   */
  public static Estimate estimate(Scenario scenario) {
    return FirstPrinciples.estimate(scenario);
  }

  /**
   * Evaluates {@code base} at each batch size, in the order given.
   *
   * @throws InvalidCostInputException if a batch size is null or below 1
   */
  /**
   * Arithmetic intensity (FLOPs per byte moved) of prefill and of the first decode step, with the
   * deployment's ridge point: a step below the ridge point is memory-bound. Defined whether or not
   * the scenario fits in memory.
   */
  public static Intensity intensity(Scenario scenario) {
    return FirstPrinciples.intensity(scenario);
  }

  public static List<Estimate> sweepBatches(Scenario base, List<Integer> batchSizes) {
    Check.present("scenario", base);
    Check.present("batchSizes", batchSizes);
    List<Estimate> estimates = new ArrayList<>(batchSizes.size());
    for (Integer batchSize : batchSizes) {
      Check.present("batchSize", batchSize);
      estimates.add(estimate(base.withBatchSize(batchSize)));
    }
    return List.copyOf(estimates);
  }
}
