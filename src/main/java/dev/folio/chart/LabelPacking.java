package dev.folio.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Stacks labels above a line without overlaps. Each label goes at the lowest height where its box
 * touches no box placed before it (labels, their leader lines and marks), on whichever of its
 * possible spans (right or left of its mark) is free. Where it can, a label avoids covering marks
 * still to be labelled, whose leader lines would otherwise cross it. Heights are measured upwards
 * from the line.
 */
final class LabelPacking {
  /** A box: x from {@code x0} to {@code x1}, height above the line {@code h0} to {@code h1}. */
  record Box(double x0, double x1, double h0, double h1) {
    boolean overlaps(Box other) {
      return x0 < other.x1 && other.x0 < x1 && h0 < other.h1 && other.h0 < h1;
    }
  }

  /** Where a label went: the start of its span and the height of its bottom. */
  record Choice(double x0, double height) {}

  private final List<Box> placed = new ArrayList<>();
  private final double gap;

  LabelPacking(double gap) {
    this.gap = gap;
  }

  /** Marks an area as taken (a dot, an arrow). */
  void block(Box box) {
    placed.add(box);
  }

  /**
   * Places a label {@code height} tall, starting at one of {@code starts} and {@code width} wide,
   * at least {@code minHeight} above the line, with a leader line at {@code leaderX} from the line
   * up to it; {@code avoid} are the x of marks not yet labelled.
   */
  Choice place(
      List<Double> starts,
      double width,
      double height,
      double minHeight,
      double leaderX,
      List<Double> avoid) {
    List<Double> heights = new ArrayList<>();
    heights.add(minHeight);
    for (Box box : placed) {
      if (box.h1() + gap > minHeight) {
        heights.add(box.h1() + gap);
      }
    }
    heights.sort(Double::compare);
    // 1: no leader crossing a label, no mark still to be labelled covered;
    // 2: no leader crossing a label; 3: anywhere free (the highest height always is).
    for (int pass = 1; pass <= 3; pass++) {
      for (double h : heights) {
        for (double x0 : starts) {
          Box label = new Box(x0 - gap / 2, x0 + width + gap / 2, h, h + height);
          if (pass == 1 && avoid.stream().anyMatch(x -> x > label.x0() && x < label.x1())) {
            continue;
          }
          Box leader = new Box(leaderX - 1, leaderX + 1, 0, h);
          boolean free = true;
          for (Box box : placed) {
            if (label.overlaps(box)
                || (pass < 3 && h > minHeight && leader.overlaps(box) && box.h0() > 0)) {
              free = false;
              break;
            }
          }
          if (free) {
            placed.add(label);
            if (h > minHeight) {
              placed.add(leader);
            }
            return new Choice(x0, h);
          }
        }
      }
    }
    throw new IllegalStateException("unreachable: the highest height is always free");
  }
}
