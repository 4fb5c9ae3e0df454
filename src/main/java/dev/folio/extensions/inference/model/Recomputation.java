package dev.folio.extensions.inference.model;

/**
 * A value computed from the published table's inputs, the formula that gave it, and how far it lies
 * from the printed figure.
 *
 * @param value the recomputed value, in the printed figure's unit
 * @param formula the formula in plain Unicode math, with the table's symbols
 * @param relativeDifference {@code (value − published) / published}, e.g. −0.023 for −2.3%
 */
public record Recomputation(double value, String formula, double relativeDifference) {}
