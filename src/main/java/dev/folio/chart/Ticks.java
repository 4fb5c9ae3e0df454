package dev.folio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nice" tick steps: 1, 2 or 5 times a power of ten, as d3's {@code tickStep} picks them, so that
 * axes read 0, 20, 40 rather than 0, 17.3, 34.6.
 */
final class Ticks {
  private static final double E10 = Math.sqrt(50);
  private static final double E5 = Math.sqrt(10);
  private static final double E2 = Math.sqrt(2);

  private Ticks() {}

  /** The nice step for about {@code count} ticks between {@code start} and {@code stop}. */
  static double step(double start, double stop, int count) {
    requireFinite(start, stop);
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    double span = Math.abs(stop - start);
    if (span == 0) {
      return 0;
    }
    double raw = span / count;
    double power = StrictMath.pow(10, Math.floor(StrictMath.log10(raw)));
    double error = raw / power;
    double factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
    return factor * power;
  }

  /** Tick values: multiples of the nice step within [start, stop], ascending. */
  static List<Double> linear(double start, double stop, int count) {
    double lo = Math.min(start, stop);
    double hi = Math.max(start, stop);
    double step = step(lo, hi, count);
    List<Double> ticks = new ArrayList<>();
    if (step == 0) {
      ticks.add(lo);
      return ticks;
    }
    // Below 1, divide by the inverse step: 3 / 10 is exactly 0.3, 3 * 0.1 is not.
    boolean fraction = step < 1;
    double inverse = fraction ? Math.round(1 / step) : 0;
    long first = (long) Math.ceil(fraction ? lo * inverse : lo / step - 1e-9);
    long last = (long) Math.floor(fraction ? hi * inverse : hi / step + 1e-9);
    for (long i = first; i <= last; i++) {
      double value = fraction ? i / inverse : i * step;
      ticks.add(value == 0 ? 0.0 : value);
    }
    return ticks;
  }

  /**
   * The domain widened to whole nice steps, so that the first and last ticks sit on the ends of the
   * axis: [3, 78] with about 5 ticks becomes [0, 80].
   */
  static double[] nice(double start, double stop, int count) {
    double lo = Math.min(start, stop);
    double hi = Math.max(start, stop);
    double previous = Double.NaN;
    for (int i = 0; i < 10; i++) {
      double step = step(lo, hi, count);
      if (step == 0 || step == previous) {
        break;
      }
      lo = Math.floor(lo / step) * step;
      hi = Math.ceil(hi / step) * step;
      previous = step;
    }
    return new double[] {lo == 0 ? 0.0 : lo, hi};
  }

  /**
   * Powers of ten from {@code start} to {@code stop} (both positive), thinned to every second,
   * third… power when there would be more than {@code maxCount}.
   */
  static List<Double> log(double start, double stop, int maxCount) {
    requireFinite(start, stop);
    double lo = Math.min(start, stop);
    double hi = Math.max(start, stop);
    if (lo <= 0) {
      throw new IllegalArgumentException("a log scale needs positive values, got " + lo);
    }
    int first = (int) Math.ceil(StrictMath.log10(lo) - 1e-9);
    int last = (int) Math.floor(StrictMath.log10(hi) + 1e-9);
    int count = last - first + 1;
    int every = Math.max(1, (int) Math.ceil(count / (double) Math.max(1, maxCount)));
    List<Double> ticks = new ArrayList<>();
    for (int k = first; k <= last; k++) {
      if ((k - first) % every == 0) {
        ticks.add(power(k));
      }
    }
    return ticks;
  }

  /** 10^k, exact for every k a double can hold exactly, and the closest double below 1. */
  static double power(int k) {
    return k >= 0 ? StrictMath.pow(10, k) : 1 / StrictMath.pow(10, -k);
  }

  private static void requireFinite(double start, double stop) {
    if (!Double.isFinite(start) || !Double.isFinite(stop)) {
      throw new IllegalArgumentException("not a finite domain: " + start + " to " + stop);
    }
  }
}
