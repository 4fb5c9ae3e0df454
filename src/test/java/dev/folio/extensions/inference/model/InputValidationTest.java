package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InputValidationTest {

  private static final Scenario REFERENCE = Fixtures.gpt3Reference();
  private static final AcceleratorSpec A100 = TestAccelerators.a100x80();
  private static final PublishedFigures PRINTED = Fixtures.publishedTable().printed();

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource({
    "modelInputs",
    "precisionInputs",
    "workloadInputs",
    "acceleratorInputs",
    "deploymentInputs",
    "scenarioInputs",
    "publishedInputs",
    "printedNumbers",
    "entryPoints"
  })
  void badInputIsRejectedWithAMessageNamingTheFieldAndTheValue(
      String field, String message, ThrowingCallable construction) {
    InvalidCostInputException thrown =
        catchThrowableOfType(InvalidCostInputException.class, construction);

    assertThat(thrown).as("expected %s to be rejected", field).isNotNull();
    assertThat(thrown.field()).isEqualTo(field);
    assertThat(thrown).hasMessage(message);
  }

  static Stream<Arguments> modelInputs() {
    return Stream.of(
        arguments(
            "layers", "layers must be at least 1, was 0", call(() -> ModelShape.of(0, 12288))),
        arguments(
            "layers", "layers must be at least 1, was -96", call(() -> ModelShape.of(-96, 12288))),
        arguments(
            "hiddenSize", "hiddenSize must be at least 1, was 0", call(() -> ModelShape.of(96, 0))),
        arguments(
            "vocabularySize",
            "vocabularySize must be at least 0, was -1",
            call(() -> ModelShape.of(96, 12288).withVocabularySize(-1))),
        arguments(
            "parameterCount",
            "parameterCount must be a finite number greater than 0, was 0.0",
            call(() -> ModelShape.of(96, 12288).withParameterCount(0))),
        arguments(
            "parameterCount",
            "parameterCount must be a finite number greater than 0, was NaN",
            call(() -> ModelShape.of(96, 12288).withParameterCount(Double.NaN))),
        arguments(
            "parameterCount",
            "parameterCount must be a finite number greater than 0, was Infinity",
            call(() -> ModelShape.of(96, 12288).withParameterCount(Double.POSITIVE_INFINITY))),
        arguments(
            "parameterCount",
            "parameterCount must be given, was null",
            call(() -> new ModelShape(96, 12288, 0, null, 1))),
        arguments(
            "kvHeadRatio",
            "kvHeadRatio must be greater than 0 and at most 1, was 0.0",
            call(() -> ModelShape.of(96, 12288).withKvHeadRatio(0))),
        arguments(
            "kvHeadRatio",
            "kvHeadRatio must be greater than 0 and at most 1, was 1.5",
            call(() -> ModelShape.of(96, 12288).withKvHeadRatio(1.5))),
        arguments(
            "kvHeadRatio",
            "kvHeadRatio must be greater than 0 and at most 1, was NaN",
            call(() -> ModelShape.of(96, 12288).withKvHeadRatio(Double.NaN))));
  }

  static Stream<Arguments> precisionInputs() {
    return Stream.of(
        arguments(
            "bytesPerParameter",
            "bytesPerParameter must be a finite number greater than 0, was 0.0",
            call(() -> new Precision(0, 2, 2))),
        arguments(
            "bytesPerParameter",
            "bytesPerParameter must be a finite number greater than 0, was -2.0",
            call(() -> Precision.uniform(-2))),
        arguments(
            "kvBytesPerElement",
            "kvBytesPerElement must be a finite number greater than 0, was NaN",
            call(() -> new Precision(2, Double.NaN, 2))),
        arguments(
            "activationBytesPerElement",
            "activationBytesPerElement must be a finite number greater than 0, was Infinity",
            call(() -> new Precision(2, 2, Double.POSITIVE_INFINITY))));
  }

  static Stream<Arguments> workloadInputs() {
    return Stream.of(
        arguments(
            "batchSize",
            "batchSize must be at least 1, was 0",
            call(() -> new Workload(0, 512, 200))),
        arguments(
            "promptTokens",
            "promptTokens must be at least 0, was -1",
            call(() -> new Workload(1, -1, 200))),
        arguments(
            "outputTokens",
            "outputTokens must be between 1 and 10000000, was 0",
            call(() -> new Workload(1, 512, 0))),
        arguments(
            "outputTokens",
            "outputTokens must be between 1 and 10000000, was 10000001",
            call(() -> new Workload(1, 512, 10_000_001))),
        arguments(
            "batchSize",
            "batchSize must be at least 1, was -4",
            call(() -> REFERENCE.withBatchSize(-4))));
  }

  static Stream<Arguments> acceleratorInputs() {
    return Stream.of(
        arguments(
            "id",
            "id must be given, was null",
            call(() -> new AcceleratorSpec(null, 1, 1, 1, 1, 0))),
        arguments(
            "id",
            "id must not be blank, was \"  \"",
            call(() -> new AcceleratorSpec("  ", 1, 1, 1, 1, 0))),
        arguments(
            "densePeakFlops",
            "densePeakFlops must be a finite number greater than 0, was 0.0",
            call(() -> new AcceleratorSpec("x", 0, 1, 1, 1, 0))),
        arguments(
            "hbmBandwidth",
            "hbmBandwidth must be a finite number greater than 0, was -1.0",
            call(() -> new AcceleratorSpec("x", 1, -1, 1, 1, 0))),
        arguments(
            "hbmCapacityBytes",
            "hbmCapacityBytes must be a finite number greater than 0, was NaN",
            call(() -> new AcceleratorSpec("x", 1, 1, Double.NaN, 1, 0))),
        arguments(
            "interconnectBandwidthPerDirection",
            "interconnectBandwidthPerDirection must be a finite number greater than 0, was 0.0",
            call(() -> new AcceleratorSpec("x", 1, 1, 1, 0, 0))),
        arguments(
            "linkLatencySeconds",
            "linkLatencySeconds must be a finite number of at least 0, was -8.0E-6",
            call(() -> new AcceleratorSpec("x", 1, 1, 1, 1, -8e-6))),
        arguments(
            "linkLatencySeconds",
            "linkLatencySeconds must be a finite number of at least 0, was NaN",
            call(() -> new AcceleratorSpec("x", 1, 1, 1, 1, Double.NaN))),
        arguments(
            "denseTflops",
            "denseTflops must be a finite number greater than 0, was 0.0",
            call(() -> AcceleratorSpec.fromDatasheet("x", 0, 2039, 80, 600))),
        arguments(
            "hbmGigabytesPerSecond",
            "hbmGigabytesPerSecond must be a finite number greater than 0, was NaN",
            call(() -> AcceleratorSpec.fromDatasheet("x", 312, Double.NaN, 80, 600))),
        arguments(
            "hbmGigabytes",
            "hbmGigabytes must be a finite number greater than 0, was -80.0",
            call(() -> AcceleratorSpec.fromDatasheet("x", 312, 2039, -80, 600))),
        arguments(
            "linkGigabytesPerSecond",
            "linkGigabytesPerSecond must be a finite number greater than 0, was 0.0",
            call(() -> AcceleratorSpec.fromDatasheet("x", 312, 2039, 80, 0))),
        arguments(
            "id",
            "id must not be blank, was \"\"",
            call(() -> AcceleratorSpec.fromDatasheet("", 312, 2039, 80, 600))));
  }

  static Stream<Arguments> deploymentInputs() {
    return Stream.of(
        arguments(
            "accelerator",
            "accelerator must be given, was null",
            call(() -> new Deployment(null, 8, 0.3, 0.85, 8))),
        arguments(
            "acceleratorCount",
            "acceleratorCount must be at least 1, was 0",
            call(() -> new Deployment(A100, 0, 0.3, 0.85, 8))),
        arguments(
            "utilisation",
            "utilisation must be greater than 0 and at most 1, was 0.0",
            call(() -> new Deployment(A100, 8, 0, 0.85, 8))),
        arguments(
            "utilisation",
            "utilisation must be greater than 0 and at most 1, was 1.01",
            call(() -> new Deployment(A100, 8, 1.01, 0.85, 8))),
        arguments(
            "utilisation",
            "utilisation must be greater than 0 and at most 1, was NaN",
            call(() -> new Deployment(A100, 8, Double.NaN, 0.85, 8))),
        arguments(
            "bandwidthEfficiency",
            "bandwidthEfficiency must be greater than 0 and at most 1, was 0.0",
            call(() -> new Deployment(A100, 8, 0.3, 0, 8))),
        arguments(
            "bandwidthEfficiency",
            "bandwidthEfficiency must be greater than 0 and at most 1, was 1.5",
            call(() -> new Deployment(A100, 8, 0.3, 1.5, 8))),
        arguments(
            "usdPerHour",
            "usdPerHour must be a finite number greater than 0, was 0.0",
            call(() -> new Deployment(A100, 8, 0.3, 0.85, 0))),
        arguments(
            "usdPerHour",
            "usdPerHour must be a finite number greater than 0, was -8.0",
            call(() -> new Deployment(A100, 8, 0.3, 0.85, -8))),
        arguments(
            "usdPerHour",
            "usdPerHour must be a finite number greater than 0, was Infinity",
            call(() -> new Deployment(A100, 8, 0.3, 0.85, Double.POSITIVE_INFINITY))));
  }

  static Stream<Arguments> scenarioInputs() {
    Scenario r = REFERENCE;
    return Stream.of(
        arguments(
            "model",
            "model must be given, was null",
            call(() -> new Scenario(null, r.precision(), r.workload(), r.deployment()))),
        arguments(
            "precision",
            "precision must be given, was null",
            call(() -> new Scenario(r.model(), null, r.workload(), r.deployment()))),
        arguments(
            "workload",
            "workload must be given, was null",
            call(() -> new Scenario(r.model(), r.precision(), null, r.deployment()))),
        arguments(
            "deployment",
            "deployment must be given, was null",
            call(() -> new Scenario(r.model(), r.precision(), r.workload(), null))),
        arguments(
            "accelerator",
            "accelerator must be given, was null",
            call(() -> new ServerHardware(null, 8, 624e12))),
        arguments(
            "acceleratorCount",
            "acceleratorCount must be at least 1, was 0",
            call(() -> new ServerHardware(A100, 0, 624e12))),
        arguments(
            "sparsePeakFlopsPerAccelerator",
            "sparsePeakFlopsPerAccelerator must be a finite number greater than 0, was NaN",
            call(() -> new ServerHardware(A100, 8, Double.NaN))));
  }

  static Stream<Arguments> publishedInputs() {
    return Stream.of(
        arguments(
            "layers",
            "layers must be at least 1, was 0",
            call(() -> new PublishedTable(0, 12288, 1, 5, 0.3, 4.8, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "hiddenSize",
            "hiddenSize must be at least 1, was -1",
            call(() -> new PublishedTable(96, -1, 1, 5, 0.3, 4.8, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "batchSize",
            "batchSize must be at least 1, was 0",
            call(() -> new PublishedTable(96, 12288, 0, 5, 0.3, 4.8, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "serverPeakPetaflops",
            "serverPeakPetaflops must be a finite number greater than 0, was 0.0",
            call(() -> new PublishedTable(96, 12288, 1, 0, 0.3, 4.8, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "utilisation",
            "utilisation must be greater than 0 and at most 1, was 30.0",
            call(() -> new PublishedTable(96, 12288, 1, 5, 30, 4.8, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "serverBandwidthTBps",
            "serverBandwidthTBps must be a finite number greater than 0, was NaN",
            call(
                () ->
                    new PublishedTable(
                        96, 12288, 1, 5, 0.3, Double.NaN, 0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "bandwidthLoss",
            "bandwidthLoss must be at least 0 and less than 1, was 1.0",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, 1, 200, 8, 1.5, PRINTED))),
        arguments(
            "bandwidthLoss",
            "bandwidthLoss must be at least 0 and less than 1, was -0.15",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, -0.15, 200, 8, 1.5, PRINTED))),
        arguments(
            "outputTokens",
            "outputTokens must be at least 1, was 0",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, 0.15, 0, 8, 1.5, PRINTED))),
        arguments(
            "usdPerHour",
            "usdPerHour must be a finite number greater than 0, was -8.0",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, 0.15, 200, -8, 1.5, PRINTED))),
        arguments(
            "bytesPerParameter",
            "bytesPerParameter must be a finite number greater than 0, was 0.0",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, 0.15, 200, 8, 0, PRINTED))),
        arguments(
            "printed",
            "printed must be given, was null",
            call(() -> new PublishedTable(96, 12288, 1, 5, 0.3, 4.8, 0.15, 200, 8, 1.5, null))),
        arguments(
            "requestTime",
            "requestTime must be given, was null",
            call(
                () ->
                    new PublishedFigures(
                        PRINTED.bytesPerToken(),
                        PRINTED.memoryTimePerToken(),
                        PRINTED.computeTimePerToken(),
                        PRINTED.promptTokensPerWeightLoad(),
                        PRINTED.weightLoadTime(),
                        PRINTED.criticalIntensity(),
                        null,
                        PRINTED.costPerRequestCents()))));
  }

  static Stream<Arguments> printedNumbers() {
    String notation = "text must be a decimal number such as 12.22, 0.064 or 2.61E+11, was ";
    List<String> malformed =
        List.of("", "abc", "1.", ".5", "1e", "1,5", "2.61 E+11", "1.7×10⁻⁴", "--1", "0x10");
    Stream<Arguments> badNotation =
        malformed.stream()
            .map(
                text ->
                    arguments(
                        "text", notation + "\"" + text + "\"", call(() -> PrintedNumber.of(text))));
    Stream<Arguments> badValue =
        Stream.of(
            arguments(
                "text",
                "text must be a finite, non-zero number, was \"0\"",
                call(() -> PrintedNumber.of("0"))),
            arguments(
                "text",
                "text must be a finite, non-zero number, was \"0.000\"",
                call(() -> PrintedNumber.of("0.000"))),
            arguments(
                "text",
                "text must be a finite, non-zero number, was \"1e999\"",
                call(() -> PrintedNumber.of("1e999"))),
            arguments("text", "text must be given, was null", call(() -> PrintedNumber.of(null))));
    return Stream.concat(badNotation, badValue);
  }

  static Stream<Arguments> entryPoints() {
    return Stream.of(
        arguments(
            "scenario", "scenario must be given, was null", call(() -> CostModel.estimate(null))),
        arguments(
            "table",
            "table must be given, was null",
            call(() -> CostModel.reproduce(null, Fixtures.publishedServer()))),
        arguments(
            "server",
            "server must be given, was null",
            call(() -> CostModel.reproduce(Fixtures.publishedTable(), null))),
        arguments(
            "batchSizes",
            "batchSizes must be given, was null",
            call(() -> CostModel.sweepBatches(REFERENCE, null))),
        arguments(
            "batchSize",
            "batchSize must be given, was null",
            call(() -> CostModel.sweepBatches(REFERENCE, Arrays.asList(1, null)))),
        arguments(
            "batchSize",
            "batchSize must be at least 1, was 0",
            call(() -> CostModel.sweepBatches(REFERENCE, List.of(1, 0)))),
        arguments(
            "figure",
            "figure must be one of bytesPerToken, memoryTimePerToken, computeTimePerToken, "
                + "promptTokensPerWeightLoad, weightLoadTime, criticalIntensity, requestTime, costPerRequest, "
                + "costPerRequestFromRecomputedTime, was \"cost\"",
            call(() -> FigureKey.fromId("cost"))));
  }

  @Test
  void inputsSoExtremeThatMemoryOverflowsAreRejectedRatherThanInfinite() {
    Scenario huge =
        new Scenario(
            ModelShape.of(96, 12288).withParameterCount(1e308),
            Precision.uniform(4),
            REFERENCE.workload(),
            REFERENCE.deployment());

    InvalidCostInputException thrown =
        catchThrowableOfType(InvalidCostInputException.class, () -> CostModel.estimate(huge));

    assertThat(thrown.field()).isEqualTo("scenario inputs");
    assertThat(thrown)
        .hasMessage(
            "the scenario inputs are too extreme to evaluate: weightBytes comes out as Infinity");
  }

  @Test
  void inputsSoExtremeThatTimeOverflowsAreRejectedRatherThanInfinite() {
    AcceleratorSpec trickle = new AcceleratorSpec("trickle", 1e-300, 1e-300, 1e300, 1, 0);
    Scenario slow = REFERENCE.withDeployment(REFERENCE.deployment().withAccelerator(trickle));

    InvalidCostInputException thrown =
        catchThrowableOfType(InvalidCostInputException.class, () -> CostModel.estimate(slow));

    assertThat(thrown.field()).isEqualTo("scenario inputs");
    assertThat(thrown)
        .hasMessageStartingWith("the scenario inputs are too extreme to evaluate: ")
        .hasMessageEndingWith(" comes out as Infinity");
  }

  @Test
  void aPublishedTableSoExtremeThatItOverflowsIsRejectedRatherThanInfinite() {
    PublishedTable extreme =
        new PublishedTable(96, 12288, 1, 5, 0.3, 1e-320, 0.15, 200, 8, 1.5, PRINTED);

    InvalidCostInputException thrown =
        catchThrowableOfType(
            InvalidCostInputException.class,
            () -> CostModel.reproduce(extreme, Fixtures.publishedServer()));

    assertThat(thrown.field()).isEqualTo("table inputs");
    assertThat(thrown)
        .hasMessage(
            "the table inputs are too extreme to evaluate: memoryTimePerToken comes out as Infinity");
  }

  @Test
  void aPricedEstimateCannotBeBuiltForAScenarioThatDoesNotFit() {
    Estimate.Priced priced = (Estimate.Priced) CostModel.estimate(REFERENCE);
    MemoryCheck tooSmall = new MemoryCheck(2, 1);

    Throwable thrown =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () ->
                new Estimate.Priced(
                    priced.scenario(),
                    priced.footprint(),
                    priced.roofline(),
                    tooSmall,
                    priced.timing(),
                    priced.cost()));

    assertThat(thrown).hasMessage("a scenario that does not fit in memory cannot be priced");
  }

  /** Lets a lambda stand as a JUnit argument without a cast at each call. */
  private static ThrowingCallable call(ThrowingCallable callable) {
    return callable;
  }
}
