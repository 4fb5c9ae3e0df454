package dev.folio.chart;

import java.util.List;

/** Maps a positive domain onto a range by its base-10 logarithm: each decade the same length. */
record LogScale(double d0, double d1, double r0, double r1) implements NumberScale {
  LogScale {
    if (!(d0 > 0 && d1 > 0 && Double.isFinite(d0) && Double.isFinite(d1))) {
      throw new IllegalArgumentException(
          "a log scale needs a positive domain, got " + d0 + ".." + d1);
    }
  }

  @Override
  public double map(double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException("a log scale cannot show " + value);
    }
    double l0 = StrictMath.log10(d0);
    double l1 = StrictMath.log10(d1);
    return l1 == l0 ? (r0 + r1) / 2 : r0 + (StrictMath.log10(value) - l0) / (l1 - l0) * (r1 - r0);
  }

  /** The domain widened to whole decades: [7e10, 1e13] becomes [1e10, 1e13]. */
  LogScale nice() {
    double lo = Ticks.power((int) Math.floor(StrictMath.log10(Math.min(d0, d1)) + 1e-9));
    double hi = Ticks.power((int) Math.ceil(StrictMath.log10(Math.max(d0, d1)) - 1e-9));
    if (hi <= lo) {
      hi = lo * 10;
    }
    return d0 <= d1 ? new LogScale(lo, hi, r0, r1) : new LogScale(hi, lo, r0, r1);
  }

  /** Powers of ten in the domain, at most {@code count} of them. */
  @Override
  public List<Double> ticks(int count) {
    return Ticks.log(d0, d1, count);
  }
}
