package dev.folio.extensions.inference.model;

/** Input validation shared by the records; each check names the field and the bad value. */
final class Check {

  private Check() {}

  static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidCostInputException(field, field + " must be given, was null");
    }
    return value;
  }

  static String notBlank(String field, String value) {
    present(field, value);
    // trim() rather than isBlank(): the package also compiles to JavaScript, keep to old APIs.
    if (value.trim().isEmpty()) {
      throw new InvalidCostInputException(
          field, field + " must not be blank, was \"" + value + "\"");
    }
    return value;
  }

  static int atLeast(String field, int value, int minimum) {
    if (value < minimum) {
      throw new InvalidCostInputException(
          field, field + " must be at least " + minimum + ", was " + value);
    }
    return value;
  }

  static int between(String field, int value, int minimum, int maximum) {
    if (value < minimum || value > maximum) {
      throw new InvalidCostInputException(
          field, field + " must be between " + minimum + " and " + maximum + ", was " + value);
    }
    return value;
  }

  static double positive(String field, double value) {
    if (!(Double.isFinite(value) && value > 0)) {
      throw new InvalidCostInputException(
          field, field + " must be a finite number greater than 0, was " + value);
    }
    return value;
  }

  static double nonNegative(String field, double value) {
    if (!(Double.isFinite(value) && value >= 0)) {
      throw new InvalidCostInputException(
          field, field + " must be a finite number of at least 0, was " + value);
    }
    return value;
  }

  /** A share such as utilisation: 0 would make every time infinite, above 1 is impossible. */
  static double fraction(String field, double value) {
    if (!(Double.isFinite(value) && value > 0 && value <= 1)) {
      throw new InvalidCostInputException(
          field, field + " must be greater than 0 and at most 1, was " + value);
    }
    return value;
  }

  /** A loss such as the report's bandwidth loss: a loss of 1 would leave nothing. */
  static double loss(String field, double value) {
    if (!(Double.isFinite(value) && value >= 0 && value < 1)) {
      throw new InvalidCostInputException(
          field, field + " must be at least 0 and less than 1, was " + value);
    }
    return value;
  }

  /**
   * Guards a computed quantity: finite inputs can still overflow or underflow (a petabyte over a
   * byte per second), and a result must never carry NaN or Infinity.
   */
  static double finiteResult(String inputs, String quantity, double value) {
    if (!Double.isFinite(value)) {
      throw new InvalidCostInputException(
          inputs,
          "the " + inputs + " are too extreme to evaluate: " + quantity + " comes out as " + value);
    }
    return value;
  }
}
