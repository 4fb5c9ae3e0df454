package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties that must hold for every scenario, checked on seeded random inputs. */
class CostPropertiesTest {

  private static final int CASES = 500;
  private static final List<Integer> BATCHES = List.of(1, 2, 3, 4, 8, 16, 32, 64, 128, 256, 512);

  /** Room for floating-point noise where the exact arithmetic is equal. */
  private static final double NOISE = 1e-12;

  @Test
  void costPerThousandTokensFallsAsBatchGrowsUntilComputeBound() {
    RandomScenarios scenarios = new RandomScenarios(1);
    int strictlyFalling = 0;
    for (int n = 0; n < CASES; n++) {
      List<Estimate> sweep = CostModel.sweepBatches(scenarios.next(), BATCHES);
      for (int i = 1; i < sweep.size(); i++) {
        if (!(sweep.get(i) instanceof Estimate.Priced larger)) {
          break;
        }
        Estimate.Priced smaller = (Estimate.Priced) sweep.get(i - 1);
        double before = smaller.cost().usdPerThousandOutputTokens();
        double after = larger.cost().usdPerThousandOutputTokens();
        String context =
            "batch "
                + smaller.scenario().workload().batchSize()
                + " → "
                + larger.scenario().workload().batchSize()
                + " in "
                + larger.scenario();
        assertThat(after).as(context).isLessThanOrEqualTo(before * (1 + NOISE));
        // While any decode step still streams memory, a bigger batch shares it: strictly cheaper.
        if (larger.timing().memoryBoundDecodeSteps() > 0) {
          assertThat(after).as(context).isLessThan(before);
          strictlyFalling++;
        }
      }
    }
    assertThat(strictlyFalling).as("memory-bound batch steps exercised").isGreaterThan(CASES);
  }

  @Test
  void doublingHbmBandwidthNeverSlowsDecode() {
    RandomScenarios scenarios = new RandomScenarios(2);
    for (int n = 0; n < CASES; n++) {
      Scenario scenario = scenarios.next();
      AcceleratorSpec spec = scenario.deployment().accelerator();
      AcceleratorSpec faster =
          new AcceleratorSpec(
              spec.id(),
              spec.densePeakFlops(),
              2 * spec.hbmBandwidth(),
              spec.hbmCapacityBytes(),
              spec.interconnectBandwidthPerDirection(),
              spec.linkLatencySeconds());
      Estimate before = CostModel.estimate(scenario);
      Estimate after =
          CostModel.estimate(
              scenario.withDeployment(scenario.deployment().withAccelerator(faster)));

      assertThat(after.fits()).isEqualTo(before.fits());
      if (before instanceof Estimate.Priced slow && after instanceof Estimate.Priced fast) {
        assertThat(fast.timing().decodeSeconds())
            .as("%s", scenario)
            .isLessThanOrEqualTo(slow.timing().decodeSeconds());
        assertThat(fast.timing().prefillSeconds())
            .as("%s", scenario)
            .isLessThanOrEqualTo(slow.timing().prefillSeconds());
      }
    }
  }

  @Test
  void doublingTheInterconnectNeverSlowsARequest() {
    RandomScenarios scenarios = new RandomScenarios(3);
    for (int n = 0; n < CASES; n++) {
      Scenario scenario = scenarios.next();
      AcceleratorSpec spec = scenario.deployment().accelerator();
      AcceleratorSpec faster =
          new AcceleratorSpec(
              spec.id(),
              spec.densePeakFlops(),
              spec.hbmBandwidth(),
              spec.hbmCapacityBytes(),
              2 * spec.interconnectBandwidthPerDirection(),
              spec.linkLatencySeconds());
      Estimate before = CostModel.estimate(scenario);
      Estimate after =
          CostModel.estimate(
              scenario.withDeployment(scenario.deployment().withAccelerator(faster)));

      if (before instanceof Estimate.Priced slow && after instanceof Estimate.Priced fast) {
        assertThat(fast.timing().requestSeconds())
            .as("%s", scenario)
            .isLessThanOrEqualTo(slow.timing().requestSeconds());
      }
    }
  }

  @Test
  void memoryCheckRejectsEveryScenarioThatDoesNotFitAndPricesEveryOneThatDoes() {
    RandomScenarios scenarios = new RandomScenarios(4);
    int fitting = 0;
    int rejected = 0;
    for (int n = 0; n < CASES; n++) {
      Scenario scenario = scenarios.next();
      boolean fits = requiredBytes(scenario) <= availableBytes(scenario);

      Estimate estimate = CostModel.estimate(scenario);

      assertThat(estimate.fits()).as("%s", scenario).isEqualTo(fits);
      if (fits) {
        assertThat(estimate).as("%s", scenario).isInstanceOf(Estimate.Priced.class);
        fitting++;
      } else {
        assertThat(estimate).as("%s", scenario).isInstanceOf(Estimate.DoesNotFit.class);
        rejected++;
      }
    }
    assertThat(fitting).as("fitting scenarios exercised").isGreaterThan(CASES / 5);
    assertThat(rejected).as("rejected scenarios exercised").isGreaterThan(CASES / 5);
  }

  @Test
  void decodeTimeLiesBetweenItsFirstAndLastStepsTimesTheStepCount() {
    RandomScenarios scenarios = new RandomScenarios(5);
    for (int n = 0; n < CASES; n++) {
      Scenario scenario = scenarios.next();
      if (CostModel.estimate(scenario) instanceof Estimate.Priced priced) {
        Workload workload = scenario.workload();
        Timing timing = priced.timing();
        // Steps grow with the context, so the exact sum is bounded by its first and last terms.
        Scenario lastStepOnly =
            new Scenario(
                scenario.model(),
                scenario.precision(),
                new Workload(
                    workload.batchSize(), workload.promptTokens() + workload.outputTokens() - 1, 1),
                scenario.deployment());
        double lastStep =
            ((Estimate.Priced) CostModel.estimate(lastStepOnly)).timing().firstDecodeStepSeconds();
        int steps = workload.outputTokens();

        assertThat(timing.decodeSeconds())
            .as("%s", scenario)
            .isBetween(
                steps * timing.firstDecodeStepSeconds() * (1 - NOISE),
                steps * lastStep * (1 + NOISE));
        assertThat(timing.memoryBoundDecodeSteps()).isBetween(0, steps);
      }
    }
  }

  @Test
  void everyFirstPrinciplesOutputIsFinite() {
    RandomScenarios scenarios = new RandomScenarios(6);
    for (int n = 0; n < CASES; n++) {
      Scenario scenario = scenarios.next();
      for (double value : numbers(CostModel.estimate(scenario))) {
        assertThat(value).as("%s", scenario).isFinite();
      }
    }
  }

  @Test
  void everyAsPublishedOutputIsFinite() {
    Random random = new Random(7);
    for (int n = 0; n < CASES; n++) {
      PublishedTable table =
          new PublishedTable(
              1 + random.nextInt(200),
              1 + random.nextInt(65_536),
              1 + random.nextInt(64),
              0.01 + 100 * random.nextDouble(),
              0.01 + 0.99 * random.nextDouble(),
              0.01 + 100 * random.nextDouble(),
              0.99 * random.nextDouble(),
              1 + random.nextInt(100_000),
              0.1 + 100 * random.nextDouble(),
              0.25 + 4 * random.nextDouble(),
              Fixtures.publishedTable().printed());
      Reproduction reproduction = CostModel.reproduce(table, Fixtures.publishedServer());
      for (Figure figure : reproduction.figures()) {
        figure
            .recomputation()
            .ifPresent(
                r -> {
                  assertThat(r.value()).as("%s", table).isFinite();
                  assertThat(r.relativeDifference()).as("%s", table).isFinite();
                });
        figure.closestCandidate().ifPresent(r -> assertThat(r.value()).as("%s", table).isFinite());
      }
      for (HardwareCheck.Reading reading : reproduction.hardware().readings()) {
        assertThat(reading.relativeDifference()).as("%s", table).isFinite();
      }
    }
  }

  private static double requiredBytes(Scenario scenario) {
    ModelShape model = scenario.model();
    double h = model.hiddenSize();
    double parameters = 12.0 * model.layers() * h * h + model.vocabularySize() * h;
    double kvPerToken =
        2.0 * model.layers() * h * model.kvHeadRatio() * scenario.precision().kvBytesPerElement();
    Workload workload = scenario.workload();
    return scenario.precision().bytesPerParameter() * parameters
        + (double) workload.batchSize()
            * (workload.promptTokens() + workload.outputTokens())
            * kvPerToken;
  }

  private static double availableBytes(Scenario scenario) {
    return scenario.deployment().acceleratorCount()
        * scenario.deployment().accelerator().hbmCapacityBytes();
  }

  static List<Double> numbers(Estimate estimate) {
    List<Double> numbers =
        new ArrayList<>(
            List.of(
                estimate.footprint().parameters(),
                estimate.footprint().weightBytes(),
                estimate.footprint().kvBytesPerToken(),
                estimate.roofline().effectiveFlops(),
                estimate.roofline().effectiveBandwidth(),
                estimate.roofline().ridgePoint(),
                estimate.roofline().criticalBatch(),
                estimate.memory().requiredBytes(),
                estimate.memory().availableBytes()));
    if (estimate instanceof Estimate.Priced priced) {
      Timing timing = priced.timing();
      numbers.addAll(
          List.of(
              timing.prefillSeconds(),
              timing.firstDecodeStepSeconds(),
              timing.decodeSeconds(),
              timing.requestSeconds(),
              timing.outputTokensPerSecond(),
              priced.cost().usdPerRequest(),
              priced.cost().usdPerThousandOutputTokens()));
    }
    return numbers;
  }
}
