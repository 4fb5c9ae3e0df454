package dev.folio.extensions.inference;

import dev.folio.extension.EmbedType;
import dev.folio.extensions.inference.calculator.ScenarioField;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ```calculator}: the live cost calculator. The page runs the cost model itself — the Java
 * code, compiled to {@code assets/calculator.js} by TeaVM when Folio is built — on inputs taken
 * from the same {@link CostInputs} as the tables, so its figures equal the tables' to the last
 * digit.
 */
final class CalculatorEmbed implements EmbedType {
  static final String NAME = "calculator";
  private static final String ASSETS = "/dev/folio/extensions/inference/assets/";

  /** The precomputed results the page falls back on without JavaScript. */
  private static final String FALLBACK_TABLE = EstimateTables.ESTIMATES;

  /** Bytes per parameter the form offers, with the interface string of each. */
  private static final Map<String, String> PRECISIONS =
      Map.of(
          "4",
          "calc.precision.fp32",
          "2",
          "calc.precision.fp16",
          "1.5",
          "calc.precision.report",
          "1",
          "calc.precision.int8",
          "0.5",
          "calc.precision.int4");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final CostInputs costs;

  CalculatorEmbed(CostInputs costs) {
    this.costs = costs;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void check(Use use, Problems problems) {
    if (!use.body().isBlank()) {
      problems.add(
          use.pos(),
          "a calculator embed takes no body",
          "close the block right after the ```calculator line");
    }
    if (use.index() == 1) {
      problems.add(
          use.pos(),
          "a page can hold only one calculator",
          "remove this second ```calculator block");
    }
    if (costs.models().isEmpty() || costs.accelerators().isEmpty()) {
      problems.add(
          use.pos(),
          "the calculator needs at least one model and one accelerator",
          "add rows to the inference-cost extension's models and accelerators");
    }
  }

  @Override
  public String template() {
    return "calculator.ftlh";
  }

  @Override
  public Object view(Context context) {
    Language lang = context.lang();
    List<CalculatorView.Option> models = new ArrayList<>();
    costs
        .models()
        .values()
        .forEach(
            m ->
                models.add(new CalculatorView.Option(m.id(), m.name().in(lang), json(m.values()))));
    List<CalculatorView.Option> accelerators = new ArrayList<>();
    costs
        .accelerators()
        .values()
        .forEach(
            a ->
                accelerators.add(
                    new CalculatorView.Option(a.spec().id(), a.name(), json(a.values()))));
    CostInputs.ScenarioInput start =
        costs.reportScenario().orElse(costs.scenarios().values().stream().findFirst().orElse(null));
    String fallback =
        context.pageEmbedsTable().test(FALLBACK_TABLE) ? "#table-" + FALLBACK_TABLE : null;
    return new CalculatorView(
        context.root() + "assets/",
        lang.locale().toLanguageTag(),
        fields(),
        models,
        accelerators,
        precisions(context),
        scenarios(lang),
        initial(start),
        start != null ? start.modelId() : models.get(0).id(),
        start != null ? start.acceleratorId() : accelerators.get(0).id(),
        start == null ? "" : start.id(),
        fallback);
  }

  /** Every scenario, with its inputs as the form takes them. */
  private List<CalculatorView.Scenario> scenarios(Language lang) {
    List<CalculatorView.Scenario> scenarios = new ArrayList<>();
    costs
        .scenarios()
        .values()
        .forEach(
            s ->
                scenarios.add(
                    new CalculatorView.Scenario(
                        s.id(),
                        s.label().in(lang),
                        s.modelId(),
                        s.acceleratorId(),
                        json(scenarioValues(s)))));
    return scenarios;
  }

  /** The form's first values: the starting scenario's, else the first model's. */
  private Map<String, String> initial(CostInputs.ScenarioInput start) {
    Map<String, String> initial = new LinkedHashMap<>();
    if (start != null) {
      start.values().forEach((field, value) -> initial.put(field.inputName(), text(field, value)));
    } else {
      costs
          .models()
          .values()
          .iterator()
          .next()
          .values()
          .forEach((field, value) -> initial.put(field.inputName(), text(field, value)));
    }
    return initial;
  }

  @Override
  public List<OutputFile> assets() {
    return List.of(
        asset("calculator.js", "TeaVM writes it when Maven builds Folio (mvn package)"),
        asset("calculator-page.js", "it ships with Folio"));
  }

  /** The precisions the form offers: the usual ones, and any a scenario uses, largest first. */
  private List<CalculatorView.Option> precisions(Context context) {
    Map<BigDecimal, String> labels = new TreeMap<>(Comparator.reverseOrder());
    PRECISIONS.forEach(
        (bytes, key) -> labels.put(new BigDecimal(bytes), context.strings().apply(key)));
    for (CostInputs.ScenarioInput scenario : costs.scenarios().values()) {
      BigDecimal bytes = decimal(scenario.values().get(ScenarioField.BYTES_PER_PARAMETER));
      labels.putIfAbsent(bytes, bytes.toPlainString());
    }
    List<CalculatorView.Option> options = new ArrayList<>();
    labels.forEach(
        (bytes, label) ->
            options.add(
                new CalculatorView.Option(bytes.stripTrailingZeros().toPlainString(), label, "")));
    return options;
  }

  /** A scenario's own inputs (its model's and accelerator's come with those choices). */
  private static Map<ScenarioField, Double> scenarioValues(CostInputs.ScenarioInput scenario) {
    Map<ScenarioField, Double> own = new LinkedHashMap<>();
    scenario
        .values()
        .forEach(
            (field, value) -> {
              if (field.source() == ScenarioField.Source.SCENARIO) {
                own.put(field, value);
              }
            });
    return own;
  }

  /** Which inputs each kind of choice fills, and which the form shows in percent. */
  private static String fields() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    for (ScenarioField.Source source : ScenarioField.Source.values()) {
      fields.put(source.name().toLowerCase(Locale.ROOT), new ArrayList<>());
    }
    fields.put("percent", new ArrayList<>());
    for (ScenarioField field : ScenarioField.values()) {
      fields.get(field.source().name().toLowerCase(Locale.ROOT)).add(field.inputName());
      if (field.percent()) {
        fields.get("percent").add(field.inputName());
      }
    }
    return JSON.writeValueAsString(fields);
  }

  private static String json(Map<ScenarioField, Double> values) {
    Map<String, String> json = new LinkedHashMap<>();
    values.forEach((field, value) -> json.put(field.inputName(), text(field, value)));
    return JSON.writeValueAsString(json);
  }

  /**
   * A value as the form writes it: the shortest decimal that JavaScript's {@code Number()} reads as
   * the same double Java holds; a percentage in percent; an absent optional value as empty.
   */
  private static String text(ScenarioField field, double value) {
    if (Double.isNaN(value)) {
      return field == ScenarioField.VOCABULARY ? "0" : "";
    }
    BigDecimal decimal = decimal(value);
    return (field.percent() ? decimal.movePointRight(2) : decimal)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static BigDecimal decimal(double value) {
    return new BigDecimal(Double.toString(value));
  }

  private static OutputFile asset(String name, String why) {
    try (InputStream in = CalculatorEmbed.class.getResourceAsStream(ASSETS + name)) {
      if (in == null) {
        throw new IllegalStateException(
            ASSETS + name + " is missing from Folio's class path: " + why);
      }
      return new OutputFile("assets/" + name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
