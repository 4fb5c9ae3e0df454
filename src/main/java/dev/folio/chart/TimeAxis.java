package dev.folio.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A time axis that is cut where nothing happens for long, so that crowded periods get the room.
 * Without cuts it is one {@link TimeScale}, niced to the finest calendar interval whose tick labels
 * can be read. Where marks would touch (two of a lane closer than a dot, a correction's arrow too
 * short to draw), the longest empty gap between dates is cut out and shown as a short break, up to
 * {@value #MOST_CUTS} times: every segment keeps the same length per day, so that periods still
 * compare, and each is niced to the ticks' interval on its own. Across a break, the last tick of
 * the earlier segment is left out (its label would touch the next segment's first); when the ticks
 * name days in more than one year, the first tick of each segment and of each year names its year
 * too.
 */
record TimeAxis(List<TimeScale> segments, List<Double> tickAt, List<String> tickLabels) {
  /** The room a break takes on the axis. */
  static final double BREAK = 18;

  private static final int MOST_CUTS = 3;

  TimeAxis {
    segments = List.copyOf(segments);
    tickAt = List.copyOf(tickAt);
    tickLabels = List.copyOf(tickLabels);
  }

  /** That the dates {@code a} and {@code b} must be drawn at least {@code px} apart. */
  record Apart(LocalDate a, LocalDate b, double px) {}

  /** Whether tick labels at these positions can be read (do not touch, are far enough apart). */
  @FunctionalInterface
  interface Legible {
    boolean test(List<Double> at, List<String> labels);
  }

  /**
   * The axis for marks on {@code dates} from {@code r0} to {@code r1}, cut where that keeps the
   * pairs of {@code apart} apart.
   */
  static TimeAxis of(
      List<LocalDate> dates,
      List<Apart> apart,
      double r0,
      double r1,
      Chart.DateLabels labels,
      Legible legible) {
    List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(dates));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("a time axis needs at least one date");
    }
    if (sorted.size() == 1) {
      sorted.add(sorted.get(0).plusDays(1));
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    TimeAxis axis = best(sorted, cuts, r0, r1, labels, legible);
    while (cuts.size() < MOST_CUTS && axis.crowded(apart)) {
      int gap = -1;
      long longest = 0;
      for (int i = 0; i + 1 < sorted.size(); i++) {
        long days = ChronoUnit.DAYS.between(sorted.get(i), sorted.get(i + 1));
        double px = axis.map(sorted.get(i + 1)) - axis.map(sorted.get(i));
        if (!cuts.contains(i) && days > longest && Math.abs(px) >= 4 * BREAK) {
          gap = i;
          longest = days;
        }
      }
      if (gap < 0) {
        break;
      }
      cuts.add(gap);
      axis = best(sorted, cuts, r0, r1, labels, legible);
    }
    return axis;
  }

  /** Where {@code date} is drawn. */
  double map(LocalDate date) {
    for (TimeScale segment : segments) {
      if (!date.isAfter(segment.d1())) {
        return segment.map(date);
      }
    }
    return segments.get(segments.size() - 1).map(date);
  }

  /** The middle of each break, between one segment's end and the next one's start. */
  List<Double> breaks() {
    List<Double> breaks = new ArrayList<>();
    for (int i = 0; i + 1 < segments.size(); i++) {
      breaks.add((segments.get(i).r1() + segments.get(i + 1).r0()) / 2);
    }
    return breaks;
  }

  /** Whether some pair of {@code apart} is drawn closer than it must be. */
  boolean crowded(List<Apart> apart) {
    return apart.stream().anyMatch(p -> Math.abs(map(p.b()) - map(p.a())) < p.px() - 1e-6);
  }

  /**
   * With these cuts, the finest interval whose ticks are legible and read differently, or the
   * coarsest with at most 40 ticks.
   */
  private static TimeAxis best(
      List<LocalDate> sorted,
      TreeSet<Integer> cuts,
      double r0,
      double r1,
      Chart.DateLabels labels,
      Legible legible) {
    TimeAxis fallback = null;
    for (TimeScale.Interval interval : TimeScale.Interval.values()) {
      List<TimeScale> segments = segments(sorted, cuts, interval, r0, r1);
      List<TimeScale.Tick> ticks = ticks(segments, interval);
      if (ticks.size() < 2 || ticks.size() > 40) {
        continue;
      }
      List<Double> at = new ArrayList<>();
      List<String> text = new ArrayList<>();
      for (TimeScale.Tick tick : ticks) {
        at.add(map(segments, tick.date()));
        text.add(labels.format(tick.date(), tick.unit()));
      }
      fallback = new TimeAxis(segments, at, text);
      if (text.stream().distinct().count() == text.size() && legible.test(at, text)) {
        return fallback;
      }
    }
    if (fallback == null) {
      List<TimeScale> whole = segments(sorted, new TreeSet<>(), TimeScale.Interval.DECADE, r0, r1);
      List<TimeScale.Tick> ticks = whole.get(0).ticks(2);
      return new TimeAxis(
          whole,
          ticks.stream().map(t -> whole.get(0).map(t.date())).toList(),
          ticks.stream().map(t -> labels.format(t.date(), t.unit())).toList());
    }
    return fallback;
  }

  private static double map(List<TimeScale> segments, LocalDate date) {
    return new TimeAxis(segments, List.of(), List.of()).map(date);
  }

  /**
   * The dates split at the cuts, each part niced to {@code interval} (parts that then meet are
   * one), laid out from {@code r0} to {@code r1} at one length per day with a break between.
   */
  static List<TimeScale> segments(
      List<LocalDate> sorted,
      TreeSet<Integer> cuts,
      TimeScale.Interval interval,
      double r0,
      double r1) {
    List<LocalDate[]> parts = new ArrayList<>();
    LocalDate first = sorted.get(0);
    for (int i = 0; i < sorted.size(); i++) {
      if (i == sorted.size() - 1 || cuts.contains(i)) {
        LocalDate start = interval.floor(first);
        LocalDate end = interval.ceil(sorted.get(i));
        if (!end.isAfter(start)) {
          end = start.plus(interval.amount, interval.field);
        }
        LocalDate[] last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
        if (last != null && !start.isAfter(last[1])) {
          last[1] = end.isAfter(last[1]) ? end : last[1];
        } else {
          parts.add(new LocalDate[] {start, end});
        }
        if (i + 1 < sorted.size()) {
          first = sorted.get(i + 1);
        }
      }
    }
    long days = 0;
    for (LocalDate[] part : parts) {
      days += ChronoUnit.DAYS.between(part[0], part[1]);
    }
    double perDay = Math.max(0, r1 - r0 - (parts.size() - 1) * BREAK) / days;
    List<TimeScale> segments = new ArrayList<>();
    double at = r0;
    for (int i = 0; i < parts.size(); i++) {
      boolean last = i == parts.size() - 1;
      double end =
          last ? r1 : at + ChronoUnit.DAYS.between(parts.get(i)[0], parts.get(i)[1]) * perDay;
      segments.add(new TimeScale(parts.get(i)[0], parts.get(i)[1], at, end));
      at = end + BREAK;
    }
    return segments;
  }

  /**
   * Each segment's ticks, but for the last tick of a segment a break follows; ticks naming days
   * name the year too where it changes, when there is more than one.
   */
  static List<TimeScale.Tick> ticks(List<TimeScale> segments, TimeScale.Interval interval) {
    List<TimeScale.Tick> ticks = new ArrayList<>();
    List<Boolean> opens = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      List<TimeScale.Tick> own = new ArrayList<>(segments.get(i).ticks(interval));
      if (i + 1 < segments.size()
          && !own.isEmpty()
          && own.get(own.size() - 1).date().equals(segments.get(i).d1())) {
        own.remove(own.size() - 1);
      }
      for (int j = 0; j < own.size(); j++) {
        ticks.add(own.get(j));
        opens.add(j == 0);
      }
    }
    if (ticks.isEmpty()
        || interval.unit != Chart.DateUnit.DAY
        || ticks.get(0).date().getYear() == ticks.get(ticks.size() - 1).date().getYear()) {
      return ticks;
    }
    List<TimeScale.Tick> named = new ArrayList<>();
    for (int i = 0; i < ticks.size(); i++) {
      LocalDate date = ticks.get(i).date();
      boolean newYear = i > 0 && ticks.get(i - 1).date().getYear() != date.getYear();
      named.add(
          opens.get(i) || newYear ? new TimeScale.Tick(date, Chart.DateUnit.DATE) : ticks.get(i));
    }
    return named;
  }
}
