package dev.folio;

import dev.folio.Pipeline.Computed;
import dev.folio.Pipeline.Rendered;
import dev.folio.extension.Extension;
import dev.folio.load.history.Histories;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Parallel;
import dev.folio.model.Problem;
import dev.folio.model.Site;
import dev.folio.model.TaskRunner;
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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The outputs of one build, in the order each needs the others and their problems are reported:
 * pages first, static files last. Each is made when first asked for: all in that order for a build,
 * the pages first for {@code serve} ({@link Pipeline#renderPagesFirst()}).
 */
final class SiteOutputs implements AutoCloseable {
  /**
   * Whether the pages' frames are made with the rest and kept (serve, check: they are asked for
   * again) or made as each file is written (a build writes each once; see {@link
   * Pages#framesWhenWritten}).
   */
  enum Frames {
    KEPT,
    WHEN_WRITTEN
  }

  /**
   * When {@code serve} makes an output: with the pages, before the browsers reload, or after them
   * ({@link Pipeline#renderPagesFirst()}). A build makes them all, in the order of the list.
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

  private final Path source;
  private final TaskRunner tasks;
  private final PdfEditions.When pdfsWhen;
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

  SiteOutputs(
      Path source,
      BaseUrl baseOverride,
      TaskRunner tasks,
      PdfEditions.When pdfsWhen,
      Site site,
      List<Computed> computed,
      Frames frames,
      CompletableFuture<Histories.Read> history)
      throws ContentException {
    this.source = source;
    this.tasks = tasks;
    this.pdfsWhen = pdfsWhen;
    this.site = site;
    this.frames = frames;
    this.history = history;
    this.base = baseOverride != null ? baseOverride : BaseUrl.parse(site.config().baseUrl());
    this.theme = SiteTheme.of(source, templatesOf(computed), tasks);
    Map<String, PrintEdition> prints = new LinkedHashMap<>();
    // The reports as the history left them (site.reports(), in the order of computed).
    for (Content content : site.reports()) {
      publishing.put(content.slug(), Publishing.of(content, base, tasks));
      prints.put(content.slug(), PrintEdition.of(theme, content, base, tasks));
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
              tasks,
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
              tasks));
    }
  }

  /** Every kind of output, in the order their problems are reported. */
  private List<Step> steps() {
    List<Renderer> reports = List.copyOf(renderers.values());
    List<Language> languages = site.languages();
    Images drawn = site.config().publication().images() ? images : null;
    Step charts = after(() -> ChartFiles.images(reports, languages, fonts, drawn, tasks));
    Step cards =
        after(
            () ->
                drawn == null
                    ? Output.none()
                    : ShareCards.render(reports, pages, languages, fonts, drawn, tasks));
    if (frames == Frames.WHEN_WRITTEN) {
      // The images first: in a build they are drawn on a thread of their own from here on.
      charts.get();
      cards.get();
    }
    Pages.Bodies bodies = Pages.bodies(reports, languages, tasks);
    Pages.Rendered rendered = Pages.withoutFrames(bodies);
    // In a build, the search index (each language's) is made on threads of their own from here
    // on, while this one makes the outputs below: they are small, and one core would idle
    // through them.
    Step search =
        frames == Frames.WHEN_WRITTEN
            ? ahead("folio-search", SearchIndex.perLanguage(languages, rendered.sections(), tasks))
            : after(() -> SearchIndex.render(languages, rendered.sections(), tasks));
    List<Step> steps =
        new ArrayList<>(
            List.of(
                withPages(() -> ReportListings.render(site, pages, tasks)),
                withPages(() -> RootPages.render(pages)),
                after(() -> DataDownloads.render(site, tasks)),
                after(() -> HistoryDownloads.render(site, tasks)),
                after(() -> ChangesFeeds.render(reports, languages, base, tasks)),
                after(() -> HostingFiles.render(site, base)),
                withPages(() -> Assets.render(pages, rendered.embeds(), tasks)),
                after(() -> CitationFiles.render(site, base, tasks)),
                withPages(() -> PdfFonts.problems(fonts)),
                charts,
                cards,
                after(pdfs::output),
                after(() -> ChartFiles.pages(reports, languages, tasks)),
                withPages(() -> FolioPages.render(pages, reports, languages, tasks)),
                // The search index before the frames' views: at 100,000 pages its working
                // tables and those views do not fit the heap together without more full
                // collections.
                search,
                // The pages of a report last: each frame shows the size of its language's
                // PDF, which in a build is laid out meanwhile.
                withPages(
                    () ->
                        frames == Frames.WHEN_WRITTEN
                            ? Pages.framesWhenWritten(bodies)
                            : Pages.frames(bodies, tasks).output())));
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
      throw Pipeline.withHistoryProblems(e, history);
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

  private static Step withPages(Supplier<Output> make) {
    return new Step(Phase.PAGES, make);
  }

  private static Step after(Supplier<Output> make) {
    return new Step(Phase.AFTER, make);
  }

  /**
   * An output made of {@code parts} (a few), each on a thread of its own named {@code thread} from
   * now on, all at once: they end about together, rather than the last alone on one core.
   */
  private static Step ahead(String thread, List<Supplier<List<OutputFile>>> parts) {
    List<FutureTask<List<OutputFile>>> futures =
        parts.stream().map(part -> new FutureTask<>(part::get)).toList();
    for (FutureTask<List<OutputFile>> future : futures) {
      Thread maker = new Thread(future, thread);
      maker.setDaemon(true);
      maker.start();
    }
    return after(
        () -> {
          List<OutputFile> files = new ArrayList<>();
          futures.forEach(task -> files.addAll(Parallel.result(task)));
          return new Output(files, List.of());
        });
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
}
