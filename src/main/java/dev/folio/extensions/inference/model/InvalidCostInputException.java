package dev.folio.extensions.inference.model;

/**
 * A cost-model input is missing, out of range or not a finite number, or the inputs are so extreme
 * that a result would overflow. The message names the field and the bad value.
 */
public final class InvalidCostInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String field;

  InvalidCostInputException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The offending input's name as spelt in the record component, e.g. {@code "utilisation"}. */
  public String field() {
    return field;
  }
}
