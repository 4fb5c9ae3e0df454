package dev.folio.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, with every word already in the page's language: a record of its kind ({@link
 * BarsChart.Bars}, {@link LinesChart.Lines}, …), with the pieces kinds share (axes, labels, the
 * errata legend). {@code id} is unique on the page; the ids inside the SVG start with it. {@code
 * title} and {@code description} become the SVG's {@code <title>} and {@code <desc>}.
 */
public interface Chart {
  String id();

  String title();

  String description();

  /** This chart as one {@code <svg>} element in {@code variant}'s layout, drawn by its kind. */
  String svg(ChartSvg.Variant variant);

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
  enum DateUnit {
    DAY,
    MONTH,
    YEAR,
    /** A day with its year, where an axis's days run into another year. */
    DATE
  }

  /**
   * A number axis: its title (may be null), log or linear, how its ticks read, and where they go
   * ({@code ticks}: null to choose nice ones; given, the axis spans exactly the data). On an {@code
   * integer} axis (years, counts of things) every tick is a whole number.
   */
  record Axis(String title, boolean log, NumberLabels labels, List<Double> ticks, boolean integer) {
    public Axis {
      Objects.requireNonNull(labels, "labels");
      ticks = ticks == null ? null : List.copyOf(ticks);
    }

    public Axis(String title, boolean log, NumberLabels labels, List<Double> ticks) {
      this(title, log, labels, ticks, false);
    }

    public Axis(String title, boolean log, NumberLabels labels) {
      this(title, log, labels, null, false);
    }
  }

  /** The words of a legend for errata: the report's figure, a source's correction, a flag. */
  record ErrataLegend(String published, String corrected, String unconfirmed) {}
}
