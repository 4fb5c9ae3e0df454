package dev.folio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
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
}
