package dev.folio.chart;

import java.util.Arrays;

/**
 * Moves labels stacked along one axis apart so that none overlap, each as close to where it wants
 * to be as the others allow, all within [{@code min}, {@code max}].
 */
final class Dodge {
  private Dodge() {}

  /**
   * @param wanted the centre each label wants, any order
   * @param sizes each label's extent along the axis
   * @return the centres, in the same order as {@code wanted}
   */
  static double[] centres(double[] wanted, double[] sizes, double gap, double min, double max) {
    int n = wanted.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) ->
            wanted[a] != wanted[b] ? Double.compare(wanted[a], wanted[b]) : Integer.compare(a, b));
    double[] start = new double[n];
    // Push down from the top, then up from the bottom, so both ends are respected.
    double edge = min;
    for (int k = 0; k < n; k++) {
      int i = order[k];
      start[i] = Math.max(wanted[i] - sizes[i] / 2, edge);
      edge = start[i] + sizes[i] + gap;
    }
    edge = max;
    for (int k = n - 1; k >= 0; k--) {
      int i = order[k];
      start[i] = Math.min(start[i], edge - sizes[i]);
      edge = start[i] - gap;
    }
    double[] centres = new double[n];
    for (int i = 0; i < n; i++) {
      centres[i] = start[i] + sizes[i] / 2;
    }
    return centres;
  }

  /** Whether labels of these sizes fit between {@code min} and {@code max} at all. */
  static boolean fits(double[] sizes, double gap, double min, double max) {
    double total = -gap;
    for (double size : sizes) {
      total += size + gap;
    }
    return total <= max - min;
  }
}
