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
import dev.folio.model.OutputFile;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.output.PdfEditions;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
      throw Parallel.thrown(e);
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
  private SiteOutputs prepared(Timings timings) throws ContentException {
    try {
      return outputs(timings, SiteOutputs.Frames.KEPT);
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
    SiteOutputs outputs = prepared(timings);
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
  private Rendered settle(SiteOutputs outputs, Timings timings, String step)
      throws ContentException {
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
  record Computed(Extensions.Result result, List<Extension> extensions) {}

  /** The site loaded, checked and computed, and its outputs ready to be made. */
  private SiteOutputs outputs(Timings timings, SiteOutputs.Frames frames) throws ContentException {
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
  static ContentException withHistoryProblems(
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
  private SiteOutputs outputs(Loaded loaded, Timings timings, SiteOutputs.Frames frames)
      throws ContentException {
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
    return new SiteOutputs(
        source, baseOverride, session, pdfsWhen, site, computed, frames, loaded.history());
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

  private static void step(Timings timings, String name) {
    if (timings != null) {
      timings.step(name);
    }
  }

  public Summary build(Path out) throws ContentException, IOException {
    long start = System.nanoTime();
    Timings timings = Timings.start();
    Rendered site;
    try (SiteOutputs outputs = outputs(timings, SiteOutputs.Frames.WHEN_WRITTEN)) {
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
