package dev.folio.chart;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps dates onto a range by day, with ticks on calendar boundaries: days, Mondays, first days of
 * months, quarters, half-years, years, or every 2, 5 or 10 years.
 */
record TimeScale(LocalDate d0, LocalDate d1, double r0, double r1) {
  TimeScale {
    if (!d1.isAfter(d0)) {
      throw new IllegalArgumentException(
          "a time scale needs an end after its start: " + d0 + ".." + d1);
    }
  }

  /** A tick: its date and the calendar unit it marks (a label names the date at that unit). */
  record Tick(LocalDate date, Chart.DateUnit unit) {}

  /** Calendar intervals between ticks, finest first. */
  enum Interval {
    DAY(Chart.DateUnit.DAY, 1, ChronoUnit.DAYS),
    WEEK(Chart.DateUnit.DAY, 7, ChronoUnit.DAYS),
    MONTH(Chart.DateUnit.MONTH, 1, ChronoUnit.MONTHS),
    QUARTER(Chart.DateUnit.MONTH, 3, ChronoUnit.MONTHS),
    HALF_YEAR(Chart.DateUnit.MONTH, 6, ChronoUnit.MONTHS),
    YEAR(Chart.DateUnit.YEAR, 1, ChronoUnit.YEARS),
    TWO_YEARS(Chart.DateUnit.YEAR, 2, ChronoUnit.YEARS),
    FIVE_YEARS(Chart.DateUnit.YEAR, 5, ChronoUnit.YEARS),
    DECADE(Chart.DateUnit.YEAR, 10, ChronoUnit.YEARS);

    final Chart.DateUnit unit;
    final int amount;
    final ChronoUnit field;

    Interval(Chart.DateUnit unit, int amount, ChronoUnit field) {
      this.unit = unit;
      this.amount = amount;
      this.field = field;
    }

    /** The first boundary of this interval on or after {@code date}. */
    LocalDate ceil(LocalDate date) {
      LocalDate floor = floor(date);
      return floor.equals(date) ? date : floor.plus(amount, field);
    }

    LocalDate floor(LocalDate date) {
      return switch (this) {
        case DAY -> date;
        case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH, QUARTER, HALF_YEAR -> {
          int month = date.getMonthValue() - 1;
          yield LocalDate.of(date.getYear(), month - month % amount + 1, 1);
        }
        default -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), amount), 1, 1);
      };
    }
  }

  double map(LocalDate date) {
    double span = ChronoUnit.DAYS.between(d0, d1);
    return r0 + ChronoUnit.DAYS.between(d0, date) / span * (r1 - r0);
  }

  /** The scale with its ends moved out to the boundaries of the interval its ticks use. */
  TimeScale nice(int maxCount) {
    return nice(interval(maxCount));
  }

  /** The scale with its ends moved out to boundaries of {@code interval}. */
  TimeScale nice(Interval interval) {
    LocalDate start = interval.floor(d0);
    LocalDate end = interval.ceil(d1);
    if (!end.isAfter(start)) {
      end = start.plus(interval.amount, interval.field);
    }
    return new TimeScale(start, end, r0, r1);
  }

  /** Ticks on the finest calendar interval that gives at most {@code maxCount} of them. */
  List<Tick> ticks(int maxCount) {
    return ticks(interval(maxCount));
  }

  /** A tick at every boundary of {@code interval} within the domain. */
  List<Tick> ticks(Interval interval) {
    List<Tick> ticks = new ArrayList<>();
    for (LocalDate date = interval.ceil(d0);
        !date.isAfter(d1);
        date = date.plus(interval.amount, interval.field)) {
      ticks.add(new Tick(date, interval.unit));
    }
    return ticks;
  }

  private Interval interval(int maxCount) {
    for (Interval interval : Interval.values()) {
      if (count(interval) <= Math.max(2, maxCount)) {
        return interval;
      }
    }
    return Interval.DECADE;
  }

  private int count(Interval interval) {
    int count = 0;
    for (LocalDate date = interval.ceil(d0);
        !date.isAfter(d1);
        date = date.plus(interval.amount, interval.field)) {
      count++;
    }
    return count;
  }
}
