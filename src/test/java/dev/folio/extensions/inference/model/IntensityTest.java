package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntensityTest {
  @Test
  void referenceScenarioDecodesFarBelowTheRidgeAndPrefillsAboveIt() {
    Scenario reference = Fixtures.gpt3Reference();
    Intensity intensity = CostModel.intensity(reference);
    // Independent arithmetic: P = 12·96·12288², W = 2P, K = 2·96·12288·2, n_in = 512.
    double p = 12.0 * 96 * 12288 * 12288;
    double w = 2 * p;
    double k = 2.0 * 96 * 12288 * 2;
    assertThat(intensity.firstDecodeStep())
        .isCloseTo((2 * p + 4.0 * 96 * 12288 * 512) / (w + 512 * k), within(1e-12));
    assertThat(intensity.prefill())
        .isCloseTo((2 * p * 512 + 2.0 * 96 * 12288 * 512 * 512) / (w + 512 * k), within(1e-9));
    assertThat(intensity.ridgePoint()).isCloseTo(54.006, within(5e-4));
    assertThat(intensity.firstDecodeStep()).isLessThan(intensity.ridgePoint());
    assertThat(intensity.prefill()).isGreaterThan(intensity.ridgePoint());
  }

  @Test
  void intensityAgreesWithTheBoundTheTimingReports() {
    Scenario reference = Fixtures.gpt3Reference();
    for (int batch : new int[] {1, 8, 32, 64}) {
      Scenario scenario = reference.withBatchSize(batch);
      Intensity intensity = CostModel.intensity(scenario);
      Estimate estimate = CostModel.estimate(scenario);
      if (estimate instanceof Estimate.Priced priced) {
        Bound expected =
            intensity.firstDecodeStep() <= intensity.ridgePoint() ? Bound.MEMORY : Bound.COMPUTE;
        assertThat(priced.timing().firstDecodeStepBound()).as("batch " + batch).isEqualTo(expected);
      }
    }
  }
}
