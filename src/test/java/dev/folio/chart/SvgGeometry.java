package dev.folio.chart;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a chart's SVG draws where, read back from its markup (one element a line, as {@link Svg}
 * writes it): the box of every line of text at the chart's own estimate of its width ({@link
 * TextMetrics}), the dots and the arrows, and each axis's tick labels.
 */
final class SvgGeometry {
  private static final Pattern FONT = Pattern.compile("font-size=\"([\\d.]+)\"");
  private static final Pattern CLASS = Pattern.compile(" class=\"([^\"]*)\"");
  private static final Pattern LINE =
      Pattern.compile("<(?:text|tspan) x=\"([-\\d.]+)\" y=\"([-\\d.]+)\"([^>]*)>([^<]*)<");
  private static final Pattern NUMBER = Pattern.compile("-?[\\d.]+");

  /** A line of text: the text element it belongs to (its index), its words and its box. */
  record Text(int owner, String text, double x0, double y0, double x1, double y1) {
    /** By how much two boxes overlap: the smaller of the overlap across and down (0: none). */
    double overlap(Text other) {
      double w = Math.min(x1, other.x1) - Math.max(x0, other.x0);
      double h = Math.min(y1, other.y1) - Math.max(y0, other.y0);
      return Math.max(0, Math.min(w, h));
    }

    @Override
    public String toString() {
      return "\"" + text + "\" at " + Math.round(x0) + "," + Math.round(y0);
    }
  }

  /** A circle of the chart's marks. */
  record Dot(double cx, double cy, double r, String cssClass) {}

  /** A correction's arrow: its line from (x1, y1) to (x2, y2), and the tip of its head. */
  record Arrow(double x1, double y1, double x2, double y2, double tipX, double tipY) {}

  final List<Text> texts = new ArrayList<>();
  final List<Dot> dots = new ArrayList<>();
  final List<double[]> arrowLines = new ArrayList<>();
  final List<double[]> arrowTips = new ArrayList<>();

  /** Each axis's tick labels, in order. */
  final List<List<String>> axes = new ArrayList<>();

  SvgGeometry(String svg) {
    Deque<Double> fonts = new ArrayDeque<>();
    Deque<String> groups = new ArrayDeque<>();
    int owner = 0;
    for (String line : svg.split("\n")) {
      Matcher font = FONT.matcher(line);
      Matcher cssClass = CLASS.matcher(line);
      String css = cssClass.find() ? cssClass.group(1) : "";
      double inherited = fonts.isEmpty() ? 12 : fonts.peek();
      if (line.startsWith("<g") || line.startsWith("<svg")) {
        fonts.push(font.find() ? Double.parseDouble(font.group(1)) : inherited);
        groups.push(css);
        if (css.equals("chart-tick-labels")) {
          axes.add(new ArrayList<>());
        }
      } else if (line.startsWith("</g>")) {
        fonts.pop();
        groups.pop();
      } else if (line.startsWith("<text")) {
        double own = font.find() ? Double.parseDouble(font.group(1)) : inherited;
        List<Text> lines = lines(line, owner++, own);
        texts.addAll(lines);
        if ("chart-tick-labels".equals(groups.peek())) {
          axes.get(axes.size() - 1).add(String.join(" ", lines.stream().map(Text::text).toList()));
        }
      } else if (line.startsWith("<circle") && "chart-marks".equals(groups.peek())) {
        dots.add(
            new Dot(
                attribute(line, "cx"), attribute(line, "cy"), attribute(line, "r"), css.strip()));
      } else if (css.equals("chart-arrow") && "chart-marks".equals(groups.peek())) {
        arrowLines.add(
            new double[] {
              attribute(line, "x1"),
              attribute(line, "y1"),
              attribute(line, "x2"),
              attribute(line, "y2")
            });
      } else if (css.equals("chart-arrowhead") && "chart-marks".equals(groups.peek())) {
        Matcher m = NUMBER.matcher(line.substring(line.indexOf("d=\"M") + 4));
        m.find();
        double x = Double.parseDouble(m.group());
        m.find();
        arrowTips.add(new double[] {x, Double.parseDouble(m.group())});
      }
    }
  }

  /** The correction arrows, each line with the head that follows it. */
  List<Arrow> arrows() {
    List<Arrow> arrows = new ArrayList<>();
    for (int i = 0; i < Math.min(arrowLines.size(), arrowTips.size()); i++) {
      double[] l = arrowLines.get(i);
      double[] tip = arrowTips.get(i);
      arrows.add(new Arrow(l[0], l[1], l[2], l[3], tip[0], tip[1]));
    }
    return arrows;
  }

  /** Every pair of lines of different text elements whose boxes overlap by more than half a px. */
  List<String> overlappingTexts() {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        Text a = texts.get(i);
        Text b = texts.get(j);
        if (a.owner() != b.owner() && a.overlap(b) > 0.5) {
          found.add(a + " overlaps " + b);
        }
      }
    }
    return found;
  }

  /** Every pair of the marks' dots that overlap. */
  List<String> overlappingDots() {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < dots.size(); i++) {
      for (int j = i + 1; j < dots.size(); j++) {
        Dot a = dots.get(i);
        Dot b = dots.get(j);
        if (Math.hypot(a.cx() - b.cx(), a.cy() - b.cy()) < a.r() + b.r()) {
          found.add(a + " overlaps " + b);
        }
      }
    }
    return found;
  }

  /** The boxes of the lines of one {@code <text>} element (or its {@code <tspan>}s). */
  private static List<Text> lines(String line, int owner, double font) {
    String anchor =
        line.contains("text-anchor=\"end\"")
            ? "end"
            : line.contains("text-anchor=\"middle\"") ? "middle" : "start";
    List<Text> lines = new ArrayList<>();
    Matcher m = LINE.matcher(line);
    while (m.find()) {
      if (m.group(4).isEmpty()) {
        continue;
      }
      String text =
          m.group(4)
              .replace("&lt;", "<")
              .replace("&gt;", ">")
              .replace("&quot;", "\"")
              .replace("&amp;", "&");
      double x = Double.parseDouble(m.group(1));
      double y = Double.parseDouble(m.group(2));
      double w = TextMetrics.width(text, font);
      double x0 = anchor.equals("end") ? x - w : anchor.equals("middle") ? x - w / 2 : x;
      lines.add(
          new Text(
              owner,
              text,
              x0,
              y - TextMetrics.ASCENT * font,
              x0 + w,
              y + TextMetrics.DESCENT * font));
    }
    return lines;
  }

  private static double attribute(String line, String name) {
    Matcher m = Pattern.compile(" " + name + "=\"([-\\d.]+)\"").matcher(line);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + line);
    }
    return Double.parseDouble(m.group(1));
  }
}
