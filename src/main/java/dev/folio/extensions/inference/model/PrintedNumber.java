package dev.folio.extensions.inference.model;

/**
 * A number exactly as the report prints it, e.g. {@code "2.61E+11"}, {@code "0.064"}, {@code
 * "1.7e-4"} or {@code "320"}. The text is kept because its digits say how precisely the report
 * stated the figure, which decides whether a recomputation reproduces it.
 *
 * <p>Accepted form: optional sign, digits, optional fraction, optional exponent ({@code
 * [+-]?d+(.d+)?([eE][+-]?d+)?}). The value must be finite and non-zero.
 *
 * @param text the figure as printed
 */
public record PrintedNumber(String text) {

  public PrintedNumber {
    Check.present("text", text);
    if (!isDecimalNotation(text)) {
      throw new InvalidCostInputException(
          "text",
          "text must be a decimal number such as 12.22, 0.064 or 2.61E+11, was \"" + text + "\"");
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value) || value == 0) {
      throw new InvalidCostInputException(
          "text", "text must be a finite, non-zero number, was \"" + text + "\"");
    }
  }

  /** Shorthand for {@code new PrintedNumber(text)}. */
  public static PrintedNumber of(String text) {
    return new PrintedNumber(text);
  }

  /** The printed figure as a number. */
  public double value() {
    return Double.parseDouble(text);
  }

  /**
   * How many significant digits the report printed: every mantissa digit after the leading zeros.
   * Trailing zeros count, so {@code "320"} has three — the stricter of the two readings.
   */
  public int significantDigits() {
    int digits = 0;
    boolean leadingZeros = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'e' || c == 'E') {
        break;
      }
      if (isDigit(c)) {
        leadingZeros = leadingZeros && c == '0';
        if (!leadingZeros) {
          digits++;
        }
      }
    }
    return digits;
  }

  private static boolean isDecimalNotation(String text) {
    int i = skipSign(text, 0);
    int afterInteger = skipDigits(text, i);
    if (afterInteger == i) {
      return false;
    }
    i = afterInteger;
    if (i < text.length() && text.charAt(i) == '.') {
      int afterFraction = skipDigits(text, i + 1);
      if (afterFraction == i + 1) {
        return false;
      }
      i = afterFraction;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int exponentStart = skipSign(text, i + 1);
      int afterExponent = skipDigits(text, exponentStart);
      if (afterExponent == exponentStart) {
        return false;
      }
      i = afterExponent;
    }
    return i == text.length();
  }

  private static int skipSign(String text, int i) {
    return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
  }

  private static int skipDigits(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
