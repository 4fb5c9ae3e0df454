package dev.folio.extensions.inference;

import java.util.List;
import java.util.Map;

/**
 * The live calculator placed by a {@code ```calculator} block: the choices its form offers and the
 * values it starts from. Each choice carries its inputs as JSON keyed by the calculator's input
 * names ({@code inputs}), and {@code fields} says which inputs each kind of choice fills; both come
 * from {@link dev.folio.extensions.inference.calculator.ScenarioField}, so the page hands the cost
 * model the very doubles the build's tables were computed from.
 *
 * @param assets relative path from the page to {@code assets/}
 * @param locale BCP 47 tag the page formats numbers for
 * @param fields JSON: {@code {model: [...], accelerator: [...], scenario: [...], percent: [...]}}
 * @param initial the form's starting text by input name (the report's own scenario when there is
 *     one), percentages in percent
 * @param initialScenario the scenario that starts the form, or empty
 */
public record CalculatorView(
    String assets,
    String locale,
    String fields,
    List<Option> models,
    List<Option> accelerators,
    List<Option> precisions,
    List<Scenario> scenarios,
    Map<String, String> initial,
    String initialModel,
    String initialAccelerator,
    String initialScenario,
    String fallbackHref) {

  /** A model shape or an accelerator (its inputs as JSON), or a precision (inputs empty). */
  public record Option(String id, String label, String inputs) {}

  /** A scenario to start from: the model and accelerator it names, and its inputs as JSON. */
  public record Scenario(
      String id, String label, String model, String accelerator, String inputs) {}
}
