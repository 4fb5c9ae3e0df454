package dev.folio.chart;

import java.util.List;

/**
 * Divides a range into equal bands, one per key, with padding between bands and at both ends given
 * as fractions of a step (as d3's {@code scaleBand}).
 */
record BandScale(
    List<String> keys, double r0, double r1, double paddingInner, double paddingOuter) {
  BandScale {
    keys = List.copyOf(keys);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("a band scale needs at least one key");
    }
    if (paddingInner < 0 || paddingInner >= 1 || paddingOuter < 0) {
      throw new IllegalArgumentException(
          "padding out of range: " + paddingInner + ", " + paddingOuter);
    }
  }

  /** The distance from one band's start to the next. */
  double step() {
    return (r1 - r0) / (keys.size() - paddingInner + 2 * paddingOuter);
  }

  double bandwidth() {
    return step() * (1 - paddingInner);
  }

  /** Where the band of the {@code index}-th key starts. */
  double start(int index) {
    if (index < 0 || index >= keys.size()) {
      throw new IndexOutOfBoundsException(index);
    }
    return r0 + step() * (paddingOuter + index);
  }

  double start(String key) {
    int index = keys.indexOf(key);
    if (index < 0) {
      throw new IllegalArgumentException("not a key of the scale: " + key);
    }
    return start(index);
  }

  double center(int index) {
    return start(index) + bandwidth() / 2;
  }
}
