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
 * corrected date. Events spread over years with dense periods stay legible: the time axis ({@link
 * TimeAxis}) is cut where nothing happens for long if marks would otherwise touch, marks of a lane
 * on the same day are set side by side, and labels wrap but are never shortened.
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

  /** The least room between two marks of a lane, edge to edge. */
  private static final double MARK_GAP = 3;

  /** The least length of a correction's arrow, dot centre to dot centre, to draw its head. */
  static final double ARROW = 2 * RADIUS + 14;

  @Override
  double draw(Timeline chart, Canvas canvas) {
    boolean anyCorrected =
        chart.lanes().stream()
            .flatMap(l -> l.events().stream())
            .anyMatch(e -> e.corrected() != null);
    double top = Legend.errata(canvas, chart.legend(), anyCorrected, false, PAD);
    return canvas.narrow
        ? new Narrow(chart, canvas, top).draw()
        : new Wide(chart, canvas, top).draw();
  }

  /** Every date of a mark, published or corrected. */
  static List<LocalDate> dates(Timeline chart) {
    List<LocalDate> dates = new ArrayList<>();
    for (Lane lane : chart.lanes()) {
      for (Event event : lane.events()) {
        dates.add(event.date());
        if (event.corrected() != null) {
          dates.add(event.corrected());
        }
      }
    }
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("a timeline needs at least one dated mark");
    }
    return dates;
  }

  /**
   * What the axis must keep apart: in each lane, one mark (a dot, or a correction's arrow from dot
   * to dot) from the next on a later day, and the two ends of each correction's arrow.
   */
  static List<TimeAxis.Apart> apart(Timeline chart) {
    List<TimeAxis.Apart> apart = new ArrayList<>();
    for (Lane lane : chart.lanes()) {
      List<LocalDate[]> spans = new ArrayList<>();
      for (Event event : lane.events()) {
        LocalDate other = event.corrected() == null ? event.date() : event.corrected();
        LocalDate from = other.isBefore(event.date()) ? other : event.date();
        LocalDate to = other.isBefore(event.date()) ? event.date() : other;
        spans.add(new LocalDate[] {from, to});
        if (to.isAfter(from)) {
          apart.add(new TimeAxis.Apart(from, to, ARROW));
        }
      }
      spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]).thenComparing(s -> s[1]));
      for (int i = 1; i < spans.size(); i++) {
        if (spans.get(i)[0].isAfter(spans.get(i - 1)[1])) {
          apart.add(
              new TimeAxis.Apart(spans.get(i - 1)[1], spans.get(i)[0], 2 * RADIUS + MARK_GAP));
        }
      }
    }
    return apart;
  }

  /** Where an event's dot and its corrected dot go along the time axis (the same if none). */
  record At(double from, double to) {}

  /**
   * Where a lane's marks go, each where its date is unless it would touch another (on the same day,
   * or a day the axis cannot keep apart): then moved along the axis just enough, between {@code
   * min} and {@code max}. A correction's arrow is never shorter than {@link #ARROW}.
   */
  static List<At> place(List<Event> events, TimeAxis axis, double min, double max) {
    int n = events.size();
    double[] wanted = new double[n];
    double[] sizes = new double[n];
    double[] direction = new double[n];
    double[] natural = new double[n];
    for (int i = 0; i < n; i++) {
      Event event = events.get(i);
      double from = axis.map(event.date());
      double to = event.corrected() == null ? from : axis.map(event.corrected());
      direction[i] = Math.signum(to - from);
      natural[i] = Math.abs(to - from);
      wanted[i] = (from + to) / 2;
      sizes[i] = (direction[i] == 0 ? 0 : Math.max(natural[i], ARROW)) + 2 * RADIUS;
    }
    double[] centres = Dodge.centres(wanted, sizes, MARK_GAP, min, max);
    List<At> at = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double centre = Math.abs(centres[i] - wanted[i]) < 1e-9 ? wanted[i] : centres[i];
      if (direction[i] == 0) {
        at.add(new At(centre, centre));
      } else if (centre == wanted[i] && sizes[i] - 2 * RADIUS == natural[i]) {
        Event event = events.get(i);
        at.add(new At(axis.map(event.date()), axis.map(event.corrected())));
      } else {
        double half = sizes[i] / 2 - RADIUS;
        at.add(new At(centre - direction[i] * half, centre + direction[i] * half));
      }
    }
    return at;
  }

  /** The pieces of a line along the axis from {@code from} to {@code to}, broken at its breaks. */
  static List<double[]> pieces(TimeAxis axis, double from, double to) {
    List<double[]> pieces = new ArrayList<>();
    double start = from;
    for (double at : axis.breaks()) {
      pieces.add(new double[] {start, at - TimeAxis.BREAK / 2 + 3});
      start = at + TimeAxis.BREAK / 2 - 3;
    }
    pieces.add(new double[] {start, to});
    return pieces;
  }

  // ---- wide: lanes are rows ------------------------------------------------------------------

  /**
   * The wide layout, phase by phase: the lanes' names, the time axis (cut where marks would crowd),
   * each lane's marks and its labels packed above its line, the lanes' heights, then grid, lanes,
   * leaders, marks, labels and the axis.
   */
  private static final class Wide {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;

    /** The widths a label may wrap to, the narrowest first: a long one widens before it grows. */
    private static final double[] LABEL_WIDTHS = {170, 230, 290};

    private static final int LABEL_LINES = 4;

    private final Timeline chart;
    private final Canvas canvas;
    private final Svg svg;
    private final double top;
    private List<List<String>> laneLabels;
    private double left;
    private double right;
    private TimeAxis axis;
    private final List<LanePlan> plans = new ArrayList<>();

    /** The y of each lane's line. */
    private double[] lineY;

    private double axisY;

    Wide(Timeline chart, Canvas canvas, double top) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.top = top;
    }

    double draw() {
      laneNames();
      double inset = RADIUS + 2;
      axis =
          TimeAxis.of(
              dates(chart),
              apart(chart),
              left + inset,
              right - inset,
              chart.labels(),
              (at, labels) -> Axes.fitSideBySide(canvas, at, labels, 14));
      chart.lanes().forEach(lane -> plans.add(plan(lane)));
      laneHeights();
      Axes.verticalGrid(canvas, axis.tickAt(), top, axisY);
      lanes();
      leaders();
      marks();
      markLabels();
      baseline();
      return Axes.bottomLabels(canvas, axis.tickAt(), axis.tickLabels(), axisY) + PAD;
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

    /** A lane's marks, and its labels in date order, each packed as low above the line as fits. */
    private LanePlan plan(Lane lane) {
      LabelPacking packing = new LabelPacking(3);
      List<Event> events =
          lane.events().stream().sorted(Comparator.comparing(Event::date)).toList();
      List<At> at = TimelineChart.place(events, axis, left + 2, right - 2);
      for (At mark : at) {
        packing.block(
            new LabelPacking.Box(
                Math.min(mark.from(), mark.to()) - RADIUS,
                Math.max(mark.from(), mark.to()) + RADIUS,
                -RADIUS,
                RADIUS));
      }
      List<Placed> placed = new ArrayList<>();
      for (int i = 0; i < events.size(); i++) {
        placed.add(label(packing, events, at, i));
      }
      double height = placed.stream().mapToDouble(p -> p.bottom + p.height).max().orElse(0);
      return new LanePlan(placed, Math.max(height, 14) + 14);
    }

    /**
     * Event {@code i}'s label: right of its mark or left of it, clear of marks still to be labelled
     * where it can.
     */
    private Placed label(LabelPacking packing, List<Event> events, List<At> at, int i) {
      Event event = events.get(i);
      double x = at.get(i).from();
      List<String> lines = lines(event.label());
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
          at.subList(i + 1, at.size()).stream()
              .map(At::from)
              .filter(lx -> Math.abs(lx - x) > RADIUS)
              .toList();
      double h = Canvas.textHeight(lines.size(), SMALL);
      LabelPacking.Choice choice = packing.place(starts, w, h, RADIUS + 4, x, later);
      return new Placed(event, at.get(i), choice.x0(), lines, choice.height(), h);
    }

    /** A label in at most four lines, as narrow as that allows; a longer one in more lines. */
    private static List<String> lines(String label) {
      for (double width : LABEL_WIDTHS) {
        List<String> lines = TextMetrics.wrap(label, width, SMALL, Integer.MAX_VALUE);
        if (lines.size() <= LABEL_LINES) {
          return lines;
        }
      }
      return TextMetrics.wrap(
          label, LABEL_WIDTHS[LABEL_WIDTHS.length - 1], SMALL, Integer.MAX_VALUE);
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

    /** Each lane's line (broken where the axis is), then its name. */
    private void lanes() {
      svg.open("g", "class", "chart-lanes");
      for (int i = 0; i < plans.size(); i++) {
        for (double[] piece : pieces(axis, left, right)) {
          svg.leaf(
              "line",
              "x1",
              piece[0],
              "y1",
              lineY[i],
              "x2",
              piece[1],
              "y2",
              lineY[i],
              "class",
              "chart-lane-line");
        }
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
                p.x(),
                "y1",
                lineY[i] - RADIUS - 1,
                "x2",
                p.x(),
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
            Marks.dot(svg, p.x(), lineY[i], "chart-dot");
          } else {
            Marks.arrow(svg, p.x(), p.at.to(), lineY[i]);
            Marks.dot(svg, p.x(), lineY[i], "chart-dot-published");
            Marks.dot(svg, p.at.to(), lineY[i], "chart-dot-corrected");
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

    /** The axis's line, and across each break two slanted strokes. */
    private void baseline() {
      for (double[] piece : pieces(axis, left, right)) {
        svg.leaf(
            "line",
            "x1",
            piece[0],
            "y1",
            axisY,
            "x2",
            piece[1],
            "y2",
            axisY,
            "class",
            "chart-baseline");
      }
      for (double at : axis.breaks()) {
        for (double x : new double[] {at - 3, at + 3}) {
          svg.leaf(
              "line",
              "x1",
              x - 2,
              "y1",
              axisY + 5,
              "x2",
              x + 2,
              "y2",
              axisY - 5,
              "class",
              "chart-baseline chart-axis-break");
        }
      }
    }
  }

  /** An event's label where it went: its start, lines, height above the line and own height. */
  private record Placed(
      Event event, At at, double x0, List<String> lines, double bottom, double height) {
    double x() {
      return at.from();
    }
  }

  private record LanePlan(List<Placed> placed, double height) {}

  // ---- narrow: time runs down, one thin track per lane ---------------------------------------

  /**
   * The narrow layout, phase by phase: the lanes' legend, the tracks, every label and a plot tall
   * enough for them, the time axis down it (cut where marks would crowd) and the marks on it, then
   * grid, tracks, ticks, and the labels dodged apart with leaders to their marks.
   */
  private static final class Narrow {
    private static final double LINE = SMALL * TextMetrics.LINE_HEIGHT;
    private static final double TRACK = 11;

    private final Timeline chart;
    private final Canvas canvas;
    private final Svg svg;
    private final List<Lane> lanes;
    private double top;
    private double firstTrack;
    private double labelX;

    /** Every event's label, in date order. */
    private final List<Item> all = new ArrayList<>();

    /** Where each event's marks go, in the order of {@link #all}. */
    private final List<At> at = new ArrayList<>();

    private double plotBottom;
    private TimeAxis axis;

    Narrow(Timeline chart, Canvas canvas, double top) {
      this.chart = chart;
      this.canvas = canvas;
      this.svg = canvas.svg;
      this.lanes = chart.lanes();
      this.top = top;
    }

    double draw() {
      top += laneLegend() + 10;
      double axisWidth = tracks(false);
      items();
      plot();
      double widest =
          axis.tickLabels().stream().mapToDouble(l -> TextMetrics.width(l, SMALL)).max().orElse(0);
      if (widest > axisWidth) {
        // Days named with their years: room for the widest any interval could give.
        all.clear();
        at.clear();
        tracks(true);
        items();
        plot();
      }
      gridTracksAndTicks();
      double[] wanted = new double[all.size()];
      double[] sizes = new double[all.size()];
      for (int j = 0; j < all.size(); j++) {
        wanted[j] = at.get(j).from();
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

    /**
     * The tracks right of the axis's labels, as wide as a tick label of any interval could be (with
     * {@code withYears}, also a day named with its year). Returns that width.
     */
    private double tracks(boolean withYears) {
      List<LocalDate> dates = dates(chart);
      LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
      LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
      last = last.isAfter(first) ? last : first.plusDays(1);
      boolean years = withYears && first.getYear() != last.getYear();
      double axisWidth = 0;
      for (TimeScale.Interval interval : TimeScale.Interval.values()) {
        for (TimeScale.Tick tick :
            new TimeScale(first, last, 0, 1).nice(interval).ticks(interval)) {
          axisWidth = Math.max(axisWidth, tickWidth(tick.date(), tick.unit()));
          if (years && tick.unit() == Chart.DateUnit.DAY) {
            axisWidth = Math.max(axisWidth, tickWidth(tick.date(), Chart.DateUnit.DATE));
          }
        }
      }
      firstTrack = PAD + axisWidth + 8 + RADIUS + 2;
      labelX = firstTrack + (lanes.size() - 1) * TRACK + RADIUS + 10;
      return axisWidth;
    }

    private double tickWidth(LocalDate date, Chart.DateUnit unit) {
      return TextMetrics.width(chart.labels().format(date, unit), SMALL);
    }

    /** Every event's label, named with its lane, in date order. */
    private void items() {
      double labelMax = canvas.width - PAD - labelX;
      for (int i = 0; i < lanes.size(); i++) {
        for (Event event : lanes.get(i).events()) {
          String text = lanes.get(i).label() + " · " + event.label();
          all.add(new Item(i, event, TextMetrics.wrap(text, labelMax, SMALL, Integer.MAX_VALUE)));
        }
      }
      all.sort(
          Comparator.comparing((Item item) -> item.event.date())
              .thenComparingInt(item -> item.lane));
    }

    /**
     * A plot tall enough for every label, the time axis down it (its ticks a line and a half apart
     * at least), and each lane's marks on it.
     */
    private void plot() {
      double total = 0;
      for (Item item : all) {
        total += Canvas.textHeight(item.lines.size(), SMALL) + 5;
      }
      double plotHeight = Math.max(300, total * 1.35);
      plotBottom = top + plotHeight;
      axis =
          TimeAxis.of(
              dates(chart), apart(chart), top + 8, plotBottom - 8, chart.labels(), Narrow::spaced);
      At[] marks = new At[all.size()];
      for (int i = 0; i < lanes.size(); i++) {
        List<Integer> own = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
          if (all.get(j).lane == i) {
            own.add(j);
          }
        }
        List<At> placed =
            place(own.stream().map(j -> all.get(j).event).toList(), axis, top, plotBottom);
        for (int k = 0; k < own.size(); k++) {
          marks[own.get(k)] = placed.get(k);
        }
      }
      at.addAll(List.of(marks));
    }

    /** Whether ticks down the page are far enough apart to read (36: a month of February). */
    private static boolean spaced(List<Double> ys, List<String> labels) {
      for (int i = 1; i < ys.size(); i++) {
        if (ys.get(i) - ys.get(i - 1) < 36) {
          return false;
        }
      }
      return true;
    }

    private void gridTracksAndTicks() {
      svg.open("g", "class", "chart-grid");
      for (double y : axis.tickAt()) {
        svg.leaf("line", "x1", firstTrack - RADIUS - 2, "y1", y, "x2", canvas.width - PAD, "y2", y);
      }
      svg.close("g");
      svg.open("g", "class", "chart-lanes");
      for (int i = 0; i < lanes.size(); i++) {
        double x = firstTrack + i * TRACK;
        for (double[] piece : pieces(axis, top, plotBottom)) {
          svg.leaf(
              "line", "x1", x, "y1", piece[0], "x2", x, "y2", piece[1], "class", "chart-lane-line");
        }
      }
      svg.close("g");
      breaks();
      svg.open("g", "class", "chart-tick-labels", "font-size", SMALL);
      for (int t = 0; t < axis.tickAt().size(); t++) {
        svg.text(
            firstTrack - RADIUS - 6,
            Canvas.baseline(axis.tickAt().get(t), SMALL),
            axis.tickLabels().get(t),
            "chart-tick",
            "end");
      }
      svg.close("g");
    }

    /** Across the tracks at each break of the axis, two slanted strokes. */
    private void breaks() {
      double x0 = firstTrack - RADIUS - 2;
      double x1 = firstTrack + (lanes.size() - 1) * TRACK + RADIUS + 2;
      for (double y : axis.breaks()) {
        for (double stroke : new double[] {y - 3, y + 3}) {
          svg.leaf(
              "line",
              "x1",
              x0,
              "y1",
              stroke + 2,
              "x2",
              x1,
              "y2",
              stroke - 2,
              "class",
              "chart-baseline chart-axis-break");
        }
      }
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
      for (int j = 0; j < all.size(); j++) {
        Item item = all.get(j);
        double dotX = firstTrack + item.lane * TRACK;
        double from = at.get(j).from();
        if (item.event.corrected() == null) {
          Marks.dot(svg, dotX, from, "chart-dot chart-fill chart-c" + Canvas.colour(item.lane));
        } else {
          double to = at.get(j).to();
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
