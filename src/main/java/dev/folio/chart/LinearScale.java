package dev.folio.chart;

import java.util.List;

/** Maps a numeric domain linearly onto a range of SVG coordinates. */
record LinearScale(double d0, double d1, double r0, double r1) implements NumberScale {
  LinearScale {
    if (!(Double.isFinite(d0)
        && Double.isFinite(d1)
        && Double.isFinite(r0)
        && Double.isFinite(r1))) {
      throw new IllegalArgumentException(
          "not a finite scale: " + d0 + ".." + d1 + " → " + r0 + ".." + r1);
    }
  }

  @Override
  public double map(double value) {
    return d1 == d0 ? (r0 + r1) / 2 : r0 + (value - d0) / (d1 - d0) * (r1 - r0);
  }

  /** The same scale with its domain widened to nice steps for about {@code count} ticks. */
  LinearScale nice(int count) {
    double[] nice = Ticks.nice(d0, d1, count);
    return d0 <= d1
        ? new LinearScale(nice[0], nice[1], r0, r1)
        : new LinearScale(nice[1], nice[0], r0, r1);
  }

  @Override
  public List<Double> ticks(int count) {
    return Ticks.linear(d0, d1, count);
  }
}
