package dev.folio;

import dev.folio.check.ContentChecker;
import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.extension.Inputs;
import dev.folio.load.SourceLoader;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.output.Assets;
import dev.folio.output.DataDownloads;
import dev.folio.output.FolioPages;
import dev.folio.output.HostingFiles;
import dev.folio.output.Output;
import dev.folio.output.Pages;
import dev.folio.output.RootPages;
import dev.folio.output.SearchIndex;
import dev.folio.output.StaticFiles;
import dev.folio.render.Renderer;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The build, as a flat list of named steps: read folio.yaml → find the extensions it enables → load
 * the sources → check them → run the extensions → check the embeds → render each kind of output →
 * write. Every command runs this one copy of it. With {@code FOLIO_TIMINGS=1} in the environment
 * each step's time goes to standard error ({@link Timings}).
 *
 * <p>The steps run their tasks through a {@link BuildSession}: a one-off build's computes
 * everything; {@code folio serve}'s reuses what the last successful build computed from the same
 * inputs, and the files are the same either way.
 */
public final class Pipeline {
  private final Path source;
  private final BaseUrl baseOverride;
  private final BuildSession session;

  /**
   * @param baseOverride where the site is published, from {@code --base-url}; null takes {@code
   *     folio.yaml}'s {@code baseUrl} (or {@code /})
   */
  public Pipeline(Path source, BaseUrl baseOverride) {
    this(source, baseOverride, BuildSession.oneOff());
  }

  /** A pipeline whose builds run their tasks through {@code session} ({@code folio serve}). */
  public Pipeline(Path source, BaseUrl baseOverride, BuildSession session) {
    this.source = source;
    this.baseOverride = baseOverride;
    this.session = session;
  }

  /** What a build produced, for the one-line summary. */
  public record Summary(int pages, int languages, int tables, int files, long millis) {
    public String line() {
      return "built "
          + count(pages, "page")
          + " in "
          + count(languages, "language")
          + ", "
          + count(tables, "data table")
          + ", "
          + count(files, "file")
          + " in "
          + millis
          + " ms";
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
    SiteConfig config = SourceLoader.config(source, session);
    step(timings, "folio.yaml");
    List<Extension> extensions = Extensions.enabled(config);
    Content content =
        SourceLoader.load(
            source,
            config,
            extensions.stream()
                .filter(e -> e.stringsFolder() != null)
                .map(
                    e ->
                        new SourceLoader.BuiltinStrings(
                            e.stringsFolder(), "(" + e.name() + " extension) i18n"))
                .toList(),
            Extensions.embedNames(extensions),
            session);
    step(timings, "load");
    ContentChecker.checkSources(content, session);
    step(timings, "check");
    return new Loaded(content, extensions);
  }

  /**
   * Everything but writing: the site is loaded, checked, computed and rendered in memory. The
   * session keeps what this build computed only if it succeeds.
   */
  public Rendered render() throws ContentException {
    Timings timings = Timings.start();
    try {
      Rendered rendered = render(timings);
      session.commit();
      if (timings != null) {
        timings.print(System.err);
      }
      return rendered;
    } catch (ContentException | RuntimeException | Error e) {
      session.abandon();
      throw e;
    }
  }

  private Rendered render(Timings timings) throws ContentException {
    Loaded loaded = load(timings);
    Extensions.Result extended = Extensions.run(loaded.content(), loaded.extensions(), session);
    step(timings, "extensions");
    Content content = extended.content();
    ContentChecker.checkEmbeds(content, extended.embeds(), session);
    step(timings, "check embeds");
    BaseUrl base = baseOverride != null ? baseOverride : BaseUrl.parse(content.config().baseUrl());
    List<String> templates =
        loaded.extensions().stream()
            .map(Extension::templatesFolder)
            .filter(Objects::nonNull)
            .toList();
    Renderer renderer = Renderer.of(content, source, base, extended.embeds(), templates, session);
    Pages.Rendered pages = Pages.render(renderer, session);
    List<Output> outputs =
        new ArrayList<>(
            List.of(
                pages.output(),
                FolioPages.render(renderer, session),
                SearchIndex.render(content, pages.sections(), session),
                RootPages.render(renderer),
                DataDownloads.render(content, session),
                HostingFiles.render(content, base),
                Assets.render(renderer, pages.embeds(), session)));
    List<OutputFile> files = new ArrayList<>();
    outputs.forEach(output -> files.addAll(output.files()));
    outputs.add(StaticFiles.render(source, files));
    files.addAll(outputs.get(outputs.size() - 1).files());
    Problems problems = new Problems();
    renderer.problems().forEach(problems::add);
    outputs.forEach(output -> output.problems().forEach(problems::add));
    problems.throwIfAny();
    files.sort(Comparator.comparing(OutputFile::path));
    step(timings, "render");
    return new Rendered(content, files);
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
    return new Summary(
        content.pages().size(),
        content.languages().size(),
        content.tables().size(),
        site.files().size(),
        (System.nanoTime() - start) / 1_000_000);
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
      session.abandon();
    }
  }

  private Inputs inputsOfLoaded(Extension extension) throws ContentException {
    Loaded loaded = load(null);
    if (!loaded.content().config().extensions().containsKey(extension.name())) {
      throw new ContentException(
          List.of(
              Problem.at(
                  SourcePos.file(SiteConfig.PATH),
                  "this site does not enable the " + extension.name() + " extension",
                  "add it under extensions: in folio.yaml")));
    }
    return Extensions.inputs(loaded.content(), extension);
  }
}
