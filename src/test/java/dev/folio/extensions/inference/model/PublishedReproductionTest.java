package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class PublishedReproductionTest {

  private static final PublishedTable TABLE = Fixtures.publishedTable();
  private static final Reproduction REPRODUCTION =
      CostModel.reproduce(TABLE, Fixtures.publishedServer());

  @ParameterizedTest(name = "{0}: published {1} is {2}")
  @CsvFileSource(resources = "/cost/published-figures.csv", numLinesToSkip = 1)
  void everyPublishedFigureGetsTheDesignNotesVerdictAndRecomputation(
      String id,
      String published,
      Verdict verdict,
      String recomputed,
      String differencePercent,
      String closestCandidate,
      String tolerance) {
    Figure figure = REPRODUCTION.figure(FigureKey.fromId(id));
    String context = id + " reproduced from " + TABLE;

    assertThat(figure.published().text()).as(context).isEqualTo(published);
    assertThat(figure.verdict()).as(context).isEqualTo(verdict);
    if (recomputed == null) {
      assertThat(figure.recomputation()).as(context).isEmpty();
    } else {
      Recomputation recomputation = figure.recomputation().orElseThrow();
      assertThat(recomputation.value())
          .as(context)
          .isCloseTo(
              Double.parseDouble(recomputed),
              within(Tolerance.allowedError(tolerance, recomputed)));
    }
    if (differencePercent != null) {
      assertThat(100 * figure.recomputation().orElseThrow().relativeDifference())
          .as(context)
          .isCloseTo(
              Double.parseDouble(differencePercent),
              within(Tolerance.allowedError(tolerance, differencePercent)));
    }
    if (closestCandidate == null) {
      assertThat(figure.closestCandidate()).as(context).isEmpty();
    } else {
      assertThat(figure.closestCandidate().orElseThrow().value())
          .as(context)
          .isCloseTo(
              Double.parseDouble(closestCandidate),
              within(Tolerance.allowedError(tolerance, closestCandidate)));
    }
  }

  @Test
  void figuresComeInTheTablesOrderOncePerKey() {
    List<FigureKey> keys = new ArrayList<>();
    for (Figure figure : REPRODUCTION.figures()) {
      keys.add(figure.key());
    }
    assertThat(keys).containsExactly(FigureKey.values());
  }

  @Test
  void everyKeyHasAStableIdThatLeadsBackToIt() {
    assertThat(FigureKey.values())
        .extracting(FigureKey::id)
        .containsExactly(
            "bytesPerToken",
            "memoryTimePerToken",
            "computeTimePerToken",
            "promptTokensPerWeightLoad",
            "weightLoadTime",
            "criticalIntensity",
            "requestTime",
            "costPerRequest",
            "costPerRequestFromRecomputedTime");
    for (FigureKey key : FigureKey.values()) {
      assertThat(FigureKey.fromId(key.id())).isEqualTo(key);
    }
  }

  @Test
  void theTableImpliesGpt3sParameterCount() {
    assertThat(REPRODUCTION.parameters()).isEqualTo(173_946_175_488.0);
  }

  @Test
  void everyRecomputedFigureShowsItsFormula() {
    assertThat(
            REPRODUCTION.figure(FigureKey.BYTES_PER_TOKEN).recomputation().orElseThrow().formula())
        .isEqualTo("M = b · 12 · L · h²");
    assertThat(
            REPRODUCTION
                .figure(FigureKey.MEMORY_TIME_PER_TOKEN)
                .recomputation()
                .orElseThrow()
                .formula())
        .isEqualTo("t_mem = M / (BW · (1 − loss))");
    assertThat(
            REPRODUCTION
                .figure(FigureKey.WEIGHT_LOAD_TIME)
                .closestCandidate()
                .orElseThrow()
                .formula())
        .isEqualTo("M / (N · HBM)");
    for (Figure figure : REPRODUCTION.figures()) {
      figure
          .recomputation()
          .ifPresent(r -> assertThat(r.formula()).as(figure.key().id()).isNotBlank());
    }
  }

  @Test
  void costFromThePublishedRequestTimeReproducesTheCentsAndFromTheRecomputedTimeDoesNot() {
    Recomputation fromPublished =
        REPRODUCTION.figure(FigureKey.COST_PER_REQUEST).recomputation().orElseThrow();
    Recomputation fromRecomputed =
        REPRODUCTION
            .figure(FigureKey.COST_PER_REQUEST_FROM_RECOMPUTED_TIME)
            .recomputation()
            .orElseThrow();

    assertThat(fromPublished.value()).isCloseTo(12.22 * 8 / 36, within(1e-12));
    assertThat(fromRecomputed.value()).isCloseTo(200 * 0.0639508 * 8 / 36, within(1e-5));
  }

  @Test
  void thePublishedPeakIsTheSparsePeakNotTheDenseOne() {
    HardwareCheck hardware = REPRODUCTION.hardware();
    HardwareCheck.Reading sparse = hardware.reading(HardwareCheck.Quantity.SPARSE_PEAK_FLOPS);
    HardwareCheck.Reading dense = hardware.reading(HardwareCheck.Quantity.DENSE_PEAK_FLOPS);

    assertThat(hardware.acceleratorId()).isEqualTo("a100-80gb-sxm");
    assertThat(hardware.acceleratorCount()).isEqualTo(8);
    assertThat(sparse.published()).isEqualTo(5e15);
    assertThat(sparse.serverTotal()).isCloseTo(4.992e15, within(1e3));
    assertThat(sparse.matchesPublished()).isTrue();
    assertThat(dense.perAccelerator()).isCloseTo(312e12, within(1e-3));
    assertThat(dense.serverTotal()).isCloseTo(2.496e15, within(1e3));
    assertThat(dense.relativeDifference()).isCloseTo(-0.5008, within(1e-9));
    assertThat(dense.matchesPublished()).isFalse();
  }

  @Test
  void thePublishedBandwidthIsNvlinkNotMemoryBandwidth() {
    HardwareCheck hardware = REPRODUCTION.hardware();
    HardwareCheck.Reading interconnect =
        hardware.reading(HardwareCheck.Quantity.INTERCONNECT_BANDWIDTH);
    HardwareCheck.Reading hbm = hardware.reading(HardwareCheck.Quantity.HBM_BANDWIDTH);

    assertThat(interconnect.perAccelerator()).isCloseTo(600e9, within(1e-3));
    assertThat(interconnect.serverTotal()).isCloseTo(4.8e12, within(1e-2));
    assertThat(interconnect.matchesPublished()).isTrue();
    assertThat(hbm.serverTotal()).isCloseTo(16.312e12, within(1e-2));
    assertThat(hbm.matchesPublished()).isFalse();
    assertThat(HardwareCheck.Quantity.HBM_BANDWIDTH.comparedWith())
        .isEqualTo("serverBandwidthTBps");
  }

  @Test
  void hardwareReadingsComeOncePerQuantityInOrder() {
    assertThat(REPRODUCTION.hardware().readings())
        .extracting(HardwareCheck.Reading::quantity)
        .containsExactly(HardwareCheck.Quantity.values());
  }
}
