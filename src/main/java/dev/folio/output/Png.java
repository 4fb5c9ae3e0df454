package dev.folio.output;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * SVG drawn as PNG by JSVG: a chart's image at twice its size, a page's share card. The SVG names
 * its fonts by family (the language's, {@link PdfFonts}), so Chinese text is drawn with a Chinese
 * font rather than whatever the JDK's logical fonts pick. The same SVG gives the same bytes.
 */
final class Png {
  /** JSVG reports attributes it does not draw (aria-*, role) through java.util.logging. */
  private static final Logger QUIET = Logger.getLogger("com.github.weisj.jsvg");

  static {
    QUIET.setLevel(Level.OFF);
  }

  /**
   * JSVG keeps the fonts it resolved in a static map that is not safe for several threads: one
   * image is drawn at a time (its PNG is encoded, the costlier part, outside the lock).
   */
  private static final Object DRAWING = new Object();

  private Png() {}

  /** {@code svg} (with a width and height) drawn at {@code scale}, on white. */
  /** {@code svg} (with a width and height) drawn at {@code scale}, on white. */
  static byte[] of(String svg, double scale) {
    BufferedImage image;
    synchronized (DRAWING) {
      image = draw(svg, scale);
    }
    return encode(image);
  }

  /**
   * An RGB image as PNG: each row filtered with "Sub" (a byte less the one a pixel before, which
   * turns a chart's plain areas into zeros) and deflated. A few times faster than ImageIO's writer,
   * which reads the image a pixel at a time; the same image gives the same bytes.
   */
  static byte[] encode(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    try (DataOutputStream out = new DataOutputStream(png)) {
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
      header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
      chunk(out, "IHDR", header.array());
      chunk(out, "IDAT", deflate(pixels, width, height));
      chunk(out, "IEND", new byte[0]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }

  private static byte[] deflate(int[] pixels, int width, int height) {
    Deflater deflater = new Deflater(6);
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
    byte[] row = new byte[1 + width * 3];
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int y = 0; y < height; y++) {
        row[0] = 1; // Sub
        int previous = 0;
        for (int x = 0; x < width; x++) {
          int pixel = pixels[y * width + x];
          int at = 1 + x * 3;
          row[at] = (byte) ((pixel >> 16) - (previous >> 16));
          row[at + 1] = (byte) ((pixel >> 8) - (previous >> 8));
          row[at + 2] = (byte) (pixel - previous);
          previous = pixel;
        }
        deflater.setInput(row);
        while (!deflater.needsInput()) {
          compressed.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }

  private static BufferedImage draw(String svg, double scale) {
    SVGDocument document =
        new SVGLoader()
            .load(
                new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                null,
                LoaderContext.createDefault());
    if (document == null) {
      throw new IllegalStateException("JSVG could not read an SVG Folio drew");
    }
    int width = (int) Math.ceil(document.size().width * scale);
    int height = (int) Math.ceil(document.size().height * scale);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      graphics.setRenderingHint(
          RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      graphics.scale(scale, scale);
      document.render(null, graphics);
    } finally {
      graphics.dispose();
    }
    return image;
  }
}
