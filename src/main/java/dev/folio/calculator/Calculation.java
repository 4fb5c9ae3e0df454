package dev.folio.calculator;

import dev.folio.compute.cost.AcceleratorSpec;
import dev.folio.compute.cost.CostModel;
import dev.folio.compute.cost.Deployment;
import dev.folio.compute.cost.Estimate;
import dev.folio.compute.cost.EstimateFields;
import dev.folio.compute.cost.InvalidCostInputException;
import dev.folio.compute.cost.ModelShape;
import dev.folio.compute.cost.Precision;
import dev.folio.compute.cost.Scenario;
import dev.folio.compute.cost.Workload;
import java.util.OptionalDouble;

/**
 * The live calculator's one computation: named numbers in, named results out, through
 * {@link CostModel#estimate} — the same model, and the same mapping from the data files' units,
 * as the build's {@code cost-estimates} table. Runs on the JVM (tests, fixtures) and, compiled by
 * TeaVM, in the browser ({@link CalculatorBridge}); so it keeps to what the cost model keeps to:
 * no streams, no formatting, no I/O.
 *
 * <p>Inputs, by name (every one a number; integers must be whole):
 * <ul>
 *   <li>model: {@code layers}, {@code hiddenSize}, {@code heads}, {@code kvHeads} (grouped-query
 *       attention when fewer than {@code heads}), {@code vocabulary} (absent: 0),
 *       {@code parameters} (absent or NaN: 12·L·h² + V·h)</li>
 *   <li>{@code bytesPerParameter}: weights, KV cache and activations alike</li>
 *   <li>workload: {@code batchSize}, {@code promptTokens}, {@code outputTokens}</li>
 *   <li>one accelerator, in datasheet units: {@code denseTflops}, {@code hbmGBps}, {@code hbmGB},
 *       {@code linkGBps} (both directions together)</li>
 *   <li>deployment: {@code acceleratorCount}, {@code utilisation} and
 *       {@code bandwidthEfficiency} (fractions), {@code usdPerAcceleratorHour}</li>
 * </ul>
 *
 * <p>Outputs: {@code ok}; when not ok, {@code error} (the input's name as above, or
 * {@code "scenario"} when the combination overflows) and {@code message}. When ok:
 * {@code fits}, the footprint, roofline and memory figures, and — only when it fits — the
 * timing and the cost.
 * A scenario that does not fit is never priced.
 */
public final class Calculation {

  /** Where the inputs come from. */
  public interface Inputs {
    /** The input's value, or NaN when it is absent or not a number. */
    double number(String name);
  }

  /** Where the results go: {@code ok}, then {@link EstimateFields}' names or the error. */
  public interface Outputs extends EstimateFields.Sink {
  }

  private Calculation() {
  }

  /** Evaluates one scenario; never throws for bad inputs, reports them in {@code out}. */
  public static void run(Inputs in, Outputs out) {
    Estimate estimate;
    try {
      estimate = CostModel.estimate(scenario(in));
    } catch (InvalidCostInputException e) {
      reject(out, inputName(e.field()), e.getMessage());
      return;
    } catch (InvalidInput e) {
      reject(out, e.field, e.getMessage());
      return;
    }
    out.flag("ok", true);
    EstimateFields.write(estimate, out);
  }

  /**
   * The scenario, mapped exactly as {@code dev.folio.compute.CostInputs} maps a row of
   * {@code cost-scenarios.yaml}: uniform precision, KV head ratio kvHeads / heads, the
   * accelerator from its datasheet units; the hourly price is per accelerator here.
   */
  static Scenario scenario(Inputs in) {
    int layers = whole(in, "layers");
    int hiddenSize = whole(in, "hiddenSize");
    int heads = whole(in, "heads");
    int kvHeads = whole(in, "kvHeads");
    if (heads < 1) {
      throw invalid("heads", "heads must be at least 1, was " + heads);
    }
    if (kvHeads < 1 || kvHeads > heads) {
      throw invalid("kvHeads",
          "kvHeads must be between 1 and heads (" + heads + "), was " + kvHeads);
    }
    double vocabularyValue = in.number("vocabulary");
    int vocabulary = vocabularyValue != vocabularyValue ? 0 : whole(in, "vocabulary");
    double parameters = in.number("parameters");
    OptionalDouble parameterCount = parameters != parameters ? OptionalDouble.empty()
        : OptionalDouble.of(parameters);
    ModelShape model = new ModelShape(layers, hiddenSize, vocabulary, parameterCount,
        (double) kvHeads / heads);
    Precision precision = Precision.uniform(in.number("bytesPerParameter"));
    Workload workload = new Workload(whole(in, "batchSize"), whole(in, "promptTokens"),
        whole(in, "outputTokens"));
    AcceleratorSpec accelerator = AcceleratorSpec.fromDatasheet("calculator",
        in.number("denseTflops"), in.number("hbmGBps"), in.number("hbmGB"), in.number("linkGBps"));
    int count = whole(in, "acceleratorCount");
    double perAccelerator = in.number("usdPerAcceleratorHour");
    if (!(perAccelerator > 0 && perAccelerator < Double.POSITIVE_INFINITY)) {
      throw invalid("usdPerAcceleratorHour",
          "usdPerAcceleratorHour must be a finite number greater than 0, was " + perAccelerator);
    }
    Deployment deployment = new Deployment(accelerator, count, in.number("utilisation"),
        in.number("bandwidthEfficiency"), count * perAccelerator);
    return new Scenario(model, precision, workload, deployment);
  }

  /** An integer input: a whole number within int range, else an error naming it. */
  private static int whole(Inputs in, String name) {
    double value = in.number(name);
    if (!(value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE)
        || value != Math.floor(value)) {
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

  /** An input the calculator itself rejects before the model sees it. */
  private static final class InvalidInput extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    final String field;

    InvalidInput(String field, String message) {
      super(message);
      this.field = field;
    }
  }

  /** The model's record component names, as the calculator's inputs are named. */
  private static String inputName(String field) {
    switch (field) {
      case "hbmGigabytesPerSecond":
        return "hbmGBps";
      case "hbmGigabytes":
        return "hbmGB";
      case "linkGigabytesPerSecond":
        return "linkGBps";
      case "vocabularySize":
        return "vocabulary";
      case "parameterCount":
        return "parameters";
      case "kvHeadRatio":
        return "kvHeads";
      case "kvBytesPerElement":
      case "activationBytesPerElement":
        return "bytesPerParameter";
      case "usdPerHour":
        return "usdPerAcceleratorHour";
      case "scenario inputs":
        return "scenario";
      default:
        return field;
    }
  }

}
