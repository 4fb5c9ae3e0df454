package dev.folio.serve;

import dev.folio.Pipeline;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The builds behind {@code folio serve}: each renders the site in memory and hands it to the
 * server, which swaps it in whole; nothing is written to disk, so the project's {@code site/}
 * (perhaps built for publishing, with another base URL) is never touched. A build that fails, with
 * problems in the content or with any exception at all, leaves the last good site served and shows
 * what went wrong in every page.
 */
public final class LiveBuild {
  /** Renders the whole site in memory: {@link Pipeline#render()}. */
  @FunctionalInterface
  interface Renderer {
    Pipeline.Rendered render() throws ContentException;
  }

  /** How a build ended, for the command to report. */
  public sealed interface Outcome {
    /** Built and now served. */
    record Built(Pipeline.Summary summary) implements Outcome {}

    /** The content has problems; shown in the pages. */
    record Problems(ContentException problems) implements Outcome {}

    /** A bug in Folio (or the JVM ran out of something) while building; shown in the pages. */
    record Failed(Throwable bug) implements Outcome {}

    /**
     * Failed, but the sources changed again meanwhile (a file was read half-written): nothing is
     * shown, the next build follows.
     */
    record Superseded() implements Outcome {}
  }

  private final Renderer renderer;
  private final DevServer server;
  private volatile boolean built;

  public LiveBuild(Pipeline pipeline, DevServer server) {
    this(pipeline::render, server);
  }

  LiveBuild(Renderer renderer, DevServer server) {
    this.renderer = renderer;
    this.server = server;
  }

  /** Whether a build has succeeded, so that the server has a site to show. */
  public boolean hasSite() {
    return built;
  }

  /** Builds the site and serves it, or shows why it did not build. Never throws. */
  public Outcome rebuild() {
    return rebuild(() -> false);
  }

  /**
   * As {@link #rebuild()}, but a build that fails while {@code changedSince} says the sources have
   * changed again since it began shows nothing: an editor's save caught half-way would otherwise
   * flash its problems in every page before the next build.
   */
  public Outcome rebuild(BooleanSupplier changedSince) {
    long start = System.nanoTime();
    try {
      Pipeline.Rendered site = renderer.render();
      server.publish(site.files());
      built = true;
      return new Outcome.Built(Pipeline.summary(site, (System.nanoTime() - start) / 1_000_000));
    } catch (ContentException e) {
      if (changedSince.getAsBoolean()) {
        return new Outcome.Superseded();
      }
      server.showError(
          e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")));
      return new Outcome.Problems(e);
    } catch (Throwable e) {
      if (changedSince.getAsBoolean()) {
        return new Outcome.Superseded();
      }
      // Whatever a change does to the sources, the server keeps going: a stack overflow from a
      // template that includes itself, or memory run out on a huge number, ends this build only.
      server.showError(
          "internal error while building (a bug in Folio; the terminal shows its"
              + " trace, please report it): "
              + describe(e));
      return new Outcome.Failed(e);
    }
  }

  /** The exception's message, without the package names of the classes involved. */
  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
