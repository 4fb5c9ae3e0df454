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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
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
    // (serve reads through its own cache, kept up to date by its file watcher)
    ProjectFiles reading =
        files == ProjectFiles.direct()
            ? ProjectFiles.readingAhead(source.resolve("content"))
            : files;
    SiteConfig config;
    try {
      config = SourceLoader.config(source, session);
    } catch (ContentException | RuntimeException | Error e) {
      reading.loaded();
      throw e;
    }
    step(timings, "folio.yaml");
    CompletableFuture<Histories.Walk> walk =
        history == HistoryMode.NONE
            ? CompletableFuture.completedFuture(null)
            : CompletableFuture.supplyAsync(() -> Histories.walk(source, config, session));
    SourceLoader.Partial partial;
    try {
      partial = SourceLoader.loadAll(source, config, available(), session, reading);
    } catch (ContentException | RuntimeException | Error e) {
      walk.thenAccept(opened -> closeQuietly(opened)).exceptionally(failure -> null).join();
      throw e;
    } finally {
      reading.loaded();
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
    return settle(prepared(timings), timings, "render");
  }

  /** The outputs of a build in memory, ready to be made; the session forgets a failure. */
  private Outputs prepared(Timings timings) throws ContentException {
    try {
      return outputs(timings, Frames.KEPT);
    } catch (ContentException | RuntimeException | Error e) {
      session.abandon();
      throw e;
    }
  }

  /** The build succeeded: the session keeps it; the timings are printed. */
  private void kept(Timings timings) {
    if (timings != null) {
      timings.computed(session.computedInBuild());
    }
    session.commit();
    if (timings != null) {
      timings.print(System.err);
    }
  }

  /**
   * A build of {@code serve}'s, in two steps: {@link Staged#pages()} are the site's pages and what
   * they show (the assets, the static files), which a browser asks for as soon as it reloads; then
   * {@link Staged#settle()} makes the rest, which only a click asks for (the search index, the PDF
   * editions' documents, images, share cards, chart pages, downloads, feeds), and gives the whole
   * site, the files {@link #render()} gives. The session keeps the build only once it settled
   * without problems; the next build of this pipeline must wait for that.
   *
   * @throws ContentException if the pages have problems: every problem of the build (the rest is
   *     made for its problems too, as {@link #render()} reports them)
   */
  public Staged renderPagesFirst() throws ContentException {
    Timings timings = Timings.start();
    Outputs outputs = prepared(timings);
    try {
      Rendered pages = outputs.pages();
      step(timings, "render pages");
      return new Staged(pages, () -> settle(outputs, timings, "render the rest"));
    } catch (ContentException | RuntimeException | Error e) {
      outputs.close();
      session.abandon();
      throw e;
    }
  }

  /**
   * The outputs (the rest of a staged build's) made, timed as {@code step}, and the session's
   * results kept (or, on failure, not).
   */
  private Rendered settle(Outputs outputs, Timings timings, String step) throws ContentException {
    try (outputs) {
      Rendered rendered = outputs.all();
      step(timings, step);
      kept(timings);
      return rendered;
    } catch (ContentException | RuntimeException | Error e) {
      session.abandon();
      throw e;
    }
  }

  /** A build of {@link #renderPagesFirst()}: its pages, then the whole site once settled. */
  public static final class Staged {
    /** The rest of the build, which gives the whole site. */
    @FunctionalInterface
    public interface Rest {
      Rendered settle() throws ContentException;
    }

    private final Rendered pages;
    private final Rest rest;

    /** A build whose {@code pages} are served first, then the whole site {@code rest} gives. */
    public Staged(Rendered pages, Rest rest) {
      this.pages = pages;
      this.rest = rest;
    }

    /** The site's pages and the files they show: part of the whole site, the same bytes. */
    public Rendered pages() {
      return pages;
    }

    /**
     * Makes the rest, once: the whole site.
     *
     * @throws ContentException the problems of the whole build, if the rest has any
     */
    public Rendered settle() throws ContentException {
      return rest.settle();
    }
  }

  /** A report once its extensions ran: its content with their tables, and their embeds. */
  private record Computed(Extensions.Result result, List<Extension> extensions) {}

  /** The site loaded, checked and computed, and its outputs ready to be made. */
  private Outputs outputs(Timings timings, Frames frames) throws ContentException {
    Loaded loaded = load(timings);
    CompletableFuture<Histories.Read> history = loaded.history();
    try {
      return outputs(loaded, timings, frames);
    } catch (ContentException e) {
      throw withHistoryProblems(e, history);
    } catch (RuntimeException | Error e) {
      settled(history);
      throw e;
    }
  }

  /** Every problem in one run, history's too; and nothing still running once the build ends. */
  private static ContentException withHistoryProblems(
      ContentException e, CompletableFuture<Histories.Read> history) {
    Set<Problem> all = new LinkedHashSet<>(e.problems());
    all.addAll(settled(history).problems());
    return new ContentException(List.copyOf(all));
  }

  /** What the history read, once it is done; nothing if it failed (the build fails anyway). */
  private static Histories.Read settled(CompletableFuture<Histories.Read> history) {
    return history.exceptionally(failure -> Histories.Read.NONE).join();
  }

  /**
   * Checks and computes what loaded, then prepares the outputs. Every check runs on whatever
   * loaded, and every extension whose inputs and checks pass computes, whatever else failed: one
   * run reports every problem the checks can find, and none about what refers to a file that did
   * not load ({@link dev.folio.model.Unread}). Nothing is rendered unless all of it passed.
   */
  private Outputs outputs(Loaded loaded, Timings timings, Frames frames) throws ContentException {
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
    return new Outputs(site, computed, frames, loaded.history());
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

  /**
   * When {@code serve} makes an output: with the pages, before the browsers reload, or after them
   * ({@link #renderPagesFirst()}). A build makes them all, in the order of the list.
   */
  private enum Phase {
    PAGES,
    AFTER
  }

  /** One kind of output, made once, when first asked for (on the build's thread). */
  private static final class Step {
    final Phase phase;
    private final Supplier<Output> make;
    private Output made;

    Step(Phase phase, Supplier<Output> make) {
      this.phase = phase;
      this.make = make;
    }

    Output get() {
      if (made == null) {
        made = make.get();
      }
      return made;
    }

    boolean isMade() {
      return made != null;
    }
  }

  /**
   * The outputs of one build, in the order each needs the others and their problems are reported:
   * pages first, static files last. Each is made when first asked for: all in that order for a
   * build, the pages first for {@code serve}.
   */
  private final class Outputs implements AutoCloseable {
    private final Site site;
    private final Frames frames;
    private final CompletableFuture<Histories.Read> history;
    private final BaseUrl base;
    private final SiteTheme theme;
    private final Map<String, Publishing> publishing = new LinkedHashMap<>();
    private final Map<String, Renderer> renderers = new LinkedHashMap<>();
    private final Map<Language, PdfFonts.Fonts> fonts;
    private final Images images;
    private final PdfEditions pdfs;
    private final SitePages pages;
    private final List<OutputFile> statics;
    private final List<Step> steps;

    Outputs(
        Site site,
        List<Computed> computed,
        Frames frames,
        CompletableFuture<Histories.Read> history)
        throws ContentException {
      this.site = site;
      this.frames = frames;
      this.history = history;
      this.base = baseOverride != null ? baseOverride : BaseUrl.parse(site.config().baseUrl());
      this.theme = SiteTheme.of(source, templatesOf(computed), session);
      Map<String, PrintEdition> prints = new LinkedHashMap<>();
      // The reports as the history left them (site.reports(), in the order of computed).
      for (Content content : site.reports()) {
        publishing.put(content.slug(), Publishing.of(content, base, session));
        prints.put(content.slug(), PrintEdition.of(theme, content, base, session));
      }
      this.fonts = PdfFonts.of(source, site.config());
      this.images = new Images(pdfsWhen);
      PdfEditions started = null;
      try {
        started =
            PdfEditions.start(
                site,
                prints,
                content -> publishing.get(content.slug())::reference,
                fonts,
                source,
                session,
                pdfsWhen);
        this.pdfs = started;
        renderers(computed);
        this.pages = new SitePages(theme, site, base, renderers);
        this.statics = StaticFiles.files(source);
        this.steps = steps();
      } catch (RuntimeException | Error e) {
        images.close();
        if (started != null) {
          started.close();
        }
        throw e;
      }
    }

    private void renderers(List<Computed> computed) {
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
    }

    /** Every kind of output, in the order their problems are reported. */
    private List<Step> steps() {
      List<Renderer> reports = List.copyOf(renderers.values());
      List<Language> languages = site.languages();
      Images drawn = site.config().publication().images() ? images : null;
      Step charts = after(() -> ChartFiles.images(reports, languages, fonts, drawn, session));
      Step cards =
          after(
              () ->
                  drawn == null
                      ? Output.none()
                      : ShareCards.render(reports, pages, languages, fonts, drawn, session));
      if (frames == Frames.WHEN_WRITTEN) {
        // The images first: in a build they are drawn on a thread of their own from here on.
        charts.get();
        cards.get();
      }
      Pages.Bodies bodies = Pages.bodies(reports, languages, session);
      Pages.Rendered rendered = Pages.withoutFrames(bodies);
      // In a build, the search index is made on a thread of its own from here on, while this one
      // makes the outputs below: they are small, and one core would idle through them.
      Step search =
          frames == Frames.WHEN_WRITTEN
              ? ahead(
                  "folio-search", SearchIndex.perLanguage(languages, rendered.sections(), session))
              : after(() -> SearchIndex.render(languages, rendered.sections(), session));
      List<Step> steps =
          new ArrayList<>(
              List.of(
                  withPages(() -> ReportListings.render(site, pages, session)),
                  withPages(() -> RootPages.render(pages)),
                  after(() -> DataDownloads.render(site, session)),
                  after(() -> HistoryDownloads.render(site, session)),
                  after(() -> ChangesFeeds.render(reports, languages, base, session)),
                  after(() -> HostingFiles.render(site, base)),
                  withPages(() -> Assets.render(pages, rendered.embeds(), session)),
                  after(() -> CitationFiles.render(site, base, session)),
                  withPages(() -> PdfFonts.problems(fonts)),
                  charts,
                  cards,
                  after(pdfs::output),
                  after(() -> ChartFiles.pages(reports, languages, session)),
                  withPages(() -> FolioPages.render(pages, reports, languages, session)),
                  // The pages of a report last: each frame shows the size of its language's
                  // PDF, which in a build is laid out meanwhile.
                  withPages(
                      () ->
                          frames == Frames.WHEN_WRITTEN
                              ? Pages.framesWhenWritten(bodies)
                              : Pages.frames(bodies, session).output()),
                  search));
      List<Step> beforeMoved = List.copyOf(steps);
      steps.add(after(() -> MovedPages.render(site, pages, filesOf(beforeMoved))));
      List<Step> beforeStatic = List.copyOf(steps);
      steps.add(after(() -> StaticFiles.render(statics, filesOf(beforeStatic))));
      steps.add(after(() -> new Output(List.of(), pages.problems())));
      return steps;
    }

    /**
     * The pages and what they show, made; every other output that a build makes before them too.
     *
     * @throws ContentException every problem of the build, if these have any
     */
    Rendered pages() throws ContentException {
      List<OutputFile> files = new ArrayList<>();
      for (Step step : steps) {
        if (step.phase == Phase.PAGES || step.isMade()) {
          files.addAll(step.get().files());
        }
      }
      if (!problems().isEmpty()) {
        all(); // every problem of the build, in the order a build reports them
      }
      files.addAll(StaticFiles.render(statics, files).files());
      files.sort(Comparator.comparing(OutputFile::path));
      return new Rendered(site, files);
    }

    /** Every output made: the site's files, sorted by path. */
    Rendered all() throws ContentException {
      try {
        steps.forEach(Step::get);
        List<Problem> problems = problems();
        if (!problems.isEmpty() && frames == Frames.WHEN_WRITTEN) {
          // Every problem in one run: the frames a build makes as it writes are made now.
          problems.addAll(unmade(steps));
        }
        if (!problems.isEmpty()) {
          throw new ContentException(problems);
        }
        List<OutputFile> files = filesOf(steps);
        files.sort(Comparator.comparing(OutputFile::path));
        return new Rendered(site, files);
      } catch (ContentException e) {
        throw withHistoryProblems(e, history);
      }
    }

    /** The problems of the outputs made so far, in the order a build reports them. */
    private List<Problem> problems() {
      List<Problem> problems = new ArrayList<>();
      renderers.values().forEach(report -> problems.addAll(report.problems()));
      publishing.values().forEach(report -> problems.addAll(report.problems()));
      for (Step step : steps) {
        if (step.isMade()) {
          problems.addAll(step.get().problems());
        }
      }
      if (!steps.get(steps.size() - 1).isMade()) {
        problems.addAll(pages.problems());
      }
      return problems;
    }

    @Override
    public void close() {
      images.close();
      pdfs.close();
    }
  }

  private static Step withPages(Supplier<Output> make) {
    return new Step(Phase.PAGES, make);
  }

  private static Step after(Supplier<Output> make) {
    return new Step(Phase.AFTER, make);
  }

  /**
   * An output made of {@code parts}, in their order, by a thread named {@code thread} from now on;
   * the thread that asks for it makes those parts not yet begun, then waits for the others.
   */
  private static Step ahead(String thread, List<Supplier<List<OutputFile>>> parts) {
    List<FutureTask<List<OutputFile>>> tasks =
        parts.stream().map(part -> new FutureTask<>(part::get)).toList();
    Thread maker = new Thread(() -> tasks.forEach(FutureTask::run), thread);
    maker.setDaemon(true);
    maker.start();
    return after(
        () -> {
          tasks.forEach(FutureTask::run); // nothing for those that have begun
          List<OutputFile> files = new ArrayList<>();
          tasks.forEach(task -> files.addAll(made(task, thread)));
          return new Output(files, List.of());
        });
  }

  private static <T> T made(FutureTask<T> task, String thread) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + thread + " ran", e);
    }
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
  private static List<Problem> unmade(List<Step> steps) {
    return filesOf(steps).parallelStream()
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

  /** The files of {@code steps}, each made now if it is not. */
  private static List<OutputFile> filesOf(List<Step> steps) {
    List<OutputFile> files = new ArrayList<>();
    steps.forEach(step -> files.addAll(step.get().files()));
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
    Rendered site;
    try (Outputs outputs = outputs(timings, Frames.WHEN_WRITTEN)) {
      site = outputs.all();
    }
    step(timings, "render");
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
