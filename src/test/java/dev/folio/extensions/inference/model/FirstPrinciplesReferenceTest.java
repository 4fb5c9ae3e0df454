package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvFileSource;

class FirstPrinciplesReferenceTest {

  @ParameterizedTest(name = "{0}: {17} = {18}")
  @CsvFileSource(resources = "/cost/first-principles.csv", numLinesToSkip = 1)
  void everyReferenceFigureComesOutOfTheFormulas(ArgumentsAccessor row) {
    Scenario scenario = scenario(row);
    String figure = row.getString(17);
    String expected = row.getString(18);
    String tolerance = row.getString(19);

    Estimate estimate = CostModel.estimate(scenario);

    assertThat(estimate)
        .as("%s does not fit: %s", row.getString(0), estimate)
        .isInstanceOf(Estimate.Priced.class);
    assertThat(figure(figure, (Estimate.Priced) estimate))
        .as("%s of case %s, inputs %s", figure, row.getString(0), describe(row))
        .isCloseTo(
            Double.parseDouble(expected), within(Tolerance.allowedError(tolerance, expected)));
  }

  private static Scenario scenario(ArgumentsAccessor row) {
    String parameterCount = row.getString(6);
    ModelShape model =
        new ModelShape(
            row.getInteger(3),
            row.getInteger(4),
            row.getInteger(5),
            parameterCount == null
                ? OptionalDouble.empty()
                : OptionalDouble.of(Double.parseDouble(parameterCount)),
            row.getDouble(10));
    Precision precision = new Precision(row.getDouble(7), row.getDouble(8), row.getDouble(9));
    Workload workload = new Workload(row.getInteger(11), row.getInteger(12), row.getInteger(13));
    Deployment deployment =
        new Deployment(
            TestAccelerators.byId(row.getString(1)),
            row.getInteger(2),
            row.getDouble(14),
            row.getDouble(15),
            row.getDouble(16));
    return new Scenario(model, precision, workload, deployment);
  }

  private static double figure(String name, Estimate.Priced estimate) {
    Footprint footprint = estimate.footprint();
    Timing timing = estimate.timing();
    switch (name) {
      case "parameters":
        return footprint.parameters();
      case "weightBytes":
        return footprint.weightBytes();
      case "kvBytesPerToken":
        return footprint.kvBytesPerToken();
      case "ridgePoint":
        return estimate.roofline().ridgePoint();
      case "criticalBatch":
        return estimate.roofline().criticalBatch();
      case "firstDecodeStepSeconds":
        return timing.firstDecodeStepSeconds();
      case "prefillSeconds":
        return timing.prefillSeconds();
      case "decodeSeconds":
        return timing.decodeSeconds();
      case "requestSeconds":
        return timing.requestSeconds();
      case "outputTokensPerSecond":
        return timing.outputTokensPerSecond();
      case "usdPerRequest":
        return estimate.cost().usdPerRequest();
      case "usdPerThousandOutputTokens":
        return estimate.cost().usdPerThousandOutputTokens();
      default:
        throw new IllegalArgumentException("unknown figure in first-principles.csv: " + name);
    }
  }

  private static String describe(ArgumentsAccessor row) {
    String[] columns = {
      "accelerator",
      "count",
      "layers",
      "hidden",
      "vocabulary",
      "parameterCount",
      "bytesPerParameter",
      "kvBytesPerElement",
      "activationBytes",
      "kvHeadRatio",
      "batch",
      "promptTokens",
      "outputTokens",
      "utilisation",
      "bandwidthEfficiency",
      "usdPerHour"
    };
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      description
          .append(i == 0 ? "" : ", ")
          .append(columns[i])
          .append('=')
          .append(row.getString(i + 1));
    }
    return description.toString();
  }
}
