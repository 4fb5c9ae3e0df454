package dev.folio.output;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.render.AbstractOutputDevice;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.render.RenderingContext;
import dev.folio.output.PdfChartMarks.Area;
import dev.folio.output.PdfChartMarks.Label;
import dev.folio.output.PdfChartMarks.Mark;
import dev.folio.output.PdfChartMarks.Tiles;
import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Rectangle2D;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * A chart of the PDF edition drawn by Folio into the page, with the page's own drawing operations:
 * its shapes as vector paths, its labels as text in the PDF's fonts (found, and their missing
 * characters taken from the next font of the list, as for the text of the page), so that the labels
 * can be searched and copied. Sized as Batik sizes an SVG (its {@code width} and {@code height} in
 * CSS pixels, whole), so the pages break where they did.
 */
final class PdfChart implements SVGDrawer.SVGImage {
  private static final Pattern LENGTH = Pattern.compile("([0-9]*\\.?[0-9]+)(px|mm|cm|pt|in)?");

  private final PdfChartMarks.Read read;
  private final int width;
  private final int height;

  private PdfChart(PdfChartMarks.Read read, int width, int height) {
    this.read = read;
    this.width = width;
    this.height = height;
  }

  /** The chart of {@code svg}, or null if Folio does not draw it (then Batik does). */
  static PdfChart of(Element svg, double dotsPerPixel) {
    Double width = pixels(svg.getAttribute("width"));
    Double height = pixels(svg.getAttribute("height"));
    if (width == null || height == null) {
      return null;
    }
    PdfChartMarks.Read read = PdfChartMarks.read(svg);
    if (read == null) {
      return null;
    }
    // Whole CSS pixels, then dots, as Batik's image does.
    return new PdfChart(
        read, (int) (width.intValue() * dotsPerPixel), (int) (height.intValue() * dotsPerPixel));
  }

  /** A CSS length in pixels (96 to the inch), or null if it is not an absolute one. */
  private static Double pixels(String value) {
    Matcher length = LENGTH.matcher(value.strip());
    if (!length.matches()) {
      return null;
    }
    double number = Double.parseDouble(length.group(1));
    String unit = length.group(2) == null ? "px" : length.group(2);
    return switch (unit) {
      case "mm" -> number * 96 / 25.4;
      case "cm" -> number * 96 / 2.54;
      case "pt" -> number * 96 / 72;
      case "in" -> number * 96;
      default -> number;
    };
  }

  @Override
  public int getIntrinsicWidth() {
    return width;
  }

  @Override
  public int getIntrinsicHeight() {
    return height;
  }

  /** Draws the chart with its top left corner at {@code (x, y)}, in the page's dots. */
  @Override
  public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
    // The view box fitted into the image, centred (SVG's xMidYMid meet).
    double scale = Math.min(width / read.viewWidth(), height / read.viewHeight());
    AffineTransform toDots =
        AffineTransform.getTranslateInstance(
            x + (width - read.viewWidth() * scale) / 2,
            y + (height - read.viewHeight() * scale) / 2);
    toDots.scale(scale, scale);
    Stroke before = out.getStroke();
    out.pushClip(new Rectangle2D.Double(x, y, width, height));
    try {
      for (Mark mark : read.marks()) {
        if (mark instanceof Area area) {
          area(out, area, toDots);
        } else {
          label(out, ctx, (Label) mark, toDots);
        }
      }
    } finally {
      out.popClip();
      out.setStroke(before);
    }
  }

  private static void area(OutputDevice out, Area area, AffineTransform toDots) {
    Shape shape = toDots.createTransformedShape(area.shape());
    if (area.fill() != null && !(area.shape() instanceof Line2D)) {
      out.setColor(area.fill());
      out.fill(shape);
    }
    if (area.pattern() != null) {
      pattern(out, shape, area.pattern(), toDots);
    }
    if (area.stroke() != null && area.line().getLineWidth() > 0) {
      out.setStroke(scaled(area.line(), scale(toDots)));
      out.setColor(area.stroke());
      out.draw(shape);
    }
  }

  /**
   * A pattern over {@code shape}: a tile's rectangle that covers it filled once, a line across it
   * drawn once a row or column, anything else tile by tile; clipped to the shape.
   */
  private static void pattern(OutputDevice out, Shape shape, Tiles tiles, AffineTransform toDots) {
    AffineTransform tileToDots = new AffineTransform(toDots);
    tileToDots.concatenate(tiles.transform());
    Rectangle2D bounds;
    try {
      bounds = tileToDots.createInverse().createTransformedShape(shape).getBounds2D();
    } catch (NoninvertibleTransformException e) {
      return; // a pattern squashed flat shows nothing
    }
    double w = tiles.width();
    double h = tiles.height();
    int[] columns = {(int) Math.floor(bounds.getMinX() / w), (int) Math.ceil(bounds.getMaxX() / w)};
    int[] rows = {(int) Math.floor(bounds.getMinY() / h), (int) Math.ceil(bounds.getMaxY() / h)};
    out.pushClip(shape);
    try {
      for (Mark mark : tiles.tile()) {
        tileMark(out, (Area) mark, w, h, columns, rows, tileToDots);
      }
    } finally {
      out.popClip();
    }
  }

  private static void tileMark(
      OutputDevice out,
      Area mark,
      double w,
      double h,
      int[] columns,
      int[] rows,
      AffineTransform tileToDots) {
    Shape shape = mark.shape();
    if (shape instanceof Rectangle2D r
        && r.getX() <= 0
        && r.getY() <= 0
        && r.getMaxX() >= w
        && r.getMaxY() >= h
        && mark.stroke() == null) {
      Area whole =
          new Area(
              new Rectangle2D.Double(
                  columns[0] * w,
                  rows[0] * h,
                  (columns[1] - columns[0]) * w,
                  (rows[1] - rows[0]) * h),
              mark.fill(),
              null,
              null,
              mark.line());
      area(out, whole, tileToDots);
      return;
    }
    if (shape instanceof Line2D line
        && line.getX1() == line.getX2()
        && Math.min(line.getY1(), line.getY2()) <= 0
        && Math.max(line.getY1(), line.getY2()) >= h
        && mark.stroke() != null
        && mark.line().getDashArray() == null) {
      // A line down the tile: what shows of it within the tile (each tile clips its own
      // content, so a line on the tile's edge shows half its width), one strip a column.
      double half = mark.line().getLineWidth() / 2;
      double left = Math.max(0, line.getX1() - half);
      double right = Math.min(w, line.getX1() + half);
      for (int i = columns[0]; i <= columns[1] && right > left; i++) {
        Rectangle2D strip =
            new Rectangle2D.Double(
                i * w + left, rows[0] * h, right - left, (rows[1] - rows[0]) * h);
        area(out, new Area(strip, mark.stroke(), null, null, mark.line()), tileToDots);
      }
      return;
    }
    for (int i = columns[0]; i < columns[1]; i++) {
      for (int j = rows[0]; j < rows[1]; j++) {
        AffineTransform tile = new AffineTransform(tileToDots);
        tile.translate(i * w, j * h);
        out.pushClip(tile.createTransformedShape(new Rectangle2D.Double(0, 0, w, h)));
        area(out, mark, tile);
        out.popClip();
      }
    }
  }

  private static void label(
      OutputDevice out, RenderingContext ctx, Label label, AffineTransform toDots) {
    if (label.fill() == null) {
      return; // fill="none": nothing to see
    }
    double scale = scale(toDots);
    FontSpecification spec = new FontSpecification();
    spec.families = label.families().toArray(String[]::new);
    spec.size = (float) (label.size() * scale);
    spec.fontWeight = IdentValue.getByIdentString(Integer.toString(label.weight()));
    spec.fontStyle = IdentValue.NORMAL;
    spec.variant = IdentValue.NORMAL;
    FSFont font = ctx.getFont(spec);
    double[] at = {label.x(), label.y()};
    toDots.transform(at, 0, at, 0, 1);
    if (!"start".equals(label.anchor())) {
      int textWidth = ctx.getTextRenderer().getWidth(ctx.getFontContext(), font, label.text());
      at[0] -= "middle".equals(label.anchor()) ? textWidth / 2.0 : textWidth;
    }
    out.setColor(label.fill());
    out.setFont(font);
    if (out instanceof AbstractOutputDevice device) {
      // The weight asked for, so that a font without that weight is emboldened as the page's is.
      device.setFontSpecification(spec);
    }
    ctx.getTextRenderer().drawString(out, label.text(), (float) at[0], (float) at[1]);
  }

  private static BasicStroke scaled(BasicStroke line, double factor) {
    float[] dashes = line.getDashArray();
    if (dashes != null) {
      for (int i = 0; i < dashes.length; i++) {
        dashes[i] *= (float) factor;
      }
    }
    return new BasicStroke(
        (float) (line.getLineWidth() * factor),
        line.getEndCap(),
        line.getLineJoin(),
        line.getMiterLimit(),
        dashes,
        (float) (line.getDashPhase() * factor));
  }

  private static double scale(AffineTransform at) {
    return Math.sqrt(Math.abs(at.getDeterminant()));
  }
}
