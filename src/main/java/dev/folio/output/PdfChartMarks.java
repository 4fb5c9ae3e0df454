package dev.folio.output;

import com.openhtmltopdf.css.parser.FSRGBColor;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The SVG Folio's charts are written in, read into the marks they draw, so that the PDF edition can
 * draw them itself ({@link PdfChart}) rather than through Batik, which costs a second or so of CPU
 * a build for the report's charts. The one place that knows that subset: {@code svg} (nested ones
 * too), {@code g}, {@code rect}, {@code circle}, {@code line}, {@code path} of straight lines,
 * {@code text} and its {@code tspan}s, a {@code pattern} fill, and the presentation attributes the
 * charts and the theme's {@code chart-image.css} write (colours as {@code #rgb} or {@code
 * #rrggbb}). Any other element, attribute or value makes the SVG one this reader does not take
 * ({@link #read} returns null), and Batik draws it.
 */
final class PdfChartMarks {
  /** What a mark is drawn with: a fill (or a pattern), a stroke, or both. */
  sealed interface Mark permits Area, Label {}

  /**
   * A shape, in the root's view-box units.
   *
   * @param fill its colour, or null
   * @param pattern the pattern it is filled with, or null
   * @param stroke its outline's colour, or null
   * @param line the outline's width, dashes, caps and joins, in view-box units
   */
  record Area(Shape shape, FSRGBColor fill, Tiles pattern, FSRGBColor stroke, BasicStroke line)
      implements Mark {}

  /**
   * A line of text whose anchor is at {@code (x, y)} on its baseline, in view-box units.
   *
   * @param anchor {@code start}, {@code middle} or {@code end}
   * @param weight the font weight, 100 to 900
   */
  record Label(
      String text,
      double x,
      double y,
      double size,
      int weight,
      String anchor,
      List<String> families,
      FSRGBColor fill)
      implements Mark {}

  /**
   * A pattern: its tile's marks, {@code width} × {@code height} in the pattern's space, which
   * {@code transform} takes into the view box of the shape it fills.
   */
  record Tiles(double width, double height, AffineTransform transform, List<Mark> tile) {}

  /** The chart: its view box and its marks in the order they are drawn. */
  record Read(double viewWidth, double viewHeight, List<Mark> marks) {}

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final Pattern VIEW_BOX =
      Pattern.compile("\\s*0[ ,]+0[ ,]+([0-9.]+)[ ,]+([0-9.]+)\\s*");
  private static final Pattern COLOUR = Pattern.compile("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final Pattern PATTERN_URL = Pattern.compile("url\\(#([^)]+)\\)");
  private static final Pattern ROTATE = Pattern.compile("rotate\\(\\s*(-?[0-9.]+)\\s*\\)");
  private static final Pattern PATH = Pattern.compile("([MLHVZmlhvz])|(-?[0-9]*\\.?[0-9]+)");

  /** Attributes that change nothing a PDF shows: names, roles, accessible names. */
  private static final Set<String> INERT = Set.of("id", "class", "role", "xmlns", "focusable");

  /** Attributes children inherit, and their values at the root. */
  private static final Set<String> INHERITED =
      Set.of(
          "fill",
          "stroke",
          "stroke-width",
          "stroke-dasharray",
          "stroke-linecap",
          "stroke-linejoin",
          "font-family",
          "font-size",
          "font-weight",
          "text-anchor");

  private static final Map<String, String> ROOT_STYLE =
      Map.of(
          "fill", "#000000",
          "stroke", "none",
          "stroke-width", "1",
          "stroke-dasharray", "none",
          "stroke-linecap", "butt",
          "stroke-linejoin", "miter",
          "font-family", "sans-serif",
          "font-size", "16",
          "font-weight", "400",
          "text-anchor", "start");

  private static final Map<String, Set<String>> GEOMETRY =
      Map.of(
          "svg", Set.of("x", "y", "width", "height", "viewBox"),
          "g", Set.of(),
          "rect", Set.of("x", "y", "width", "height", "rx"),
          "circle", Set.of("cx", "cy", "r"),
          "line", Set.of("x1", "y1", "x2", "y2"),
          "path", Set.of("d"),
          "text", Set.of("x", "y"),
          "tspan", Set.of("x", "y"),
          "pattern", Set.of("width", "height", "patternUnits", "patternTransform"));

  /** Thrown where the SVG leaves the subset; {@link #read} answers null. */
  private static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }

  private final Map<String, Element> patterns = new HashMap<>();
  private final Map<String, Tiles> tiles = new HashMap<>();

  private PdfChartMarks() {}

  /** The marks of {@code svg}, a root {@code svg} element; null if it leaves the subset. */
  static Read read(Element svg) {
    try {
      return new PdfChartMarks().root(svg);
    } catch (Unsupported | NumberFormatException e) {
      return null;
    }
  }

  private Read root(Element svg) throws Unsupported {
    if (!"svg".equals(tag(svg))) {
      throw new Unsupported();
    }
    double[] view = viewBox(svg);
    collectPatterns(svg);
    List<Mark> marks = new ArrayList<>();
    Map<String, String> style = style(svg, ROOT_STYLE);
    children(svg, style, new AffineTransform(), view, marks);
    return new Read(view[0], view[1], List.copyOf(marks));
  }

  private static double[] viewBox(Element svg) throws Unsupported {
    Matcher box = VIEW_BOX.matcher(svg.getAttribute("viewBox"));
    if (!box.matches()) {
      throw new Unsupported();
    }
    double[] size = {Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2))};
    if (size[0] <= 0 || size[1] <= 0) {
      throw new Unsupported(); // nothing to scale from (Batik draws nothing either)
    }
    return size;
  }

  private void collectPatterns(Element element) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element each) {
        if ("pattern".equals(tag(each))) {
          patterns.put(each.getAttribute("id"), each);
        } else {
          collectPatterns(each);
        }
      }
    }
  }

  private void children(
      Element parent,
      Map<String, String> style,
      AffineTransform at,
      double[] viewport,
      List<Mark> out)
      throws Unsupported {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element each) {
        element(each, style, at, viewport, out);
      } else if (child.getNodeType() == Node.TEXT_NODE && !child.getNodeValue().isBlank()) {
        throw new Unsupported();
      }
    }
  }

  private void element(
      Element element,
      Map<String, String> inherited,
      AffineTransform at,
      double[] viewport,
      List<Mark> out)
      throws Unsupported {
    String tag = tag(element);
    if (!SVG.equals(element.getNamespaceURI()) && element.getNamespaceURI() != null) {
      throw new Unsupported();
    }
    if ("title".equals(tag) || "desc".equals(tag)) {
      return;
    }
    if ("defs".equals(tag)) {
      checkAttributes(element, Set.of());
      return;
    }
    if (!GEOMETRY.containsKey(tag) || "pattern".equals(tag) || "tspan".equals(tag)) {
      throw new Unsupported();
    }
    checkAttributes(element, GEOMETRY.get(tag));
    Map<String, String> style = style(element, inherited);
    switch (tag) {
      case "svg" -> nested(element, style, at, out);
      case "g" -> children(element, style, at, viewport, out);
      case "text" -> text(element, style, at, out);
      default -> out.add(area(shape(element, viewport), style, at));
    }
  }

  /** An {@code svg} inside the chart (an image around it): placed at x, y and scaled. */
  private void nested(Element svg, Map<String, String> style, AffineTransform at, List<Mark> out)
      throws Unsupported {
    double[] view = viewBox(svg);
    double width = number(svg, "width", view[0]);
    double height = number(svg, "height", view[1]);
    double scale = width / view[0];
    if (Math.abs(height / view[1] - scale) > 1e-6 * scale) {
      throw new Unsupported(); // a non-uniform scale would distort the text
    }
    AffineTransform inner = new AffineTransform(at);
    inner.translate(number(svg, "x", 0), number(svg, "y", 0));
    inner.scale(scale, scale);
    children(svg, style, inner, view, out);
  }

  private static Shape shape(Element element, double[] viewport) throws Unsupported {
    switch (tag(element)) {
      case "rect" -> {
        double width = length(element, "width", viewport[0]);
        double height = length(element, "height", viewport[1]);
        double x = number(element, "x", 0);
        double y = number(element, "y", 0);
        double r = number(element, "rx", 0);
        return r > 0
            ? new RoundRectangle2D.Double(x, y, width, height, 2 * r, 2 * r)
            : new Rectangle2D.Double(x, y, width, height);
      }
      case "circle" -> {
        double r = number(element, "r", 0);
        return new Ellipse2D.Double(
            number(element, "cx", 0) - r, number(element, "cy", 0) - r, 2 * r, 2 * r);
      }
      case "line" -> {
        return new Line2D.Double(
            number(element, "x1", 0),
            number(element, "y1", 0),
            number(element, "x2", 0),
            number(element, "y2", 0));
      }
      default -> {
        return path(element.getAttribute("d"));
      }
    }
  }

  /** A path of absolute straight segments: M, L, H, V and Z. */
  static Path2D path(String d) throws Unsupported {
    Path2D.Double path = new Path2D.Double();
    Matcher token = PATH.matcher(d);
    List<Double> numbers = new ArrayList<>();
    char command = 0;
    int at = 0;
    while (token.find()) {
      if (!d.substring(at, token.start()).isBlank()
          && !d.substring(at, token.start()).strip().equals(",")) {
        throw new Unsupported();
      }
      at = token.end();
      if (token.group(1) != null) {
        segment(path, command, numbers);
        command = token.group(1).charAt(0);
        numbers.clear();
      } else {
        numbers.add(Double.parseDouble(token.group(2)));
      }
    }
    if (!d.substring(at).isBlank()) {
      throw new Unsupported();
    }
    segment(path, command, numbers);
    return path;
  }

  private static void segment(Path2D.Double path, char command, List<Double> n) throws Unsupported {
    switch (command) {
      case 0 -> requireCount(n, 0, 1);
      case 'Z' -> {
        requireCount(n, 0, 1);
        path.closePath();
      }
      case 'M', 'L' -> {
        requireCount(n, 2, 2);
        for (int i = 0; i < n.size(); i += 2) {
          if (command == 'M' && i == 0) {
            path.moveTo(n.get(i), n.get(i + 1));
          } else {
            path.lineTo(n.get(i), n.get(i + 1));
          }
        }
      }
      case 'H', 'V' -> {
        requireCount(n, 1, 1);
        for (double value : n) {
          var now = path.getCurrentPoint();
          if (now == null) {
            throw new Unsupported();
          }
          path.lineTo(command == 'H' ? value : now.getX(), command == 'V' ? value : now.getY());
        }
      }
      default -> throw new Unsupported(); // curves, arcs and relative commands
    }
  }

  /** At least {@code min} numbers, in groups of {@code group}; none for {@code min} 0. */
  private static void requireCount(List<Double> numbers, int min, int group) throws Unsupported {
    boolean fits =
        min == 0 ? numbers.isEmpty() : numbers.size() >= min && numbers.size() % group == 0;
    if (!fits) {
      throw new Unsupported();
    }
  }

  private Area area(Shape shape, Map<String, String> style, AffineTransform at) throws Unsupported {
    Shape placed = at.isIdentity() ? shape : at.createTransformedShape(shape);
    String fill = style.get("fill");
    Matcher url = PATTERN_URL.matcher(fill);
    Tiles pattern = url.matches() ? tiles(url.group(1), at) : null;
    return new Area(
        placed,
        pattern == null ? colour(fill) : null,
        pattern,
        colour(style.get("stroke")),
        line(style, scale(at)));
  }

  /** The pattern {@code id} as it fills a shape drawn with {@code at}. */
  private Tiles tiles(String id, AffineTransform at) throws Unsupported {
    Element pattern = patterns.get(id);
    if (pattern == null || !"userSpaceOnUse".equals(pattern.getAttribute("patternUnits"))) {
      throw new Unsupported();
    }
    checkAttributes(pattern, GEOMETRY.get("pattern"));
    Tiles plain = tiles.get(id);
    if (plain == null) {
      AffineTransform rotate = new AffineTransform();
      String transform = pattern.getAttribute("patternTransform");
      if (!transform.isEmpty()) {
        Matcher angle = ROTATE.matcher(transform);
        if (!angle.matches()) {
          throw new Unsupported();
        }
        rotate.rotate(Math.toRadians(Double.parseDouble(angle.group(1))));
      }
      double width = number(pattern, "width", 0);
      double height = number(pattern, "height", 0);
      List<Mark> tile = new ArrayList<>();
      children(
          pattern,
          style(pattern, ROOT_STYLE),
          new AffineTransform(),
          new double[] {width, height},
          tile);
      if (width <= 0 || height <= 0 || tile.stream().anyMatch(m -> !(m instanceof Area))) {
        throw new Unsupported();
      }
      plain = new Tiles(width, height, rotate, List.copyOf(tile));
      tiles.put(id, plain);
    }
    AffineTransform placed = new AffineTransform(at);
    placed.concatenate(plain.transform());
    return new Tiles(plain.width(), plain.height(), placed, plain.tile());
  }

  private static BasicStroke line(Map<String, String> style, double scale) throws Unsupported {
    float width = (float) (Double.parseDouble(style.get("stroke-width")) * scale);
    int cap =
        switch (style.get("stroke-linecap")) {
          case "butt" -> BasicStroke.CAP_BUTT;
          case "round" -> BasicStroke.CAP_ROUND;
          case "square" -> BasicStroke.CAP_SQUARE;
          default -> throw new Unsupported();
        };
    int join =
        switch (style.get("stroke-linejoin")) {
          case "miter" -> BasicStroke.JOIN_MITER;
          case "round" -> BasicStroke.JOIN_ROUND;
          case "bevel" -> BasicStroke.JOIN_BEVEL;
          default -> throw new Unsupported();
        };
    return new BasicStroke(width, cap, join, 4f, dashes(style.get("stroke-dasharray"), scale), 0f);
  }

  private static float[] dashes(String value, double scale) {
    if ("none".equals(value)) {
      return null;
    }
    String[] parts = value.strip().split("[\\s,]+");
    // An odd count repeats, as SVG says.
    float[] dashes = new float[parts.length % 2 == 0 ? parts.length : 2 * parts.length];
    for (int i = 0; i < dashes.length; i++) {
      dashes[i] = (float) (Double.parseDouble(parts[i % parts.length]) * scale);
    }
    float sum = 0;
    for (float dash : dashes) {
      sum += dash;
    }
    return sum > 0 ? dashes : null;
  }

  private void text(Element text, Map<String, String> style, AffineTransform at, List<Mark> out)
      throws Unsupported {
    if (colour(style.get("stroke")) != null) {
      throw new Unsupported(); // outlined text
    }
    for (Node child = text.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element span) {
        if (!"tspan".equals(tag(span)) || span.getFirstChild() == null) {
          throw new Unsupported();
        }
        checkAttributes(span, GEOMETRY.get("tspan"));
        Map<String, String> spanStyle = style(span, style);
        if (!spanStyle.equals(style) || !span.hasAttribute("x") || !span.hasAttribute("y")) {
          throw new Unsupported();
        }
        label(span.getTextContent(), span, style, at, out);
      } else if (child.getNodeType() == Node.TEXT_NODE) {
        label(child.getNodeValue(), text, style, at, out);
      } else {
        throw new Unsupported();
      }
    }
  }

  private static void label(
      String content,
      Element at,
      Map<String, String> style,
      AffineTransform transform,
      List<Mark> out)
      throws Unsupported {
    // SVG's default white space: line breaks dropped, tabs as spaces, runs of spaces as one,
    // and none at either end.
    String text = content.replace("\n", "").replace('\t', ' ').replaceAll(" {2,}", " ").strip();
    if (text.isEmpty()) {
      return;
    }
    double[] point = {number(at, "x", 0), number(at, "y", 0)};
    transform.transform(point, 0, point, 0, 1);
    String anchor = style.get("text-anchor");
    if (!Set.of("start", "middle", "end").contains(anchor)) {
      throw new Unsupported();
    }
    out.add(
        new Label(
            text,
            point[0],
            point[1],
            Double.parseDouble(style.get("font-size")) * scale(transform),
            weight(style.get("font-weight")),
            anchor,
            families(style.get("font-family")),
            colour(style.get("fill"))));
  }

  private static int weight(String value) throws Unsupported {
    return switch (value) {
      case "normal" -> 400;
      case "bold" -> 700;
      default -> {
        int weight = Integer.parseInt(value);
        if (weight < 100 || weight > 900 || weight % 100 != 0) {
          throw new Unsupported();
        }
        yield weight;
      }
    };
  }

  /** {@code 'DejaVu Sans', "WenQuanYi Micro Hei", serif} as names without their quotes. */
  static List<String> families(String value) {
    List<String> families = new ArrayList<>();
    for (String family : value.split(",")) {
      String name = family.strip();
      if (name.length() >= 2
          && (name.charAt(0) == '\'' || name.charAt(0) == '"')
          && name.charAt(name.length() - 1) == name.charAt(0)) {
        name = name.substring(1, name.length() - 1);
      }
      if (!name.isEmpty()) {
        families.add(name);
      }
    }
    return List.copyOf(families);
  }

  /** A colour, or null for {@code none}. */
  private static FSRGBColor colour(String value) throws Unsupported {
    if ("none".equals(value)) {
      return null;
    }
    Matcher hex = COLOUR.matcher(value);
    if (!hex.matches()) {
      throw new Unsupported();
    }
    String digits = hex.group(1);
    if (digits.length() == 3) {
      digits =
          new String(
              new char[] {
                digits.charAt(0),
                digits.charAt(0),
                digits.charAt(1),
                digits.charAt(1),
                digits.charAt(2),
                digits.charAt(2)
              });
    }
    return new FSRGBColor(Integer.parseInt(digits, 16));
  }

  /** The element's own presentation attributes over the ones it inherits. */
  private static Map<String, String> style(Element element, Map<String, String> inherited) {
    Map<String, String> style = null;
    for (String name : INHERITED) {
      if (element.hasAttribute(name)) {
        if (style == null) {
          style = new HashMap<>(inherited);
        }
        style.put(name, element.getAttribute(name).strip());
      }
    }
    return style == null ? inherited : style;
  }

  /** Only geometry this element has, the presentation attributes and inert ones. */
  private static void checkAttributes(Element element, Set<String> geometry) throws Unsupported {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName();
      boolean known =
          geometry.contains(name)
              || INHERITED.contains(name)
              || INERT.contains(name)
              || name.startsWith("aria-")
              || name.startsWith("xmlns:");
      if (!known) {
        throw new Unsupported();
      }
    }
  }

  /** A plain number, or {@code otherwise} if the attribute is absent. */
  private static double number(Element element, String name, double otherwise) {
    String value = element.getAttribute(name).strip();
    return value.isEmpty() ? otherwise : Double.parseDouble(value);
  }

  /** A number or a percentage of {@code whole}. */
  private static double length(Element element, String name, double whole) {
    String value = element.getAttribute(name).strip();
    return value.endsWith("%")
        ? whole * Double.parseDouble(value.substring(0, value.length() - 1)) / 100
        : number(element, name, 0);
  }

  private static double scale(AffineTransform at) {
    return Math.sqrt(Math.abs(at.getDeterminant()));
  }

  /** An element's name without a prefix, in a document read with namespaces or without. */
  private static String tag(Element element) {
    String local = element.getLocalName();
    return local != null ? local : element.getTagName();
  }
}
