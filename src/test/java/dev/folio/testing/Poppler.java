package dev.folio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's poppler-utils (pdffonts, pdftotext, pdfinfo), the tools readers' PDF viewers are built
 * on, run on a PDF Folio wrote: what they read is what a reader gets. {@code .ci/install-tools}
 * installs them.
 */
public final class Poppler {
  private Poppler() {}

  /** What {@code tool args… pdf} prints; fails the test if the tool fails or is missing. */
  public static String run(String tool, Path pdf, String... args) {
    List<String> command = new ArrayList<>(List.of(tool));
    command.addAll(List.of(args));
    command.add(pdf.toString());
    if (tool.equals("pdftotext")) {
      command.add("-");
    }
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(tool + " did not finish on " + pdf);
      }
      String text = new String(out, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(tool + " failed on " + pdf + ":\n" + text);
      }
      return text;
    } catch (IOException e) {
      throw new AssertionError(
          tool + " is not installed: install Debian's poppler-utils (.ci/install-tools)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The text of pages {@code first} to {@code last} (from 1). */
  public static String text(Path pdf, int first, int last) {
    return run("pdftotext", pdf, "-f", Integer.toString(first), "-l", Integer.toString(last));
  }

  /** A page rendered in shades of grey: {@code width} × {@code height} bytes, a row at a time. */
  public record Gray(int width, int height, byte[] pixels) {
    /** The shade at {@code (x, y)}, 0 black to 255 white. */
    public int at(int x, int y) {
      return pixels[y * width + x] & 0xff;
    }
  }

  /** Page {@code page} (from 1) of {@code pdf} rendered by pdftoppm at {@code dpi}, in grey. */
  public static Gray gray(Path pdf, int page, int dpi, Path folder) {
    Path prefix = folder.resolve(pdf.getFileName().toString().replace(".pdf", "") + "-" + page);
    String p = Integer.toString(page);
    try {
      Process process =
          new ProcessBuilder(
                  "pdftoppm",
                  "-f",
                  p,
                  "-l",
                  p,
                  "-r",
                  Integer.toString(dpi),
                  "-gray",
                  "-singlefile",
                  pdf.toString(),
                  prefix.toString())
              .redirectErrorStream(true)
              .start();
      process.getInputStream().readAllBytes();
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("pdftoppm failed on " + pdf);
      }
      return pgm(Files.readAllBytes(Path.of(prefix + ".pgm")));
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A binary PGM (P5, maximum 255): its header's three numbers, then the pixels. */
  private static Gray pgm(byte[] bytes) {
    int[] numbers = new int[3];
    int at = 2;
    for (int i = 0; i < 3; i++) {
      while (Character.isWhitespace(bytes[at])) {
        at++;
      }
      int value = 0;
      while (Character.isDigit(bytes[at])) {
        value = value * 10 + (bytes[at++] - '0');
      }
      numbers[i] = value;
    }
    at++; // the one white-space byte before the pixels
    byte[] pixels = Arrays.copyOfRange(bytes, at, at + numbers[0] * numbers[1]);
    return new Gray(numbers[0], numbers[1], pixels);
  }
}
