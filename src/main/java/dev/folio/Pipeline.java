package dev.folio;

import dev.folio.check.ContentChecker;
import dev.folio.config.BaseUrl;
import dev.folio.config.SiteConfig;
import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.extension.Inputs;
import dev.folio.load.SourceLoader;
import dev.folio.memo.Memo;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.render.SiteRenderer;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The build, as a flat list of named steps: read folio.yaml → find the extensions it enables →
 * load the sources → check them → run the extensions → check the embeds → render → write. Every
 * command runs this one copy of it. With {@code FOLIO_TIMINGS=1} in the environment each step's
 * time goes to standard error ({@link Timings}).
 */
public final class Pipeline {
  private final Path source;
  private final BaseUrl baseOverride;
  private final Memo memo;

  /**
   * @param baseOverride where the site is published, from {@code --base-url}; null takes
   *                     {@code folio.yaml}'s {@code baseUrl} (or {@code /})
   */
  public Pipeline(Path source, BaseUrl baseOverride) {
    this(source, baseOverride, Memo.none());
  }

  /**
   * A pipeline whose builds reuse what the last successful one computed from the same inputs
   * ({@code folio serve}); the files are the same as a build without a memo writes.
   */
  public Pipeline(Path source, BaseUrl baseOverride, Memo memo) {
    this.source = source;
    this.baseOverride = baseOverride;
    this.memo = memo;
  }

  /** What a build produced, for the one-line summary. */
  public record Summary(int pages, int languages, int tables, int files, long millis) {
    public String line() {
      return "built " + count(pages, "page") + " in " + count(languages, "language") + ", "
          + count(tables, "data table") + ", " + count(files, "file") + " in " + millis + " ms";
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /** A rendered site in memory, with the content it came from. */
  public record Rendered(Content content, List<OutputFile> files) {}

  /** The sources loaded and checked, and the extensions the site enables. */
  private record Loaded(Content content, List<Extension> extensions) {}

  private Loaded load(Timings timings) throws ContentException {
    SiteConfig config = SourceLoader.config(source, memo);
    step(timings, "folio.yaml");
    List<Extension> extensions = Extensions.enabled(config);
    Content content = SourceLoader.load(source, config, extensions.stream()
        .filter(e -> e.stringsFolder() != null)
        .map(e -> new SourceLoader.BuiltinStrings(e.stringsFolder(),
            "(" + e.name() + " extension) i18n"))
        .toList(), memo);
    step(timings, "load");
    ContentChecker.checkSources(content, memo);
    step(timings, "check");
    return new Loaded(content, extensions);
  }

  /**
   * Everything but writing: the site is loaded, checked, computed and rendered in memory. The
   * memo keeps what this build computed only if it succeeds.
   */
  public Rendered render() throws ContentException {
    Timings timings = Timings.start();
    try {
      Rendered rendered = render(timings);
      memo.commit();
      if (timings != null) {
        timings.print(System.err);
      }
      return rendered;
    } catch (ContentException | RuntimeException | Error e) {
      memo.abandon();
      throw e;
    }
  }

  private Rendered render(Timings timings) throws ContentException {
    Loaded loaded = load(timings);
    Extensions.Result extended = Extensions.run(loaded.content(), loaded.extensions(), memo);
    step(timings, "extensions");
    Content content = extended.content();
    ContentChecker.checkEmbeds(content, extended.embeds(), memo);
    step(timings, "check embeds");
    BaseUrl base = baseOverride != null ? baseOverride
        : BaseUrl.parse(content.config().baseUrl());
    List<String> templates = loaded.extensions().stream().map(Extension::templatesFolder)
        .filter(Objects::nonNull).toList();
    Rendered rendered = new Rendered(content, SiteRenderer.render(content, source, base,
        extended.embeds(), templates, memo));
    step(timings, "render");
    return rendered;
  }

  private static void step(Timings timings, String name) {
    if (timings != null) {
      timings.step(name);
    }
  }

  public Summary build(Path out) throws ContentException, IOException {
    long start = System.nanoTime();
    Timings timings = Timings.start();
    Rendered site = render(timings);
    SiteWriter.write(site.files(), out);
    step(timings, "write");
    if (timings != null) {
      timings.print(System.err);
    }
    Content content = site.content();
    return new Summary(content.pages().size(), content.languages().size(),
        content.tables().size(), site.files().size(), (System.nanoTime() - start) / 1_000_000);
  }

  /**
   * For an extension's own command ({@code folio cost}): the site loaded and checked as a build
   * would, and that extension's inputs, checked too.
   */
  public Inputs inputsOf(Extension extension) throws ContentException {
    // Not a build: nothing read here is kept for the next one.
    try {
      return inputsOfLoaded(extension);
    } finally {
      memo.abandon();
    }
  }

  private Inputs inputsOfLoaded(Extension extension) throws ContentException {
    Loaded loaded = load(null);
    if (!loaded.content().config().extensions().containsKey(extension.name())) {
      throw new ContentException(List.of(Problem.at(
          dev.folio.model.SourcePos.file(SiteConfig.PATH), "this site does not enable the "
              + extension.name() + " extension", "add it under extensions: in folio.yaml")));
    }
    return Extensions.inputs(loaded.content(), extension);
  }
}
