package dev.folio.serve;

import dev.folio.Pipeline;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The builds behind {@code folio serve}: each renders the site in memory and hands it to the
 * server; nothing is written to disk, so the project's {@code site/} (perhaps built for publishing,
 * with another base URL) is never touched. A build's pages come first: the server serves them and
 * tells open pages to reload, then the rest (the search index, the PDF editions' documents, images,
 * chart pages, downloads) is made and the whole site swapped in: once the browsers had a moment to
 * reload, or at once when one asks for a file of the rest, which waits for it. A build that fails,
 * with problems in the content or with any exception at all, before or after the reload, leaves the
 * last good site served and shows what went wrong in every page.
 */
public final class LiveBuild {
  /**
   * Renders the site in memory, its pages first: {@link Pipeline#renderPagesFirst()}. The pages are
   * served, and open pages told to reload, before the rest is made.
   */
  @FunctionalInterface
  interface Renderer {
    Pipeline.Staged render() throws ContentException;
  }

  /** How a build ended, for the command to report. */
  public sealed interface Outcome {
    /**
     * Built and now served: its pages after {@code summary.millis()}, the rest of the site made in
     * {@code restMillis} more once they were (not counting the wait for the browsers to reload).
     */
    record Built(Pipeline.Summary summary, long restMillis) implements Outcome {}

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

  /**
   * How long the rest of a build waits after its pages are served, unless a browser asks for a file
   * of it or the sources change again: the browsers that reload have the machine first (their
   * requests, their drawing), not the search index and the PDFs, which only a click asks for.
   */
  static final long REST_AFTER_MILLIS = 100;

  private final Renderer renderer;
  private final DevServer server;
  private final long restAfterMillis;
  private volatile boolean built;

  public LiveBuild(Pipeline pipeline, DevServer server) {
    this(pipeline::renderPagesFirst, server, REST_AFTER_MILLIS);
  }

  LiveBuild(Renderer renderer, DevServer server) {
    this(renderer, server, REST_AFTER_MILLIS);
  }

  LiveBuild(Renderer renderer, DevServer server, long restAfterMillis) {
    this.renderer = renderer;
    this.server = server;
    this.restAfterMillis = restAfterMillis;
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
      Pipeline.Staged staged = renderer.render();
      DevServer.Publication published = server.publishPages(staged.pages().files());
      long served = System.nanoTime();
      Pipeline.Rendered site;
      long rest;
      try {
        published.awaitRequestForTheRest(restAfterMillis, changedSince);
        long settling = System.nanoTime();
        site = staged.settle();
        published.settle(site.files());
        rest = System.nanoTime() - settling;
      } catch (ContentException | RuntimeException | Error e) {
        published.fail();
        throw e;
      }
      built = true;
      return new Outcome.Built(
          Pipeline.summary(site, (served - start) / 1_000_000), rest / 1_000_000);
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
