package dev.folio.extensions.inference.model;

import java.util.OptionalDouble;
import java.util.Random;

/**
 * Deterministic random scenarios for property tests: wide but realistic ranges, so that some fit
 * and some do not, some decode memory-bound and some compute-bound.
 */
final class RandomScenarios {

  private static final double[] WEIGHT_BYTES = {0.5, 1, 2, 4};
  private static final double[] KV_HEAD_RATIOS = {1, 0.5, 0.25, 0.125};
  private static final int[] ACCELERATOR_COUNTS = {1, 2, 4, 8};

  private final Random random;

  RandomScenarios(long seed) {
    this.random = new Random(seed);
  }

  Scenario next() {
    ModelShape model =
        new ModelShape(
            1 + random.nextInt(128),
            64 * (1 + random.nextInt(256)),
            random.nextBoolean() ? 0 : random.nextInt(256_000),
            OptionalDouble.empty(),
            pick(KV_HEAD_RATIOS));
    Precision precision =
        new Precision(pick(WEIGHT_BYTES), 1 + random.nextInt(2), 1 + random.nextInt(2));
    Workload workload =
        new Workload(1 + random.nextInt(64), random.nextInt(4097), 1 + random.nextInt(256));
    AcceleratorSpec accelerator =
        TestAccelerators.byId(
            TestAccelerators.IDS.get(random.nextInt(TestAccelerators.IDS.size())));
    Deployment deployment =
        new Deployment(
            accelerator,
            ACCELERATOR_COUNTS[random.nextInt(ACCELERATOR_COUNTS.length)],
            0.05 + 0.95 * random.nextDouble(),
            0.3 + 0.7 * random.nextDouble(),
            0.5 + 99.5 * random.nextDouble());
    return new Scenario(model, precision, workload, deployment);
  }

  private double pick(double[] values) {
    return values[random.nextInt(values.length)];
  }
}
