package dev.folio.chart;

import dev.folio.format.Formats;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, with every word already in the page's language. {@code id} is unique on
 * the page; the ids inside the SVG start with it. {@code title} and {@code description} become
 * the SVG's {@code <title>} and {@code <desc>}.
 */
public sealed interface Chart permits Chart.Bars, Chart.Dots, Chart.Timeline, Chart.Grid,
    Chart.HypeCycle, Chart.Lines {
  String id();

  String title();

  String description();

  /** Formats a value on a number axis (a tick) for the page's language. */
  @FunctionalInterface
  interface NumberLabels {
    String format(double value);
  }

  /** Formats a date on a time axis, naming it down to {@code unit}. */
  @FunctionalInterface
  interface DateLabels {
    String format(LocalDate date, DateUnit unit);
  }

  /** The precision a date tick is labelled at. */
  enum DateUnit { DAY, MONTH, YEAR }

  /**
   * A number axis: its title (may be null), log or linear, how its ticks read, and where they
   * go ({@code ticks}: null to choose nice ones; given, the axis spans exactly the data).
   */
  record Axis(String title, boolean log, NumberLabels labels, List<Double> ticks) {
    public Axis {
      Objects.requireNonNull(labels, "labels");
      ticks = ticks == null ? null : List.copyOf(ticks);
    }

    public Axis(String title, boolean log, NumberLabels labels) {
      this(title, log, labels, null);
    }
  }

  /** The words of a legend for errata: the report's figure, a source's correction, a flag. */
  record ErrataLegend(String published, String corrected, String unconfirmed) {}

  /** Horizontal bars, one per category, in the order given. */
  record Bars(String id, String title, String description, List<Bar> bars, Axis axis)
      implements Chart {
    public Bars {
      bars = List.copyOf(bars);
      requireSome(bars, "bars");
    }
  }

  /** One bar; {@code valueLabel} is the value as the page writes it. */
  record Bar(String label, double value, String valueLabel, boolean highlighted) {}

  /**
   * A dot per row on a number axis; where a source corrects the value, the published dot is
   * hollow and an arrow leads to the corrected one; an unconfirmed value is flagged.
   */
  record Dots(String id, String title, String description, List<DotRow> rows, Axis axis,
      ErrataLegend legend) implements Chart {
    public Dots {
      rows = List.copyOf(rows);
      requireSome(rows, "rows");
    }
  }

  /**
   * One row of a dot chart: its label, a quieter label after it (may be null), the published
   * value, the corrected value (null when none) and whether the value is unconfirmed, and how
   * the page writes the published and the corrected value.
   */
  record DotRow(String label, String sublabel, double value, Double corrected,
      boolean unconfirmed, String valueLabel, String correctedLabel) {
    public DotRow {
      if ((corrected == null) != (correctedLabel == null)) {
        throw new IllegalArgumentException("a corrected value needs its label, and only then");
      }
    }
  }

  /** Dated marks in lanes (one per group), labelled, on a time axis. */
  record Timeline(String id, String title, String description, List<Lane> lanes,
      DateLabels labels, ErrataLegend legend) implements Chart {
    public Timeline {
      lanes = List.copyOf(lanes);
      requireSome(lanes, "lanes");
      Objects.requireNonNull(labels, "labels");
    }
  }

  record Lane(String label, List<Event> events) {
    public Lane {
      events = List.copyOf(events);
    }
  }

  /** A dated mark; {@code corrected} is the date a source gives instead (null when none). */
  record Event(LocalDate date, LocalDate corrected, String label) {
    public Event {
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A grid of text cells, rows by columns, each coloured by its level (1…n, or 0 for a level
   * no source states, drawn hatched). The narrow layout stacks the rows, cells two abreast.
   */
  record Grid(String id, String title, String description, List<String> rows,
      List<String> columns, List<GridCell> cells, List<Level> levels) implements Chart {
    public Grid {
      rows = List.copyOf(rows);
      columns = List.copyOf(columns);
      cells = List.copyOf(cells);
      levels = List.copyOf(levels);
      requireSome(rows, "rows");
      requireSome(columns, "columns");
    }
  }

  record GridCell(int row, int column, String text, int level) {}

  /** A legend entry: level 1…n, or 0 for "unstated". */
  record Level(int level, String label) {}

  /**
   * The hype cycle: its six phases in order along the curve, each with the innovations in it;
   * {@code markers} names the marker kinds (years to the plateau), 0…3.
   */
  record HypeCycle(String id, String title, String description, List<Phase> phases,
      List<String> markers) implements Chart {
    public HypeCycle {
      phases = List.copyOf(phases);
      markers = List.copyOf(markers);
      if (phases.size() != 6) {
        throw new IllegalArgumentException("the hype cycle has six phases, got " + phases.size());
      }
      if (markers.size() > 4) {
        throw new IllegalArgumentException("at most four marker kinds, got " + markers.size());
      }
    }
  }

  record Phase(String label, List<Innovation> items) {
    public Phase {
      items = List.copyOf(items);
    }
  }

  /** An innovation and its marker kind (an index into the chart's markers). */
  record Innovation(String label, int marker) {}

  /**
   * Lines on two number axes, labelled at their ends (or in a legend when the labels would
   * leave too little room), with vertical rules as annotations.
   */
  record Lines(String id, String title, String description, Axis x, Axis y,
      List<Series> series, List<Rule> rules) implements Chart {
    public Lines {
      series = List.copyOf(series);
      rules = List.copyOf(rules);
      requireSome(series, "series");
    }
  }

  /**
   * One line: its name, the short text at its end (e.g. the last value, may be null), colour
   * 1…8, dashed or solid, and its points in order.
   */
  record Series(String label, String endLabel, int colour, boolean dashed, List<Point> points) {
    public Series {
      points = List.copyOf(points);
      requireSome(points, "points");
      if (colour < 1 || colour > 8) {
        throw new IllegalArgumentException("colour is 1 to 8, got " + colour);
      }
    }
  }

  /** A point of a line; a marked point is drawn as a dot. */
  record Point(double x, double y, boolean marked) {}

  /** A vertical annotation line at {@code x}, labelled at its top. */
  record Rule(double x, String label) {}

  private static void requireSome(List<?> list, String what) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one of its " + what);
    }
  }
}
