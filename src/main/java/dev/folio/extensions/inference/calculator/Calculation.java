package dev.folio.extensions.inference.calculator;

import dev.folio.extensions.inference.model.AcceleratorSpec;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Deployment;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.EstimateFields;
import dev.folio.extensions.inference.model.InvalidCostInputException;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.Precision;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.extensions.inference.model.Workload;
import java.util.OptionalDouble;

/**
 * The live calculator's one computation: named numbers in, named results out, through {@link
 * CostModel#estimate} — the same model, and the same mapping from the data files' units, as the
 * build's {@code cost-estimates} table. Runs on the JVM (tests, fixtures) and, compiled by TeaVM,
 * in the browser ({@link CalculatorBridge}); so it keeps to what the cost model keeps to: no
 * streams, no formatting, no I/O.
 *
 * <p>Inputs, by name (every one a number; integers must be whole):
 *
 * <ul>
 *   <li>model: {@code layers}, {@code hiddenSize}, {@code heads}, {@code kvHeads} (grouped-query
 *       attention when fewer than {@code heads}), {@code vocabulary} (absent: 0), {@code
 *       parameters} (absent or NaN: 12·L·h² + V·h)
 *   <li>{@code bytesPerParameter}: weights, KV cache and activations alike
 *   <li>workload: {@code batchSize}, {@code promptTokens}, {@code outputTokens}
 *   <li>one accelerator, in datasheet units: {@code denseTflops}, {@code hbmGBps}, {@code hbmGB},
 *       {@code linkGBps} (both directions together)
 *   <li>deployment: {@code acceleratorCount}, {@code utilisation} and {@code bandwidthEfficiency}
 *       (fractions), {@code usdPerAcceleratorHour}
 * </ul>
 *
 * <p>Outputs: {@code ok}; when not ok, {@code error} (the input's name as above, or {@code
 * "scenario"} when the combination overflows) and {@code message}. When ok: {@code fits}, the
 * footprint, roofline and memory figures, and — only when it fits — the timing and the cost. A
 * scenario that does not fit is never priced.
 */
public final class Calculation {

  /** Where the inputs come from. */
  public interface Inputs {
    /** The input's value, or NaN when it is absent or not a number. */
    double number(String name);
  }

  /** Where the results go: {@code ok}, then {@link EstimateFields}' names or the error. */
  public interface Outputs extends EstimateFields.Sink {}

  private Calculation() {}

  /** Evaluates one scenario; never throws for bad inputs, reports them in {@code out}. */
  public static void run(Inputs in, Outputs out) {
    Estimate estimate;
    try {
      estimate = CostModel.estimate(scenario(in));
    } catch (InvalidCostInputException e) {
      reject(out, inputName(e.field()), e.getMessage());
      return;
    } catch (InvalidInput e) {
      reject(out, e.field(), e.getMessage());
      return;
    }
    out.flag("ok", true);
    EstimateFields.write(estimate, out);
  }

  /**
   * The scenario, from inputs named as {@link ScenarioField} names them: the one mapping to the
   * cost model's records that the build's tables use too. Uniform precision, KV head ratio kvHeads
   * / heads, the accelerator from its datasheet units, the price per accelerator-hour.
   */
  public static Scenario scenario(Inputs in) {
    return scenario(in, "calculator");
  }

  /** As {@link #scenario(Inputs)}, the accelerator named {@code acceleratorId}. */
  public static Scenario scenario(Inputs in, String acceleratorId) {
    int layers = whole(in, ScenarioField.LAYERS);
    int hiddenSize = whole(in, ScenarioField.HIDDEN_SIZE);
    int heads = whole(in, ScenarioField.HEADS);
    int kvHeads = whole(in, ScenarioField.KV_HEADS);
    if (heads < 1) {
      throw invalid("heads", "heads must be at least 1, was " + heads);
    }
    if (kvHeads < 1 || kvHeads > heads) {
      throw invalid(
          "kvHeads", "kvHeads must be between 1 and heads (" + heads + "), was " + kvHeads);
    }
    double vocabularyValue = number(in, ScenarioField.VOCABULARY);
    int vocabulary = vocabularyValue != vocabularyValue ? 0 : whole(in, ScenarioField.VOCABULARY);
    double parameters = number(in, ScenarioField.PARAMETERS);
    OptionalDouble parameterCount =
        parameters != parameters ? OptionalDouble.empty() : OptionalDouble.of(parameters);
    ModelShape model =
        new ModelShape(layers, hiddenSize, vocabulary, parameterCount, (double) kvHeads / heads);
    Precision precision = Precision.uniform(number(in, ScenarioField.BYTES_PER_PARAMETER));
    Workload workload =
        new Workload(
            whole(in, ScenarioField.BATCH_SIZE),
            whole(in, ScenarioField.PROMPT_TOKENS),
            whole(in, ScenarioField.OUTPUT_TOKENS));
    AcceleratorSpec accelerator =
        AcceleratorSpec.fromDatasheet(
            acceleratorId,
            number(in, ScenarioField.DENSE_TFLOPS),
            number(in, ScenarioField.HBM_GBPS),
            number(in, ScenarioField.HBM_GB),
            number(in, ScenarioField.LINK_GBPS));
    int count = whole(in, ScenarioField.ACCELERATOR_COUNT);
    double perAccelerator = number(in, ScenarioField.USD_PER_ACCELERATOR_HOUR);
    if (!(perAccelerator > 0 && perAccelerator < Double.POSITIVE_INFINITY)) {
      throw invalid(
          "usdPerAcceleratorHour",
          "usdPerAcceleratorHour must be a finite number greater than 0, was " + perAccelerator);
    }
    Deployment deployment =
        new Deployment(
            accelerator,
            count,
            number(in, ScenarioField.UTILISATION),
            number(in, ScenarioField.BANDWIDTH_EFFICIENCY),
            count * perAccelerator);
    return new Scenario(model, precision, workload, deployment);
  }

  private static double number(Inputs in, ScenarioField field) {
    return in.number(field.inputName());
  }

  /** An integer input: a whole number within int range, else an error naming it. */
  private static int whole(Inputs in, ScenarioField field) {
    String name = field.inputName();
    double value = in.number(name);
    if (!(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE) || value != Math.floor(value)) {
      throw invalid(name, name + " must be a whole number, was " + value);
    }
    return (int) value;
  }

  private static void reject(Outputs out, String field, String message) {
    out.flag("ok", false);
    out.text("error", field);
    out.text("message", message);
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(field, message);
  }

  /** An input the calculator itself rejects before the model sees it, by its input name. */
  public static final class InvalidInput extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    InvalidInput(String field, String message) {
      super(message);
      this.field = field;
    }

    public String field() {
      return field;
    }
  }

  /** The calculator's name for a component of the model's records the model rejected. */
  private static String inputName(String component) {
    ScenarioField field = ScenarioField.ofComponent(component);
    return field != null
        ? field.inputName()
        : component.equals("scenario inputs") ? "scenario" : component;
  }
}
