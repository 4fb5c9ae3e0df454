package dev.folio.extensions.inference.calculator;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The calculator's entry point in the browser. TeaVM compiles this class, {@link Calculation} and
 * the cost model to {@code assets/calculator.js}, which defines one global function:
 *
 * <pre>
 * folioCost({layers: 96, hiddenSize: 12288, …})
 *   → {ok: true, fits: true, requestSeconds: 5.6198…, usdPerRequest: 0.012488…, …}
 * </pre>
 *
 * <p>Numbers cross as JavaScript numbers both ways (IEEE doubles, as in Java), so the page shows
 * exactly what the build computes. The names are {@link Calculation}'s.
 */
public final class CalculatorBridge {

  private CalculatorBridge() {}

  /** Evaluates one scenario; bad inputs come back as {@code {ok: false, error, message}}. */
  @JSExport
  public static JSObject folioCost(JSObject inputs) {
    JSObject result = newObject();
    Calculation.run(
        name -> number(inputs, name),
        new Calculation.Outputs() {
          @Override
          public void number(String name, double value) {
            setNumber(result, name, value);
          }

          @Override
          public void text(String name, String value) {
            setText(result, name, value);
          }

          @Override
          public void flag(String name, boolean value) {
            setFlag(result, name, value);
          }
        });
    return result;
  }

  @JSBody(
      params = {"inputs", "name"},
      script =
          "var v = inputs == null ? undefined : inputs[name];"
              + " return typeof v === 'number' ? v : NaN;")
  private static native double number(JSObject inputs, String name);

  @JSBody(script = "return {};")
  private static native JSObject newObject();

  @JSBody(
      params = {"o", "name", "value"},
      script = "o[name] = value;")
  private static native void setNumber(JSObject o, String name, double value);

  @JSBody(
      params = {"o", "name", "value"},
      script = "o[name] = value;")
  private static native void setText(JSObject o, String name, String value);

  @JSBody(
      params = {"o", "name", "value"},
      script = "o[name] = value;")
  private static native void setFlag(JSObject o, String name, boolean value);
}
