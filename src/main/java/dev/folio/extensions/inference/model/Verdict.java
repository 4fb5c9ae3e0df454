package dev.folio.extensions.inference.model;

/**
 * What a recomputation says about a published figure.
 *
 * <p>The rule: round the recomputed value, half away from zero, to as many significant digits as
 * the figure's printed text has (every mantissa digit after leading zeros; {@code "320"} has three,
 * {@code "1.7e-4"} two). The figure is REPRODUCED when that rounded value lies within 1% of the
 * printed value, otherwise CONTRADICTED. {@link Recomputation#relativeDifference()} is always that
 * of the unrounded value, so 1.739e-4 against a printed 1.7e-4 is REPRODUCED at +2.3%.
 */
public enum Verdict {
  /** The recomputation, rounded as the report rounded, lies within 1% of the printed figure. */
  REPRODUCED,
  /** A formula from the table's inputs gives a figure more than 1% away. */
  CONTRADICTED,
  /** No formula from the table's inputs gives the figure. */
  NOT_DERIVABLE
}
