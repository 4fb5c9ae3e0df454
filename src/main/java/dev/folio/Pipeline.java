package dev.folio;

import dev.folio.check.ContentChecker;
import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.extension.Inputs;
import dev.folio.load.ProjectFiles;
import dev.folio.load.SourceLoader;
import dev.folio.load.history.Histories;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.output.Assets;
import dev.folio.output.ChangesFeeds;
import dev.folio.output.ChartFiles;
import dev.folio.output.CitationFiles;
import dev.folio.output.DataDownloads;
import dev.folio.output.FolioPages;
import dev.folio.output.HistoryDownloads;
import dev.folio.output.HostingFiles;
import dev.folio.output.Images;
import dev.folio.output.MovedPages;
import dev.folio.output.Output;
import dev.folio.output.Pages;
import dev.folio.output.PdfEditions;
import dev.folio.output.PdfFonts;
import dev.folio.output.ReportListings;
import dev.folio.output.RootPages;
import dev.folio.output.SearchIndex;
import dev.folio.output.ShareCards;
import dev.folio.output.StaticFiles;
import dev.folio.render.PrintEdition;
import dev.folio.render.Publishing;
import dev.folio.render.Renderer;
import dev.folio.render.SitePages;
import dev.folio.render.SiteTheme;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

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
  private final PdfEditions.When pdfsWhen;
  private final HistoryMode history;
  private final ProjectFiles files;

  /** What a build reads of the project's git history. */
  private enum HistoryMode {
    NONE,
    /** The reports' revisions since they were published. */
    REVISIONS,
    /** Those, and the translations that fell behind (warnings). */
    FULL
  }

  /**
   * @param baseOverride where the site is published, from {@code --base-url}; null takes {@code
   *     folio.yaml}'s {@code baseUrl} (or {@code /})
   */
  public Pipeline(Path source, BaseUrl baseOverride) {
    this(source, baseOverride, BuildSession.oneOff());
  }

  /** A pipeline whose builds run their tasks through {@code session}. */
  public Pipeline(Path source, BaseUrl baseOverride, BuildSession session) {
    this(source, baseOverride, session, PdfEditions.When.WITH_THE_PAGES);
  }

  /**
   * A pipeline whose builds run their tasks through {@code session} and lay out the PDF editions
   * {@code pdfs}: with the pages (a build, whose pages then show each PDF's size and page numbers),
   * or only when one is requested ({@code folio serve}, {@code folio check}).
   */
  public Pipeline(Path source, BaseUrl baseOverride, BuildSession session, PdfEditions.When pdfs) {
    this(source, baseOverride, session, pdfs, HistoryMode.FULL, ProjectFiles.direct());
  }

  private Pipeline(
      Path source,
      BaseUrl baseOverride,
      BuildSession session,
      PdfEditions.When pdfs,
      HistoryMode history,
      ProjectFiles files) {
    this.source = source;
    this.baseOverride = baseOverride;
    this.session = session;
    this.pdfsWhen = pdfs;
    this.history = history;
    this.files = files;
  }

  /**
   * The same pipeline, reading the reports' pages, data and charts through {@code files}: {@code
   * serve}'s, whose watcher keeps it up to date.
   */
  public Pipeline readingThrough(ProjectFiles files) {
    return new Pipeline(source, baseOverride, session, pdfsWhen, history, files);
  }

  /**
   * The same pipeline, reading no git history ({@code --no-history}): no revisions, no Changes
   * pages, no translation warnings; a shallow clone builds.
   */
  public Pipeline withoutHistory() {
    return new Pipeline(source, baseOverride, session, pdfsWhen, HistoryMode.NONE, files);
  }

  /**
   * The same pipeline, not looking for translations that fell behind: {@code serve}, which rebuilds
   * on every save, shows revisions but leaves those warnings to {@code check}.
   */
  public Pipeline withoutTranslationWarnings() {
    return new Pipeline(
        source,
        baseOverride,
        session,
        pdfsWhen,
        history == HistoryMode.NONE ? HistoryMode.NONE : HistoryMode.REVISIONS,
        files);
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

  /** A rendered site in memory, with the site it came from. */
  /**
   * Whether the pages' frames are made with the rest and kept (serve, check: they are asked for
   * again) or made as each file is written (a build writes each once; see {@link
   * Pages#framesWhenWritten}).
   */
  private enum Frames {
    KEPT,
    WHEN_WRITTEN
  }

  public record Rendered(Site site, List<OutputFile> files) {}

  /** What a build of {@code site} produced, for the one-line summary. */
  public static Summary summary(Rendered rendered, long millis) {
    Site site = rendered.site();
    int pages = site.reports().stream().mapToInt(report -> report.pages().size()).sum();
    int tables =
        (int)
            site.reports().stream()
                .flatMap(
                    report ->
                        report.tables().keySet().stream().map(name -> report.downloadPath(name)))
                .distinct()
                .count();
    return new Summary(pages, site.languages().size(), tables, rendered.files().size(), millis);
  }

  /** The extensions Folio has, as the loader needs to know them. */
  private static List<SourceLoader.Available> available() {
    return Extensions.available().stream()
        .map(
            extension ->
                new SourceLoader.Available(
                    extension.name(),
                    extension.embeds(),
                    extension.stringsFolder() == null
                        ? null
                        : new SourceLoader.BuiltinStrings(
                            extension.stringsFolder(),
                            "(" + extension.name() + " extension) i18n")))
        .toList();
  }

  /**
   * What a build loaded (as far as it did: the files with problems left out), the problems of those
   * that did not load, and its history, which is read on another thread meanwhile.
   */
  private record Loaded(
      Site site, List<Problem> problems, CompletableFuture<Histories.Read> history) {}

  /**
   * The site as loaded, and its history being read: the walk over the commits, which needs only
   * {@code folio.yaml}, runs while the rest of the project loads; the reports' histories, which
   * need what was loaded, while the sources are checked and the extensions run.
   */
  private Loaded load(Timings timings) throws ContentException {
    SiteConfig config = SourceLoader.config(source, session);
    step(timings, "folio.yaml");
    CompletableFuture<Histories.Walk> walk =
        history == HistoryMode.NONE
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.supplyAsync(() -> Histories.walk(source, config, session));
    SourceLoader.Partial partial;
    try {
      partial = SourceLoader.loadAll(source, config, available(), session, files);
    } catch (ContentException | RuntimeException | Error e) {
      walk.thenAccept(opened -> closeQuietly(opened)).exceptionally(failure -> null).join();
      throw e;
    }
    step(timings, "load");
    Site site = partial.site();
    CompletableFuture<Histories.Read> read =
        walk.thenApplyAsync(
            opened ->
                opened == null
                    ? Histories.Read.NONE
                    : Histories.read(
                        opened,
                        source,
                        site.config(),
                        site.reports(),
                        session,
                        history == HistoryMode.FULL));
    return new Loaded(site, partial.problems(), read);
  }

  private static void closeQuietly(Histories.Walk walk) {
    if (walk != null) {
      walk.close();
    }
  }

  /** {@code site} with its history, once read. */
  private static Site withHistory(Site site, CompletableFuture<Histories.Read> history)
      throws ContentException {
    try {
      return SourceLoader.withHistory(site, history.join());
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Everything but writing: the site is loaded, checked, computed and rendered in memory. The
   * session keeps what this build computed only if it succeeds.
   */
  public Rendered render() throws ContentException {
    Timings timings = Timings.start();
    try {
      Rendered rendered = render(timings, Frames.KEPT);
      if (timings != null) {
        timings.computed(session.computedInBuild());
      }
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

  /** A report once its extensions ran: its content with their tables, and their embeds. */
  private record Computed(Extensions.Result result, List<Extension> extensions) {}

  private Rendered render(Timings timings, Frames frames) throws ContentException {
    Loaded loaded = load(timings);
    CompletableFuture<Histories.Read> history = loaded.history();
    try {
      return render(loaded, timings, frames);
    } catch (ContentException e) {
      // Every problem in one run, history's too; and nothing still running once the build ends.
      Set<Problem> all = new LinkedHashSet<>(e.problems());
      all.addAll(settled(history).problems());
      throw new ContentException(List.copyOf(all));
    } catch (RuntimeException | Error e) {
      settled(history);
      throw e;
    }
  }

  /** What the history read, once it is done; nothing if it failed (the build fails anyway). */
  private static Histories.Read settled(CompletableFuture<Histories.Read> history) {
    return history.exceptionally(failure -> Histories.Read.NONE).join();
  }

  /**
   * Checks and computes what loaded, then renders. Every check runs on whatever loaded, and every
   * extension whose inputs and checks pass computes, whatever else failed: one run reports every
   * problem the checks can find, and none about what refers to a file that did not load ({@link
   * dev.folio.model.Unread}). Nothing is rendered unless all of it passed.
   */
  private Rendered render(Loaded loaded, Timings timings, Frames frames) throws ContentException {
    Problems problems = new Problems();
    loaded.problems().forEach(problems::add);
    collect(problems, () -> ContentChecker.checkSources(loaded.site(), session));
    step(timings, "check");
    List<Computed> computed = extend(loaded.site(), problems);
    step(timings, "extensions");
    for (Computed report : computed) {
      collect(
          problems,
          () ->
              ContentChecker.checkEmbeds(
                  report.result().content(), report.result().embeds(), session));
    }
    problems.throwIfAny();
    step(timings, "check embeds");
    Site site =
        withHistory(
            loaded
                .site()
                .withReports(computed.stream().map(report -> report.result().content()).toList()),
            loaded.history());
    step(timings, "history");
    List<OutputFile> files = outputs(site, computed, frames);
    step(timings, "render");
    return new Rendered(site, files);
  }

  /**
   * Each report's extensions, checked and computed; every report's problems go to {@code problems}.
   * An extension with problems does not compute; the others do.
   */
  private List<Computed> extend(Site site, Problems problems) {
    Set<String> faulty = new HashSet<>();
    problems.list().forEach(problem -> faulty.add(problem.pos().path()));
    List<Computed> computed = new ArrayList<>();
    for (Content report : site.reports()) {
      List<Extension> enabled = Extensions.enabled(report, problems);
      Extensions.Result result = Extensions.run(report, enabled, faulty, session);
      result.problems().forEach(problems::add);
      computed.add(new Computed(result, enabled));
    }
    return computed;
  }

  /** A step that may find problems: they are added to {@code problems}. */
  private interface Checked {
    void run() throws ContentException;
  }

  private static void collect(Problems problems, Checked step) {
    try {
      step.run();
    } catch (ContentException e) {
      e.problems().forEach(problems::add);
    }
  }

  /** Every kind of output, in the order each needs the others: pages first, static files last. */
  private List<OutputFile> outputs(Site site, List<Computed> computed, Frames frames)
      throws ContentException {
    BaseUrl base = baseOverride != null ? baseOverride : BaseUrl.parse(site.config().baseUrl());
    SiteTheme theme = SiteTheme.of(source, templatesOf(computed), session);
    Map<String, Publishing> publishing = new LinkedHashMap<>();
    Map<String, PrintEdition> prints = new LinkedHashMap<>();
    // The reports as the history left them (site.reports(), in the order of computed).
    for (Content content : site.reports()) {
      publishing.put(content.slug(), Publishing.of(content, base, session));
      prints.put(content.slug(), PrintEdition.of(theme, content, base, session));
    }
    Map<Language, PdfFonts.Fonts> fonts = PdfFonts.of(source, site.config());
    try (Images images = new Images(pdfsWhen);
        PdfEditions pdfs =
            PdfEditions.start(
                site,
                prints,
                content -> publishing.get(content.slug())::reference,
                fonts,
                source,
                session,
                pdfsWhen)) {
      Map<String, Renderer> renderers = new LinkedHashMap<>();
      for (int i = 0; i < computed.size(); i++) {
        Computed report = computed.get(i);
        Content content = site.reports().get(i);
        String slug = content.slug();
        renderers.put(
            slug,
            Renderer.of(
                theme,
                site,
                content,
                base,
                report.result().embeds(),
                publishing.get(slug).withPdfs(lang -> pdfs.facts(slug, lang)),
                session));
      }
      List<Output> outputs = outputs(site, theme, base, renderers, pdfs, fonts, images, frames);
      Problems problems = new Problems();
      renderers.values().forEach(report -> report.problems().forEach(problems::add));
      publishing.values().forEach(report -> report.problems().forEach(problems::add));
      outputs.forEach(output -> output.problems().forEach(problems::add));
      if (!problems.isEmpty()) {
        // Every problem in one run: the frames a build makes as it writes are made now.
        unmade(outputs).forEach(problems::add);
      }
      problems.throwIfAny();
      List<OutputFile> files = filesOf(outputs);
      files.sort(Comparator.comparing(OutputFile::path));
      return files;
    }
  }

  private List<Output> outputs(
      Site site,
      SiteTheme theme,
      BaseUrl base,
      Map<String, Renderer> renderers,
      PdfEditions pdfs,
      Map<Language, PdfFonts.Fonts> fonts,
      Images images,
      Frames frames) {
    SitePages pages = new SitePages(theme, site, base, renderers);
    List<Renderer> reports = List.copyOf(renderers.values());
    List<Language> languages = site.languages();
    // The images first: in a build they are drawn on a thread of their own from here on.
    Images drawn = site.config().publication().images() ? images : null;
    Output charts = ChartFiles.images(reports, languages, fonts, drawn, session);
    Output cards =
        drawn == null
            ? Output.none()
            : ShareCards.render(reports, pages, languages, fonts, drawn, session);
    Pages.Bodies bodies = Pages.bodies(reports, languages, session);
    Pages.Rendered rendered = Pages.withoutFrames(bodies);
    List<Output> outputs =
        new ArrayList<>(
            List.of(
                ReportListings.render(site, pages, session),
                SearchIndex.render(languages, rendered.sections(), session),
                RootPages.render(pages),
                DataDownloads.render(site, session),
                HistoryDownloads.render(site, session),
                ChangesFeeds.render(reports, languages, base, session),
                HostingFiles.render(site, base),
                Assets.render(pages, rendered.embeds(), session),
                CitationFiles.render(site, base, session),
                PdfFonts.problems(fonts),
                charts,
                cards,
                pdfs.output(),
                ChartFiles.pages(reports, languages, session),
                FolioPages.render(pages, reports, languages, session)));
    // The pages of a report last: each frame shows the size of its language's PDF, which in a
    // build is laid out meanwhile.
    outputs.add(
        frames == Frames.WHEN_WRITTEN
            ? Pages.framesWhenWritten(bodies)
            : Pages.frames(bodies, session).output());
    outputs.add(MovedPages.render(site, pages, filesOf(outputs)));
    outputs.add(StaticFiles.render(source, filesOf(outputs)));
    outputs.add(new Output(List.of(), pages.problems()));
    return outputs;
  }

  /** The class-path folders of the templates of the extensions the reports enable. */
  private static List<String> templatesOf(List<Computed> computed) {
    Set<String> templates = new LinkedHashSet<>();
    computed.forEach(
        report ->
            report.extensions().stream()
                .map(Extension::templatesFolder)
                .filter(Objects::nonNull)
                .forEach(templates::add));
    return List.copyOf(templates);
  }

  /** The problems of the streamed files that cannot be made, in the files' order. */
  private static List<Problem> unmade(List<Output> outputs) {
    return filesOf(outputs).parallelStream()
        .filter(OutputFile::streamed)
        .flatMap(
            file -> {
              try {
                file.bytes();
                return Stream.empty();
              } catch (OutputFile.Unmade e) {
                return e.problems().stream();
              }
            })
        .toList();
  }

  private static List<OutputFile> filesOf(List<Output> outputs) {
    List<OutputFile> files = new ArrayList<>();
    outputs.forEach(output -> files.addAll(output.files()));
    return files;
  }

  private static void step(Timings timings, String name) {
    if (timings != null) {
      timings.step(name);
    }
  }

  public Summary build(Path out) throws ContentException, IOException {
    long start = System.nanoTime();
    Timings timings = Timings.start();
    Rendered site = render(timings, Frames.WHEN_WRITTEN);
    try {
      SiteWriter.write(site.files(), out);
    } catch (OutputFile.Unmade e) {
      throw new ContentException(e.problems());
    }
    step(timings, "write");
    if (timings != null) {
      timings.print(System.err);
    }
    return summary(site, (System.nanoTime() - start) / 1_000_000);
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
    // An extension's inputs need no history.
    Loaded loaded = withoutHistory().load(null);
    Problems problems = new Problems();
    loaded.problems().forEach(problems::add);
    problems.throwIfAny();
    Site site = loaded.site();
    ContentChecker.checkSources(site, session);
    for (Content report : site.reports()) {
      if (report.extensions().containsKey(extension.name())) {
        return Extensions.inputs(report, extension);
      }
    }
    throw new ContentException(
        List.of(
            Problem.at(
                SourcePos.file(SiteConfig.PATH),
                "this site does not enable the " + extension.name() + " extension",
                site.atRoot()
                    ? "add it under extensions: in folio.yaml"
                    : "add it under extensions: in the report.yaml of a report")));
  }
}
