package dev.folio.extensions.inference.model;

import java.util.Optional;

/**
 * One printed figure of the report's cost table beside its recomputation.
 *
 * @param key which figure
 * @param published the figure as printed
 * @param verdict whether the recomputation reproduces it (see {@link Verdict})
 * @param recomputation the recomputation; empty exactly when the verdict is NOT_DERIVABLE
 * @param closestCandidate for a figure that is not derivable, the nearest formula found outside the
 *     table's inputs (a hint for readers, not the report's method)
 */
public record Figure(
    FigureKey key,
    PrintedNumber published,
    Verdict verdict,
    Optional<Recomputation> recomputation,
    Optional<Recomputation> closestCandidate) {

  public Figure {
    Check.present("key", key);
    Check.present("published", published);
    Check.present("verdict", verdict);
    Check.present("recomputation", recomputation);
    Check.present("closestCandidate", closestCandidate);
    if (recomputation.isEmpty() != (verdict == Verdict.NOT_DERIVABLE)) {
      throw new IllegalArgumentException(
          "a figure has a recomputation unless it is NOT_DERIVABLE: "
              + key.id()
              + " is "
              + verdict);
    }
  }

  static Figure recomputed(FigureKey key, PrintedNumber published, double value, String formula) {
    Recomputation recomputation =
        new Recomputation(value, formula, relativeDifference(key, value, published));
    return new Figure(
        key,
        published,
        Comparison.verdict(value, published),
        Optional.of(recomputation),
        Optional.empty());
  }

  static Figure notDerivable(
      FigureKey key, PrintedNumber published, double closestValue, String closestFormula) {
    Recomputation closest =
        new Recomputation(
            closestValue, closestFormula, relativeDifference(key, closestValue, published));
    return new Figure(
        key, published, Verdict.NOT_DERIVABLE, Optional.empty(), Optional.of(closest));
  }

  private static double relativeDifference(FigureKey key, double value, PrintedNumber published) {
    return Check.finiteResult(
        "table inputs",
        key.id() + " relative difference",
        Comparison.relativeDifference(value, published.value()));
  }
}
