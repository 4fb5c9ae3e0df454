package dev.folio.chart;

import static dev.folio.chart.Canvas.FONT;
import static dev.folio.chart.Canvas.PAD;
import static dev.folio.chart.Canvas.SMALL;

import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.Value;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Dated marks in lanes, one lane per group. Wide: lanes are rows on a horizontal time axis, each
 * mark's label above it, stacked higher (with a leader line) where it would touch another label.
 * Narrow: time runs down the page, each lane a thin coloured track (named in a legend and in each
 * label), the labels in one column beside the tracks, moved down or up to clear their neighbours,
 * with a leader line to their mark. A date a source corrects is a hollow dot with an arrow to the
 * corrected date.
 */
public final class TimelineChart extends ChartKind<TimelineChart.Timeline> {
  /** The kind, as {@link ChartKinds} registers it. */
  static final TimelineChart KIND = new TimelineChart();

  private static final double RADIUS = Marks.RADIUS;

  private TimelineChart() {
    super(
        "timeline",
        List.of(
            new Role("date", FieldType.DATE, true),
            new Role("label", FieldType.ANY, true),
            new Role("group", FieldType.ANY, true)));
  }

  // ---- what it draws -------------------------------------------------------------------------

  /** Dated marks in lanes (one per group), labelled, on a time axis. */
  public record Timeline(
      String id,
      String title,
      String description,
      List<Lane> lanes,
      Chart.DateLabels labels,
      Chart.ErrataLegend legend)
      implements Chart {
    public Timeline {
      lanes = List.copyOf(lanes);
      ChartKind.requireSome(lanes, "lanes");
      Objects.requireNonNull(labels, "labels");
    }

    @Override
    public String svg(ChartSvg.Variant variant) {
      return KIND.svg(this, variant);
    }
  }

  public record Lane(String label, List<Event> events) {
    public Lane {
      events = List.copyOf(events);
    }
  }

  /** A dated mark; {@code corrected} is the date a source gives instead (null when none). */
  public record Event(LocalDate date, LocalDate corrected, String label) {
    public Event {
      Objects.requireNonNull(date, "date");
    }
  }

  // ---- view ----------------------------------------------------------------------------------

  @Override
  public Timeline view(ChartSpec spec, DataTable table, ChartData data) {
    Column date = data.field(spec, table, "date");
    Column label = data.field(spec, table, "label");
    Column group = data.field(spec, table, "group");
    Map<String, List<Event>> lanes = new LinkedHashMap<>();
    for (Row row : table.rows()) {
      Optional<Value> when = row.value(date.key()).filter(Value.Str.class::isInstance);
      if (when.isEmpty()) {
        continue;
      }
      Correction correction = row.corrections().get(date.key());
      LocalDate corrected =
          correction != null && correction.value() instanceof Value.Str s
              ? ChartData.date(s.value())
              : null;
      lanes
          .computeIfAbsent(data.text(row, group), k -> new ArrayList<>())
          .add(
              new Event(
                  ChartData.date(((Value.Str) when.get()).value()),
                  corrected,
                  data.text(row, label)));
    }
    List<Lane> list = new ArrayList<>();
    lanes.forEach((name, events) -> list.add(new Lane(name, events)));
    return new Timeline(
        data.id(spec),
        data.title(spec),
        data.description(spec),
        list,
        data::dateLabel,
        data.errataLegend());
  }

  // ---- layout --------------------------------------------------------------------------------

  @Override
  double draw(Timeline chart, Canvas canvas) {
    boolean anyCorrected =
        chart.lanes().stream()
            .flatMap(l -> l.events().stream())
            .anyMatch(e -> e.corrected() != null);
    double top = Legend.errata(canvas, chart.legend(), anyCorrected, false, PAD);
    Span span = Span.of(chart);
    return canvas.narrow
        ? new Narrow(chart, canvas, top, span).draw()
        : new Wide(chart, canvas, top, span).draw();
  }

  /** The first and the last date of any mark, published or corrected, at least a day apart. */
  private record Span(LocalDate first, LocalDate last) {
    static Span of(Timeline chart) {
      LocalDate first = null;
      LocalDate last = null;
      for (Lane lane : chart.lanes()) {
        for (Event event : lane.events()) {
          for (LocalDate date : new LocalDate[] {event.date(), event.corrected()}) {
            if (date != null) {
              first = first == null || date.isBefore(first) ? date : first;
              last = last == null || date.isAfter(last) ? date : last;
            }
          }
        }
      }
      if (first == null) {
        throw new IllegalArgumentException("a timeline needs at least one dated mark");
      }
      if (!last.isAfter(first)) {
        last = first.plusDays(1);
      }
      return new Span(first, last);
    }
  }

  // ---- wide: lanes are rows ------------------------------------------------------------------

  /**
   * The wide layout, phase by phase: the lanes' names, the time axis, each lane's labels packed
   * above its line, the lanes' heights, then grid, lanes, leaders, marks, labels and the axis.
   */
  private static final class Wide {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;
    private static final double LABEL_MAX = 170;

    private final Timeline chart;
    private final Canvas canvas;
    private final Svg svg;
    private final double top;
    private final Span span;
    private List<List<String>> laneLabels;
    private double left;
    private double right;
    private Axes.TimeTicks ticked;
    private TimeScale time;
    private final List<LanePlan> plans = new ArrayList<>();

    /** The y of each lane's line. */
    private double[] lineY;

    private double axisY;

    Wide(Timeline chart, Canvas canvas, double top, Span span) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.top = top;
      this.span = span;
    }

    double draw() {
      laneNames();
      double inset = RADIUS + 2;
      ticked =
          Axes.timeAcross(
              canvas,
              new TimeScale(span.first(), span.last(), left + inset, right - inset),
              chart.labels());
      time = ticked.scale();
      chart.lanes().forEach(lane -> plans.add(plan(lane)));
      laneHeights();
      List<Double> tickXs = Axes.positions(time, ticked.ticks());
      Axes.verticalGrid(canvas, tickXs, top, axisY);
      lanes();
      leaders();
      marks();
      markLabels();
      svg.leaf(
          "line", "x1", left, "y1", axisY, "x2", right, "y2", axisY, "class", "chart-baseline");
      return Axes.bottomLabels(canvas, tickXs, Axes.labels(chart.labels(), ticked.ticks()), axisY)
          + PAD;
    }

    /** The lanes' names, wrapped, left of the plot. */
    private void laneNames() {
      laneLabels =
          Canvas.wrapAll(
              chart.lanes().stream().map(Lane::label).toList(), canvas.width * 0.15, FONT, 3);
      double laneLabelWidth =
          laneLabels.stream().mapToDouble(lines -> TextMetrics.width(lines, FONT)).max().orElse(0);
      left = PAD + laneLabelWidth + 14;
      right = canvas.width - PAD - 2;
    }

    /** A lane's labels, in date order, each packed as low above the line as it fits. */
    private LanePlan plan(Lane lane) {
      LabelPacking packing = new LabelPacking(3);
      List<Event> events =
          lane.events().stream().sorted(Comparator.comparing(Event::date)).toList();
      for (Event event : events) {
        double x = time.map(event.date());
        double to = event.corrected() == null ? x : time.map(event.corrected());
        packing.block(
            new LabelPacking.Box(
                Math.min(x, to) - RADIUS, Math.max(x, to) + RADIUS, -RADIUS, RADIUS));
      }
      List<Placed> placed = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        placed.add(place(packing, events, i));
      }
      double height = placed.stream().mapToDouble(p -> p.bottom + p.height).max().orElse(0);
      return new LanePlan(placed, Math.max(height, 14) + 14);
    }

    /**
     * Event {@code i}'s label: right of its mark or left of it, clear of marks still to be labelled
     * where it can.
     */
    private Placed place(LabelPacking packing, List<Event> events, int i) {
      Event event = events.get(i);
      double x = time.map(event.date());
      List<String> lines = TextMetrics.wrap(event.label(), LABEL_MAX, SMALL, 4);
      double w = TextMetrics.width(lines, SMALL);
      List<Double> starts = new ArrayList<>();
      if (x - 3 + w <= right) {
        starts.add(x - 3);
      }
      if (x + 3 - w >= left) {
        starts.add(x + 3 - w);
      }
      if (starts.isEmpty()) {
        starts.add(Math.max(left, Math.min(x - 3, right - w)));
      }
      List<Double> later =
          events.subList(i + 1, events.size()).stream()
              .map(e -> time.map(e.date()))
              .filter(lx -> Math.abs(lx - x) > RADIUS)
              .toList();
      double h = Canvas.textHeight(lines.size(), SMALL);
      LabelPacking.Choice choice = packing.place(starts, w, h, RADIUS + 4, x, later);
      return new Placed(event, x, choice.x0(), lines, choice.height(), h);
    }

    /** Each lane as tall as its labels and its name need; the axis under the last. */
    private void laneHeights() {
      double y = top;
      lineY = new double[plans.size()];
      for (int i = 0; i < plans.size(); i++) {
        double laneHeight =
            Math.max(plans.get(i).height, Canvas.textHeight(laneLabels.get(i).size(), FONT) + 8);
        lineY[i] = y + laneHeight - 12;
        y += laneHeight;
      }
      axisY = y + 2;
    }

    /** Each lane's line, then its name. */
    private void lanes() {
      svg.open("g", "class", "chart-lanes");
      for (int i = 0; i < plans.size(); i++) {
        svg.leaf(
            "line",
            "x1",
            left,
            "y1",
            lineY[i],
            "x2",
            right,
            "y2",
            lineY[i],
            "class",
            "chart-lane-line");
      }
      svg.close("g");
      svg.open("g", "class", "chart-labels");
      for (int i = 0; i < plans.size(); i++) {
        List<String> lines = laneLabels.get(i);
        double base =
            Canvas.baseline(lineY[i], FONT) - (lines.size() - 1) * FONT * TextMetrics.LINE_HEIGHT;
        svg.text(
            PAD,
            base,
            lines,
            FONT * TextMetrics.LINE_HEIGHT,
            "chart-label chart-lane-label",
            "start");
      }
      svg.close("g");
    }

    /** A line from each mark up to its label, where the label had to rise. */
    private void leaders() {
      svg.open("g", "class", "chart-leaders");
      for (int i = 0; i < plans.size(); i++) {
        for (Placed p : plans.get(i).placed) {
          if (p.bottom > RADIUS + 4) {
            svg.leaf(
                "line",
                "x1",
                p.x,
                "y1",
                lineY[i] - RADIUS - 1,
                "x2",
                p.x,
                "y2",
                lineY[i] - p.bottom + 1,
                "class",
                "chart-leader");
          }
        }
      }
      svg.close("g");
    }

    /** A dot per event, or for a corrected date a hollow dot, an arrow and the corrected dot. */
    private void marks() {
      svg.open("g", "class", "chart-marks");
      for (int i = 0; i < plans.size(); i++) {
        for (Placed p : plans.get(i).placed) {
          if (p.event.corrected() == null) {
            Marks.dot(svg, p.x, lineY[i], "chart-dot");
          } else {
            double to = time.map(p.event.corrected());
            Marks.arrow(svg, p.x, to, lineY[i]);
            Marks.dot(svg, p.x, lineY[i], "chart-dot-published");
            Marks.dot(svg, to, lineY[i], "chart-dot-corrected");
          }
        }
      }
      svg.close("g");
    }

    private void markLabels() {
      svg.open("g", "class", "chart-mark-labels", "font-size", SMALL);
      for (int i = 0; i < plans.size(); i++) {
        for (Placed p : plans.get(i).placed) {
          double labelTop = lineY[i] - p.bottom - p.height;
          svg.text(
              p.x0,
              labelTop + TextMetrics.ASCENT * SMALL,
              p.lines,
              LINE,
              "chart-mark-label",
              "start");
        }
      }
      svg.close("g");
    }
  }

  /** An event's label where it went: its start, lines, height above the line and own height. */
  private record Placed(
      Event event, double x, double x0, List<String> lines, double bottom, double height) {}

  private record LanePlan(List<Placed> placed, double height) {}

  // ---- narrow: time runs down, one thin track per lane ---------------------------------------

  /**
   * The narrow layout, phase by phase: the lanes' legend, the tracks, every label and a plot tall
   * enough for them, then grid, tracks, ticks, and the labels dodged apart with leaders to their
   * marks.
   */
  private static final class Narrow {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;
    private static final double TRACK = 11;

    private final Timeline chart;
    private final Canvas canvas;
    private final Svg svg;
    private final List<Lane> lanes;
    private final Span span;
    private double top;
    private double firstTrack;
    private double labelX;

    /** Every event's label, in date order. */
    private final List<Item> all = new ArrayList<>();

    private double plotBottom;
    private Axes.TimeTicks ticked;
    private TimeScale time;

    Narrow(Timeline chart, Canvas canvas, double top, Span span) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.lanes = chart.lanes();
      this.top = top;
      this.span = span;
    }

    double draw() {
      top += laneLegend() + 10;
      tracks();
      items();
      plot();
      gridTracksAndTicks();
      double[] wanted = new double[all.size()];
      double[] sizes = new double[all.size()];
      for (int j = 0; j < all.size(); j++) {
        wanted[j] = time.map(all.get(j).event.date());
        sizes[j] = Canvas.textHeight(all.get(j).lines.size(), SMALL);
      }
      double[] centres = Dodge.centres(wanted, sizes, 5, top, plotBottom);
      leaders(wanted, centres);
      marks();
      svg.open("g", "class", "chart-mark-labels", "font-size", SMALL);
      for (int j = 0; j < all.size(); j++) {
        double labelTop = centres[j] - sizes[j] / 2;
        svg.text(
            labelX,
            labelTop + TextMetrics.ASCENT * SMALL,
            all.get(j).lines,
            LINE,
            "chart-mark-label",
            "start");
      }
      svg.close("g");
      return plotBottom + PAD;
    }

    /** The lanes' legend: a dot in the lane's colour and its name. Returns its height. */
    private double laneLegend() {
      List<Legend.Item> items = new ArrayList<>();
      for (int i = 0; i < lanes.size(); i++) {
        String cssClass = "chart-dot chart-fill chart-c" + Canvas.colour(i);
        items.add(
            new Legend.Item(
                10, (s, x, cy) -> Marks.dot(s, x + 5, cy, cssClass), lanes.get(i).label()));
      }
      return Legend.draw(canvas, items, PAD, top, canvas.width - 2 * PAD);
    }

    /** The tracks right of the axis's labels (as wide as a tick label of any interval could be). */
    private void tracks() {
      double axisWidth = 0;
      for (TimeScale.Interval interval : TimeScale.Interval.values()) {
        for (TimeScale.Tick tick :
            new TimeScale(span.first(), span.last(), 0, 1).nice(interval).ticks(interval)) {
          axisWidth =
              Math.max(
                  axisWidth,
                  TextMetrics.width(chart.labels().format(tick.date(), tick.unit()), SMALL));
        }
      }
      firstTrack = PAD + axisWidth + 8 + RADIUS + 2;
      labelX = firstTrack + (lanes.size() - 1) * TRACK + RADIUS + 10;
    }

    /** Every event's label, named with its lane, in date order. */
    private void items() {
      double labelMax = canvas.width - PAD - labelX;
      for (int i = 0; i < lanes.size(); i++) {
        for (Event event : lanes.get(i).events()) {
          String text = lanes.get(i).label() + " · " + event.label();
          all.add(new Item(i, event, TextMetrics.wrap(text, labelMax, SMALL, 4)));
        }
      }
      all.sort(
          Comparator.comparing((Item item) -> item.event.date())
              .thenComparingInt(item -> item.lane));
    }

    /** A plot tall enough for every label, and the time axis down it. */
    private void plot() {
      double total = 0;
      for (Item item : all) {
        total += Canvas.textHeight(item.lines.size(), SMALL) + 5;
      }
      double plotHeight = Math.max(300, total * 1.35);
      plotBottom = top + plotHeight;
      ticked = Axes.timeDown(new TimeScale(span.first(), span.last(), top + 8, plotBottom - 8));
      time = ticked.scale();
    }

    private void gridTracksAndTicks() {
      svg.open("g", "class", "chart-grid");
      for (TimeScale.Tick tick : ticked.ticks()) {
        double y = time.map(tick.date());
        svg.leaf("line", "x1", firstTrack - RADIUS - 2, "y1", y, "x2", canvas.width - PAD, "y2", y);
      }
      svg.close("g");
      svg.open("g", "class", "chart-lanes");
      for (int i = 0; i < lanes.size(); i++) {
        double x = firstTrack + i * TRACK;
        svg.leaf("line", "x1", x, "y1", top, "x2", x, "y2", plotBottom, "class", "chart-lane-line");
      }
      svg.close("g");
      svg.open("g", "class", "chart-tick-labels", "font-size", SMALL);
      for (TimeScale.Tick tick : ticked.ticks()) {
        svg.text(
            firstTrack - RADIUS - 6,
            Canvas.baseline(time.map(tick.date()), SMALL),
            chart.labels().format(tick.date(), tick.unit()),
            "chart-tick",
            "end");
      }
      svg.close("g");
    }

    /** From each mark across to its label, bending to where the label was moved. */
    private void leaders(double[] wanted, double[] centres) {
      svg.open("g", "class", "chart-leaders");
      for (int j = 0; j < all.size(); j++) {
        double dotX = firstTrack + all.get(j).lane * TRACK;
        svg.leaf(
            "path",
            "d",
            "M"
                + Svg.num(dotX + RADIUS + 1)
                + ","
                + Svg.num(wanted[j])
                + "L"
                + Svg.num(labelX - 10)
                + ","
                + Svg.num(wanted[j])
                + "L"
                + Svg.num(labelX - 3)
                + ","
                + Svg.num(centres[j]),
            "class",
            "chart-leader");
      }
      svg.close("g");
    }

    /** A dot in the lane's colour, or for a corrected date a hollow dot, an arrow, a dot. */
    private void marks() {
      svg.open("g", "class", "chart-marks");
      for (Item item : all) {
        double dotX = firstTrack + item.lane * TRACK;
        double from = time.map(item.event.date());
        if (item.event.corrected() == null) {
          Marks.dot(svg, dotX, from, "chart-dot chart-fill chart-c" + Canvas.colour(item.lane));
        } else {
          double to = time.map(item.event.corrected());
          Marks.arrowDown(svg, dotX, from, to);
          Marks.dot(svg, dotX, from, "chart-dot-published");
          Marks.dot(svg, dotX, to, "chart-dot-corrected");
        }
      }
      svg.close("g");
    }
  }

  private record Item(int lane, Event event, List<String> lines) {}
}
