package dev.folio.extensions.inference.calculator;

/**
 * Every input of one cost scenario, in one place: the name the live calculator's form, its script
 * and {@link Calculation} use; the data file it is read from and the column there; the option of
 * {@code folio cost} that overrides it; and the component of the cost model's record it becomes,
 * for naming a value the model rejects. The build's tables, the calculator page and the command
 * line all map the data through this list.
 */
public enum ScenarioField {
  LAYERS("layers", Source.MODEL, "layers", true, false, "--layers", "layers"),
  HIDDEN_SIZE("hiddenSize", Source.MODEL, "hiddenSize", true, false, "--hidden", "hiddenSize"),
  HEADS("heads", Source.MODEL, "heads", true, false, null, "kvHeadRatio"),
  KV_HEADS("kvHeads", Source.MODEL, "kvHeads", true, false, null, "kvHeadRatio"),
  VOCABULARY("vocabulary", Source.MODEL, "vocabulary", true, true, null, "vocabularySize"),
  PARAMETERS("parameters", Source.MODEL, "parameters", false, true, "--params", "parameterCount"),
  DENSE_TFLOPS(
      "denseTflops", Source.ACCELERATOR, "denseBf16Tflops", false, false, null, "denseTflops"),
  HBM_GBPS("hbmGBps", Source.ACCELERATOR, "hbmGBps", false, false, null, "hbmGigabytesPerSecond"),
  HBM_GB("hbmGB", Source.ACCELERATOR, "hbmGB", false, false, null, "hbmGigabytes"),
  LINK_GBPS(
      "linkGBps", Source.ACCELERATOR, "linkGBps", false, false, null, "linkGigabytesPerSecond"),
  ACCELERATOR_COUNT(
      "acceleratorCount", Source.SCENARIO, "gpus", true, false, "--gpus", "acceleratorCount"),
  BYTES_PER_PARAMETER(
      "bytesPerParameter",
      Source.SCENARIO,
      "bytesPerParam",
      false,
      false,
      "--bytes-per-param",
      "bytesPerParameter"),
  /** A fraction here and in the data; the form shows it in percent. */
  UTILISATION(
      "utilisation", Source.SCENARIO, "utilization", false, false, "--utilization", "utilisation"),
  /** A fraction here and in the data; the form shows it in percent. */
  BANDWIDTH_EFFICIENCY(
      "bandwidthEfficiency",
      Source.SCENARIO,
      "bandwidthEfficiency",
      false,
      false,
      "--bandwidth-efficiency",
      "bandwidthEfficiency"),
  /** Per accelerator here and in the form; the data file's column is per server (all of them). */
  USD_PER_ACCELERATOR_HOUR(
      "usdPerAcceleratorHour",
      Source.SCENARIO,
      "usdPerHour",
      false,
      false,
      "--usd-per-hour",
      "usdPerHour"),
  BATCH_SIZE("batchSize", Source.SCENARIO, "batch", true, false, "--batch", "batchSize"),
  PROMPT_TOKENS(
      "promptTokens",
      Source.SCENARIO,
      "promptTokens",
      true,
      false,
      "--prompt-tokens",
      "promptTokens"),
  OUTPUT_TOKENS(
      "outputTokens",
      Source.SCENARIO,
      "outputTokens",
      true,
      false,
      "--output-tokens",
      "outputTokens");

  /** Which data file of the extension's inputs a field is read from. */
  public enum Source {
    MODEL,
    ACCELERATOR,
    SCENARIO
  }

  private final String inputName;
  private final Source source;
  private final String column;
  private final boolean whole;
  private final boolean optional;
  private final String option;
  private final String component;

  ScenarioField(
      String inputName,
      Source source,
      String column,
      boolean whole,
      boolean optional,
      String option,
      String component) {
    this.inputName = inputName;
    this.source = source;
    this.column = column;
    this.whole = whole;
    this.optional = optional;
    this.option = option;
    this.component = component;
  }

  /** The calculator's name for it: the form field, the script's input, Calculation's. */
  public String inputName() {
    return inputName;
  }

  public Source source() {
    return source;
  }

  /** The column of its data file. */
  public String column() {
    return column;
  }

  /** Whether it counts whole units (layers, tokens, accelerators). */
  public boolean whole() {
    return whole;
  }

  /** Whether the calculator's form shows it in percent (the model takes a fraction). */
  public boolean percent() {
    return this == UTILISATION || this == BANDWIDTH_EFFICIENCY;
  }

  /** Whether a row may leave it out. */
  public boolean optional() {
    return optional;
  }

  /** The {@code folio cost} option that overrides it, or null if none does. */
  public String option() {
    return option;
  }

  /**
   * The field of the data file, the calculator or the command line that stands for a component of
   * the cost model's records ({@code hbmGigabytes} → HBM_GB), for naming a rejected value.
   */
  public static ScenarioField ofComponent(String component) {
    for (ScenarioField field : values()) {
      if (field.component.equals(component) || field.inputName.equals(component)) {
        return field;
      }
    }
    if (component.equals("kvBytesPerElement") || component.equals("activationBytesPerElement")) {
      return BYTES_PER_PARAMETER;
    }
    return null;
  }
}
