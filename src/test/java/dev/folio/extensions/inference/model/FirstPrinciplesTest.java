package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FirstPrinciplesTest {

  private static final Scenario REFERENCE = Fixtures.gpt3Reference();

  @Test
  void theReferenceDecodesMemoryBoundAtEveryStepAndPrefillsComputeBound() {
    Timing timing = priced(REFERENCE).timing();

    assertThat(timing.firstDecodeStepBound()).isEqualTo(Bound.MEMORY);
    assertThat(timing.lastDecodeStepBound()).isEqualTo(Bound.MEMORY);
    assertThat(timing.decodeSteps()).isEqualTo(200);
    assertThat(timing.memoryBoundDecodeSteps()).isEqualTo(200);
    assertThat(timing.prefillBound()).isEqualTo(Bound.COMPUTE);
    assertThat(timing.requestSeconds()).isEqualTo(timing.prefillSeconds() + timing.decodeSeconds());
  }

  @Test
  void theReferenceFitsInEightA100sWithWeightsAndTheWholeKvCache() {
    MemoryCheck memory = CostModel.estimate(REFERENCE).memory();

    assertThat(memory.requiredBytes()).isEqualTo(347_892_350_976.0 + 712 * 4_718_592.0);
    assertThat(memory.availableBytes()).isEqualTo(640e9);
    assertThat(memory.fits()).isTrue();
  }

  @Test
  void gpt3InFp16DoesNotFitOnOneA100AndIsNotPriced() {
    Scenario oneGpu =
        REFERENCE.withDeployment(new Deployment(TestAccelerators.a100x80(), 1, 0.3, 0.85, 1));

    Estimate estimate = CostModel.estimate(oneGpu);

    assertThat(estimate).isInstanceOf(Estimate.DoesNotFit.class);
    assertThat(estimate.fits()).isFalse();
    assertThat(estimate.memory().requiredBytes()).isGreaterThan(estimate.memory().availableBytes());
    assertThat(estimate.footprint().weightBytes()).isEqualTo(347_892_350_976.0);
  }

  @Test
  void batchSweepEvaluatesEachBatchInOrderUntilTheKvCacheNoLongerFits() {
    List<Estimate> sweep = CostModel.sweepBatches(REFERENCE, List.of(1, 8, 32, 86, 87));

    assertThat(sweep)
        .extracting(e -> e.scenario().workload().batchSize())
        .containsExactly(1, 8, 32, 86, 87);
    assertThat(sweep).extracting(Estimate::fits).containsExactly(true, true, true, true, false);
    assertThat(sweep.get(1)).isEqualTo(CostModel.estimate(REFERENCE.withBatchSize(8)));
  }

  @Test
  void criticalBatchScalesWithBytesPerParameter() {
    Scenario int8 =
        new Scenario(
            REFERENCE.model(),
            new Precision(1, 2, 2),
            REFERENCE.workload(),
            REFERENCE.deployment());

    assertThat(CostModel.estimate(int8).roofline().criticalBatch())
        .isCloseTo(54.00571214263047 / 2, within(1e-9));
    assertThat(CostModel.estimate(REFERENCE).roofline().criticalBatch())
        .isCloseTo(54.00571214263047, within(1e-9));
  }

  @Test
  void anExplicitParameterCountOverridesTheShapeButNotTheKvCache() {
    Scenario explicit =
        new Scenario(
            ModelShape.of(96, 12288).withVocabularySize(50257).withParameterCount(175e9),
            REFERENCE.precision(),
            REFERENCE.workload(),
            REFERENCE.deployment());

    Footprint footprint = CostModel.estimate(explicit).footprint();

    assertThat(footprint.parameters()).isEqualTo(175e9);
    assertThat(footprint.weightBytes()).isEqualTo(350e9);
    assertThat(footprint.kvBytesPerToken()).isEqualTo(4_718_592.0);
  }

  @Test
  void vocabularyAddsItsEmbeddingParameters() {
    Scenario withVocabulary =
        new Scenario(
            ModelShape.of(96, 12288).withVocabularySize(50257),
            REFERENCE.precision(),
            REFERENCE.workload(),
            REFERENCE.deployment());

    assertThat(CostModel.estimate(withVocabulary).footprint().parameters())
        .isEqualTo(173_946_175_488.0 + 50257.0 * 12288);
  }

  @Test
  void groupedQueryAttentionShrinksTheKvCacheByTheHeadRatio() {
    Scenario gqa =
        new Scenario(
            ModelShape.of(96, 12288).withKvHeadRatio(0.125),
            REFERENCE.precision(),
            REFERENCE.workload(),
            REFERENCE.deployment());

    assertThat(CostModel.estimate(gqa).footprint().kvBytesPerToken()).isEqualTo(4_718_592.0 / 8);
  }

  @Test
  void oneAcceleratorSpendsNoTimeCommunicating() {
    Scenario small =
        new Scenario(
            ModelShape.of(32, 4096),
            Precision.uniform(2),
            new Workload(1, 0, 1),
            new Deployment(TestAccelerators.byId("h100-sxm"), 1, 0.5, 0.8, 3));
    double weightBytes = 2 * 12.0 * 32 * 4096 * 4096;
    double bandwidth = 3350e9 * 0.8;

    Timing timing = priced(small).timing();

    // No prompt and one output token: both are pure weight streaming, with no link latency added.
    assertThat(timing.prefillSeconds()).isCloseTo(weightBytes / bandwidth, within(1e-15));
    assertThat(timing.decodeSeconds()).isCloseTo(weightBytes / bandwidth, within(1e-15));
  }

  @Test
  void tensorParallelDecodePaysTheLinkLatencyTwicePerLayerPerStep() {
    Scenario tiny =
        new Scenario(
            ModelShape.of(10, 64),
            Precision.uniform(2),
            new Workload(1, 0, 1),
            new Deployment(TestAccelerators.byId("h100-sxm"), 2, 0.5, 0.8, 3));
    double weightBytes = 2 * 12.0 * 10 * 64 * 64;
    double bandwidth = 2 * 3350e9 * 0.8;

    Timing timing = priced(tiny).timing();

    assertThat(timing.decodeSeconds())
        .isCloseTo(weightBytes / bandwidth + 2 * 10 * 8e-6, within(1e-15));
  }

  @Test
  void oneOutputTokenDecodesInExactlyTheFirstStep() {
    Timing timing =
        priced(
                new Scenario(
                    REFERENCE.model(),
                    REFERENCE.precision(),
                    new Workload(4, 100, 1),
                    REFERENCE.deployment()))
            .timing();

    assertThat(timing.decodeSeconds()).isEqualTo(timing.firstDecodeStepSeconds());
    assertThat(timing.firstDecodeStepBound()).isEqualTo(timing.lastDecodeStepBound());
  }

  @Test
  void decodeTurnsComputeBoundWellAboveTheCriticalBatch() {
    Scenario base =
        new Scenario(
            ModelShape.of(32, 4096),
            Precision.uniform(2),
            new Workload(1, 0, 16),
            new Deployment(TestAccelerators.byId("h100-sxm"), 1, 0.5, 0.8, 3));
    double criticalBatch = CostModel.estimate(base).roofline().criticalBatch();

    Timing below = priced(base.withBatchSize((int) (criticalBatch / 4))).timing();
    Timing above = priced(base.withBatchSize((int) (criticalBatch * 4))).timing();

    assertThat(below.firstDecodeStepBound()).isEqualTo(Bound.MEMORY);
    assertThat(above.firstDecodeStepBound()).isEqualTo(Bound.COMPUTE);
    assertThat(above.memoryBoundDecodeSteps()).isZero();
  }

  @Test
  void costPerThousandTokensIsTheRequestCostSpreadOverItsOutputTokens() {
    Estimate.Priced estimate = priced(REFERENCE.withBatchSize(8));
    double usdPerRequest = estimate.timing().requestSeconds() * 8 / 3600 / 8;

    assertThat(estimate.cost().usdPerRequest()).isCloseTo(usdPerRequest, within(1e-15));
    assertThat(estimate.cost().usdPerThousandOutputTokens())
        .isCloseTo(usdPerRequest / 200 * 1000, within(1e-15));
  }

  @Test
  void datasheetUnitsConvertToSiAndTheLinkIsSplitPerDirection() {
    AcceleratorSpec spec = AcceleratorSpec.fromDatasheet("a100-80gb-sxm", 312, 2039, 80, 600);

    assertThat(spec.densePeakFlops()).isEqualTo(312e12);
    assertThat(spec.hbmBandwidth()).isEqualTo(2039e9);
    assertThat(spec.hbmCapacityBytes()).isEqualTo(80e9);
    assertThat(spec.interconnectBandwidthPerDirection()).isEqualTo(300e9);
    assertThat(spec.linkLatencySeconds()).isEqualTo(8e-6);
  }

  @Test
  void everyProjectAcceleratorEstimatesTheReferenceWithoutSurprises() {
    for (String id : TestAccelerators.IDS) {
      Estimate estimate =
          CostModel.estimate(
              REFERENCE.withDeployment(
                  REFERENCE.deployment().withAccelerator(TestAccelerators.byId(id))));
      assertThat(estimate.scenario().deployment().accelerator().id()).isEqualTo(id);
      assertThat(estimate.fits()).as(id).isEqualTo(!id.equals("a100-40gb-sxm"));
    }
  }

  private static Estimate.Priced priced(Scenario scenario) {
    Estimate estimate = CostModel.estimate(scenario);
    assertThat(estimate).as("expected to fit: %s", scenario).isInstanceOf(Estimate.Priced.class);
    return (Estimate.Priced) estimate;
  }
}
