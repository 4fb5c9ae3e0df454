package dev.folio.extensions.inference.model;

/**
 * The rule that decides whether a recomputation reproduces a printed figure.
 *
 * <p>The recomputed value is first rounded to as many significant digits as the report printed
 * (half away from zero), because a figure printed as {@code 1.7e-4} only claims two digits; the
 * verdict is REPRODUCED when that rounded value lies within 1% of the printed value. The relative
 * difference shown beside a verdict is that of the <em>unrounded</em> recomputation, {@code
 * (recomputed − published) / published}.
 */
final class Comparison {

  /** Slack on top of the report's rounding. */
  static final double TOLERANCE = 0.01;

  /** Beyond this a double carries no more digits, so rounding would change nothing. */
  private static final int DOUBLE_DIGITS = 15;

  private Comparison() {}

  static Verdict verdict(double recomputed, PrintedNumber published) {
    double rounded = roundToSignificantDigits(recomputed, published.significantDigits());
    return withinTolerance(rounded, published.value()) ? Verdict.REPRODUCED : Verdict.CONTRADICTED;
  }

  static boolean withinTolerance(double value, double reference) {
    return Math.abs(value - reference) <= TOLERANCE * Math.abs(reference);
  }

  static double relativeDifference(double recomputed, double published) {
    return (recomputed - published) / published;
  }

  static double roundToSignificantDigits(double value, int digits) {
    if (value == 0 || digits > DOUBLE_DIGITS) {
      return value;
    }
    double magnitude = Math.abs(value);
    int exponent = (int) Math.floor(Math.log10(magnitude));
    int shift = digits - 1 - exponent;
    // Scale by an exact power of ten (10^k is exact for k <= 22) rather than by 10^-k.
    double rounded =
        shift >= 0
            ? Math.round(magnitude * Math.pow(10, shift)) / Math.pow(10, shift)
            : Math.round(magnitude / Math.pow(10, -shift)) * Math.pow(10, -shift);
    return Math.copySign(rounded, value);
  }
}
