package dev.folio.chart;

import java.util.List;

/** A linear or logarithmic scale: a value to a coordinate, and the values worth a tick. */
sealed interface NumberScale permits LinearScale, LogScale {
  double map(double value);

  List<Double> ticks(int count);

  /** A linear scale made nice, or a log scale widened to whole decades. */
  static NumberScale of(boolean log, double min, double max, double r0, double r1, int count) {
    if (log) {
      return new LogScale(min, max, r0, r1).nice();
    }
    return new LinearScale(Math.min(0, min), max, r0, r1).nice(count);
  }
}
