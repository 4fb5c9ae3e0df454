package dev.folio.extensions.inference.model;

import java.math.BigDecimal;

/**
 * A tolerance as written in the reference CSV files: {@code digits} (the value must round to the
 * expected figure as written, i.e. lie within half a unit of its last digit), {@code rel:x} or
 * {@code abs:x}.
 */
final class Tolerance {

  private Tolerance() {}

  /** The largest allowed absolute error for {@code expectedText} under {@code spec}. */
  static double allowedError(String spec, String expectedText) {
    BigDecimal expected = new BigDecimal(expectedText);
    if (spec.equals("digits")) {
      return expected.ulp().doubleValue() / 2;
    }
    if (spec.startsWith("rel:")) {
      return Double.parseDouble(spec.substring(4)) * Math.abs(expected.doubleValue());
    }
    if (spec.startsWith("abs:")) {
      return Double.parseDouble(spec.substring(4));
    }
    throw new IllegalArgumentException("tolerance must be digits, rel:x or abs:x, was " + spec);
  }
}
