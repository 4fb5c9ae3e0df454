package dev.folio.output;

import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The PNG images of a build (charts, share cards), each drawn from its SVG by {@link Png} when its
 * bytes are first asked for. In a build ({@link PdfEditions.When#WITH_THE_PAGES}) they are drawn as
 * soon as their SVG is known, one at a time on a thread of their own (JSVG's font cache is shared
 * by all its drawings), while the pages and the PDFs are made; for {@code serve}, when one is
 * requested.
 */
public final class Images implements AutoCloseable {
  private final ExecutorService executor;

  /**
   * @param when {@code WITH_THE_PAGES}: draw the images as they are known; {@code ON_REQUEST}: when
   *     asked for
   */
  public Images(PdfEditions.When when) {
    this.executor =
        when == PdfEditions.When.WITH_THE_PAGES
            ? Executors.newSingleThreadExecutor(
                runnable -> {
                  Thread thread = new Thread(runnable, "folio-images");
                  thread.setDaemon(true);
                  return thread;
                })
            : null;
  }

  /**
   * The PNG of an SVG file at {@code scale}: a task that reads the SVG, so that {@code serve} keeps
   * a PNG it drew while its SVG stays the same.
   */
  RenderedFile png(OutputFile svg, String path, double scale, TaskRunner tasks) {
    String text = new String(svg.bytes(), StandardCharsets.UTF_8);
    OutputFile png =
        tasks.run(
            Task.of(
                Task.Boundary.OUTPUT,
                "png " + path,
                () -> List.of(text, scale),
                () -> OutputFile.deferred(path, () -> Png.of(text, scale))));
    if (executor != null && !png.made()) {
      executor.execute(
          () -> {
            try {
              png.bytes();
            } catch (RuntimeException | Error e) {
              // asked for again when the file is written, which then fails with it
            }
          });
    }
    return new RenderedFile(Optional.of(png), List.<Problem>of());
  }

  /** Stops the build's image thread once it has drawn what it was given. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdown();
    }
  }
}
