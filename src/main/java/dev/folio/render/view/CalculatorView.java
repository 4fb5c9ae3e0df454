package dev.folio.render.view;

import java.util.List;

/**
 * The live cost calculator placed by a {@code ```calculator} block: the choices its form offers
 * (models, accelerators, precisions, the data file's scenarios) and the values it starts from.
 * Every number is a plain decimal string exactly as the data file wrote it, so the page hands
 * the cost model the same doubles the build does.
 *
 * @param assets  relative path from the page to {@code assets/}
 * @param locale  BCP 47 tag the page formats numbers for
 * @param initial the scenario the form starts from (the report's own when there is one)
 */
public record CalculatorView(
    String assets,
    String locale,
    List<ModelOption> models,
    List<AcceleratorOption> accelerators,
    List<PrecisionOption> precisions,
    List<ScenarioOption> scenarios,
    ScenarioOption initial,
    ModelOption initialModel,
    String fallbackHref) {

  /** A model shape of {@code llm-specs}; {@code parameters} is empty when not given. */
  public record ModelOption(String id, String name, String layers, String hiddenSize, String heads,
      String kvHeads, String vocabulary, String parameters) {}

  /** An accelerator of {@code accelerators}, in its datasheet units. */
  public record AcceleratorOption(String id, String name, String denseTflops, String hbmGBps,
      String hbmGB, String linkGBps) {}

  /** Bytes per parameter, with its label. */
  public record PrecisionOption(String value, String label) {}

  /**
   * A scenario of {@code cost-scenarios}: utilisation and bandwidth efficiency in percent, the
   * price per accelerator-hour.
   */
  public record ScenarioOption(String id, String label, String model, String accelerator,
      String acceleratorCount, String bytesPerParameter, String batchSize, String promptTokens,
      String outputTokens, String utilisation, String bandwidthEfficiency,
      String usdPerAcceleratorHour) {}
}
