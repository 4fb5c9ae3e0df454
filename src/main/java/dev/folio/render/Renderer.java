package dev.folio.render;

import dev.folio.extension.EmbedType;
import dev.folio.format.Formats;
import dev.folio.model.BaseUrl;
import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.Site;
import dev.folio.model.StringsRead;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.view.ChartPageView;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.ReportView;
import dev.folio.render.view.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One report's pages, rendered with the site's theme: a page's body and its frame (each a {@link
 * Task}) and the report's contents page. Safe to use from several threads once made: the outputs
 * render pages in parallel.
 */
public final class Renderer {
  private final SiteTheme theme;
  private final Content content;
  private final Map<String, EmbedType> embeds;

  /** What every page's frame reads besides its view, per language: see {@link #frameTask}. */
  private final Map<Language, Object> frames = new HashMap<>();

  /** What a content page's frame reads besides its page and body, per language: made once. */
  private final Map<Language, List<Object>> frameInputs = new ConcurrentHashMap<>();

  /** The site's address: what links made absolute start with. */
  private final String siteUrl;

  /** What any page's body reads besides its page and embeds: see {@link #bodyTask}. */
  private final Object bodyShared;

  private final Map<Language, Navigation> navigations = new LinkedHashMap<>();
  private final Map<Language, ReportView> reports = new HashMap<>();
  private final Editions editions;
  private final Views views;

  /** The numbers of the report's tables and figures, the same in every language. */
  private final Numbering numbering;

  /** What the pages show of the report as a publication: PDF, share tags, citation. */
  private final Publishing publishing;

  /** The report's charts as they travel: their pages, images and embeds; the share cards. */
  private final ReportCharts charts;

  /** Problems of the strings Folio needs for every page (the cover, the footer). */
  private final Problems problems = new Problems();

  private Renderer(
      SiteTheme theme,
      Site site,
      Content content,
      BaseUrl base,
      Map<String, EmbedType> embeds,
      Publishing publishing,
      TaskRunner tasks) {
    this.theme = theme;
    this.publishing = publishing;
    this.content = content;
    this.siteUrl = base.url("");
    this.embeds = Map.copyOf(embeds);
    for (Language lang : content.languages()) {
      frames.put(lang, List.of(content.strings(lang), content.config(), theme.sources()));
    }
    List<String> bodyTemplates = new ArrayList<>(List.of("table.ftlh", "chart.ftlh"));
    embeds.values().forEach(embed -> bodyTemplates.add(embed.template()));
    // A body reads the report's metadata (its cover) and where its downloads are, too.
    this.bodyShared =
        Arrays.asList(
            content.config(),
            theme.sources(bodyTemplates),
            content.extensionEmbeds(),
            content.report(),
            content.slug(),
            content.siteTables());
    for (Language lang : content.languages()) {
      navigations.put(
          lang,
          new Navigation(
              lang, content.slug(), content.pages(lang), label(lang, "contents.title", problems)));
      reports.put(
          lang, ReportViews.view(content.report(), lang, key -> label(lang, key, problems)));
    }
    this.editions = new Editions(site);
    this.views = new Views(content.config(), base, (lang, key) -> label(lang, key, problems));
    this.numbering = new Numbering(navigations.values().stream().map(Navigation::pages).toList());
    this.charts =
        new ReportCharts(
            theme,
            content,
            base,
            numbering,
            (lang, key) -> {
              synchronized (problems) {
                return label(lang, key, problems);
              }
            },
            lang -> navigations.get(lang).pages(),
            tasks);
  }

  /**
   * The renderer of one report of a build.
   *
   * @param embeds the report's extensions' embeds, by name
   */
  public static Renderer of(
      SiteTheme theme, Site site, Content content, BaseUrl base, Map<String, EmbedType> embeds) {
    return new Renderer(
        theme, site, content, base, embeds, Publishing.of(content, base), TaskRunner.DIRECT);
  }

  /**
   * The renderer of one report of a build, whose pages show what {@code publishing} says of the
   * report as a publication (its PDF edition, share tags, how to cite it), and which draws each
   * chart through {@code tasks}.
   */
  public static Renderer of(
      SiteTheme theme,
      Site site,
      Content content,
      BaseUrl base,
      Map<String, EmbedType> embeds,
      Publishing publishing,
      TaskRunner tasks) {
    return new Renderer(theme, site, content, base, embeds, publishing, tasks);
  }

  public Content content() {
    return content;
  }

  /** Problems of the interface strings every page needs. */
  public List<Problem> problems() {
    return problems.list();
  }

  /** A language's pages in reading order. */
  public List<Page> pages(Language lang) {
    return navigations.get(lang).pages();
  }

  /** The extension embeds of this report, by name. */
  Map<String, EmbedType> embeds() {
    return embeds;
  }

  /**
   * A page's body: it reads its own source, the tables and charts it embeds (and the tables they
   * name), the extensions' embeds it places, the configuration, the templates bodies are rendered
   * with and, as it runs, the interface strings it shows; never another page.
   */
  public Task<PageBody> bodyTask(Page page) {
    return Task.learning(
        Task.Boundary.BODY,
        page.path(),
        () -> {
          List<Object> reads =
              new ArrayList<>(List.of(page, Views.root(page.sitePath()), bodyShared));
          reads.addAll(content.embedsOf(page).values(content, embeds));
          reads.add(numbering.of(page));
          return reads;
        },
        () -> new BodyRenderer(page).render(),
        kept -> kept.stringsRead().sameIn(content.strings()));
  }

  /** Where a page's frame is written in the site. */
  public static String framePath(Page page) {
    return page.sitePath() + "index.html";
  }

  /**
   * A page's frame around its body: its file. It reads the page, its body's HTML and what every
   * content page of its language shows around its own part ({@link #frameInputs}); its view is made
   * only when it is computed, so a build that reuses a frame never makes the view.
   */
  public Task<RenderedFile> frameTask(Page page, PageBody body) {
    String sitePath = page.sitePath();
    return Task.of(
        Task.Boundary.FRAME,
        page.path(),
        () ->
            Arrays.asList(
                "page.ftlh",
                sitePath,
                page,
                body.html(),
                frameInputs(page.lang()),
                publishing.contentPage(page, "", key -> label(page.lang(), key, problems))),
        () -> frame(page, contentView(page, body)));
  }

  /**
   * A page's frame for a build, which writes it once: its view made now, its template run when the
   * file is written, straight to the file.
   */
  public OutputFile.Maker frameWhenWritten(Page page, PageBody body) {
    PageView view = contentView(page, body);
    return out -> theme.write("page.ftlh", frameModel(page, view), out);
  }

  private RenderedFile frame(Page page, PageView view) {
    return theme.file(framePath(page), "page.ftlh", frameModel(page, view));
  }

  private Map<String, Object> frameModel(Page page, PageView view) {
    return Map.of("page", view, "i18n", new InterfaceStringsMethod(content.strings(page.lang())));
  }

  /** The view a content page's frame shows. */
  private PageView contentView(Page page, PageBody body) {
    String root = Views.root(page.sitePath());
    return views.contentPage(
        page,
        root,
        body.html(),
        navigations.get(page.lang()),
        frame(page.lang(), root),
        publishing.contentPage(page, root, key -> label(page.lang(), key, problems)));
  }

  /**
   * What every content page's frame of a language reads besides its page and its body, once per
   * build: the language's strings, the configuration and the templates ({@link #frames}); the
   * navigation's pages (each one's key, title, section and path); what a page shows of its report
   * (its metadata, cover, editions and Changes page; the same from every page but for the links'
   * root, so taken at the site's root); where the site is. (What a page shows of the publication,
   * its PDF and on the cover how to cite the report, is read page by page, from the site's root.)
   */
  private List<Object> frameInputs(Language lang) {
    return frameInputs.computeIfAbsent(
        lang,
        key ->
            Arrays.asList(
                frames.get(lang),
                navigations.get(lang).inputs(),
                frame(lang, ""),
                content.report(),
                content.slug(),
                siteUrl));
  }

  /** What a page of the report at {@code root} shows of the report. */
  private Views.ReportFrame frame(Language lang, String root) {
    if (content.report() == null || content.slug().isEmpty()) {
      return new Views.ReportFrame(reports.get(lang), null, null, changesLink(lang, root));
    }
    return new Views.ReportFrame(
        reports.get(lang),
        Editions.cover(content.report(), lang, root),
        editions.edition(content.report(), lang, root),
        changesLink(lang, root));
  }

  /** The link to the report's Changes page; null for a report without history. */
  private NavLink changesLink(Language lang, String root) {
    if (!hasChanges()) {
      return null;
    }
    return new NavLink(
        label(lang, "changes.title", problems),
        root + Page.sitePath(lang, content.slug(), Page.CHANGES),
        false,
        null);
  }

  /** The report's contents page: every page of the language, section by section. */
  public Task<RenderedFile> contentsPageTask(Language lang) {
    Navigation navigation = navigations.get(lang);
    String root = Views.root(Page.sitePath(lang, content.slug(), Page.CONTENTS));
    return generatedPageTask(
        lang,
        Page.CONTENTS,
        "contents.ftlh",
        label(lang, "contents.title", problems),
        navigation.generatedPageView(root, true),
        Map.of("contents", navigation.contents(root)));
  }

  /** Whether the report has a Changes page: whether its history was read. */
  public boolean hasChanges() {
    return content.history().baseline() != null;
  }

  /**
   * The report's Changes page ({@code FOLDER/SLUG/changes/}): what changed in its data since it was
   * published, commit by commit; only a report whose history was read has one.
   */
  public Task<RenderedFile> changesPageTask(Language lang) {
    Navigation navigation = navigations.get(lang);
    String root = Views.root(Page.sitePath(lang, content.slug(), Page.CHANGES));
    return generatedPageTask(
        lang,
        Page.CHANGES,
        "changes.ftlh",
        label(lang, "changes.title", problems),
        navigation.generatedPageView(root, false),
        Map.of("changes", changeViews(lang).view(root)));
  }

  /** What the report's Changes page shows in {@code lang}, for the page and its feed. */
  public ChangeViews changeViews(Language lang) {
    return new ChangeViews(content, lang, key -> label(lang, key, problems));
  }

  /**
   * The search page of a site at its root, whose navigation is that of its one report: {@code
   * FOLDER/search/}.
   */
  Task<RenderedFile> searchPageTask(Language lang, String title) {
    return generatedPageTask(
        lang,
        Page.SEARCH,
        "search.ftlh",
        title,
        navigations.get(lang).generatedPageView(Views.root(lang.folder() + "/search/"), false),
        Map.of());
  }

  /** A page of Folio's own in the report's folder, with no body, section or neighbours. */
  private Task<RenderedFile> generatedPageTask(
      Language lang,
      String key,
      String template,
      String title,
      NavView nav,
      Map<String, Object> more) {
    return generatedPageTask(lang, key, template, title, nav, more, null);
  }

  /** As above, with its own share card ({@code card}; null: the report's cover's). */
  private Task<RenderedFile> generatedPageTask(
      Language lang,
      String key,
      String template,
      String title,
      NavView nav,
      Map<String, Object> more,
      String card) {
    String sitePath = Page.sitePath(lang, content.slug(), key);
    String root = Views.root(sitePath);
    PageView view =
        views.generatedPage(
            lang,
            content.slug(),
            key,
            title,
            nav,
            frame(lang, root),
            card == null
                ? publishing.generatedPage(lang, key, title, root, k -> label(lang, k, problems))
                : publishing.generatedPage(
                    lang, key, title, root, k -> label(lang, k, problems), card));
    Map<String, Object> model = new HashMap<>(more);
    model.put("page", view);
    model.put("i18n", new InterfaceStringsMethod(content.strings(lang)));
    return Task.of(
        Task.Boundary.FRAME,
        sitePath,
        () -> List.of(template, sitePath, view, more, frames.get(lang)),
        () -> theme.file(sitePath + "index.html", template, model));
  }

  /** The ids of the report's charts, in the order {@code charts.yaml} defines them. */
  public List<String> charts() {
    return content.charts().stream().map(ChartSpec::id).toList();
  }

  /** A chart's own page: the chart, its data, its images and the code that embeds it. */
  public Task<RenderedFile> chartPageTask(String id, Language lang) {
    String key = ChartPaths.key(id);
    String sitePath = Page.sitePath(lang, content.slug(), key);
    String root = Views.root(sitePath);
    ChartPageView view = charts.page(id, lang, root);
    return generatedPageTask(
        lang,
        key,
        "chart-page.ftlh",
        charts.title(id, lang),
        navigations.get(lang).generatedPageView(root, false),
        Map.of("chart", view.chart(), "table", view.table(), "chartPage", view),
        Publishing.card(sitePath));
  }

  /** A chart's embed page, which another site's iframe shows. */
  public Task<RenderedFile> chartEmbedTask(String id, Language lang) {
    String sitePath = ChartPaths.embedPath(lang, content.slug(), id);
    ChartPageView view = charts.page(id, lang, Views.root(sitePath));
    return Task.of(
        Task.Boundary.FRAME,
        sitePath,
        () -> List.of("chart-embed.ftlh", sitePath, view, frames.get(lang)),
        () ->
            theme.file(
                sitePath + "index.html",
                "chart-embed.ftlh",
                Map.of(
                    "chart",
                    view.chart(),
                    "chartPage",
                    view,
                    "i18n",
                    new InterfaceStringsMethod(content.strings(lang)))));
  }

  /**
   * What an image of the report made from its charts reads: what the chart it shows reads of the
   * data ({@code chart}: {@link Content#chartReads}, nothing for none), the report's metadata, the
   * configuration, the theme's chart templates, the fonts and the charts' numbers; not the other
   * charts and tables, nor the pages (a card that shows a page reads that page too); and, as it is
   * made, the interface strings it shows ({@link #image}).
   */
  private List<Object> imageReads(String unit, String fonts, ChartSpec chart) {
    List<Object> reads =
        new ArrayList<>(
            Arrays.asList(
                unit,
                content.report(),
                content.config(),
                theme.sources(ReportCharts.TEMPLATES),
                fonts,
                numbering.charts()));
    if (chart != null) {
      reads.addAll(content.chartReads(chart));
    }
    return reads;
  }

  /**
   * An image of the report's charts as a task that reads {@code reads} and learns which interface
   * strings it shows as it draws them (a string it does not show leaves it as it was).
   */
  private Task<ImageFile> image(String path, Supplier<List<Object>> reads, Drawing drawing) {
    return Task.learning(
        Task.Boundary.OUTPUT,
        path,
        reads,
        () -> {
          ReportCharts.Recorded<RenderedFile> made = charts.recorded(() -> svgFile(path, drawing));
          return new ImageFile(made.value(), made.read());
        },
        kept -> kept.stringsRead().sameIn(content.strings()));
  }

  /** A chart's image, as SVG with its number, title, source and licence, in {@code fonts}. */
  public Task<ImageFile> chartImageTask(String id, Language lang, String fonts) {
    String path = ChartPaths.imagePath(lang, content.slug(), id, "svg");
    return image(
        path, () -> imageReads(path, fonts, charts.spec(id)), () -> charts.image(id, lang, fonts));
  }

  /** A content page's share card as SVG, with the page's first chart. */
  public Task<ImageFile> cardTask(Page page, String fonts) {
    String path = Publishing.card(page.sitePath()) + ".svg";
    return image(
        path,
        () -> {
          List<Object> reads = imageReads(path, fonts, charts.firstChart(page).orElse(null));
          reads.add(page);
          return reads;
        },
        () -> charts.card(page, fonts));
  }

  /** A chart page's share card as SVG. */
  public Task<ImageFile> chartCardTask(String id, Language lang, String fonts) {
    String path = Publishing.card(ChartPaths.pagePath(lang, content.slug(), id)) + ".svg";
    return image(
        path,
        () -> imageReads(path, fonts, charts.spec(id)),
        () -> charts.chartCard(id, lang, fonts));
  }

  /** Something that draws SVG and may fail on a template. */
  private interface Drawing {
    String draw() throws Templates.TemplateProblem;
  }

  private static RenderedFile svgFile(String path, Drawing drawing) {
    try {
      return RenderedFile.of(OutputFile.text(path, drawing.draw()));
    } catch (Templates.TemplateProblem problem) {
      return RenderedFile.failed(problem.problem());
    }
  }

  /** An interface string Folio itself needs (missing: one of {@link #problems()}). */
  public String label(Language lang, String key) {
    return label(lang, key, problems);
  }

  /** An interface string Folio itself needs (not a template): missing, a problem in found. */
  private String label(Language lang, String key, Problems found) {
    return content.strings(lang).required(key, found);
  }

  /** Renders one page's body, recording the interface strings it reads. */
  private final class BodyRenderer implements MarkdownHtml.Embeds {
    private final Page page;
    private final Language lang;
    private final String root;
    private final Problems found = new Problems();
    private final StringsRead.Recorder read = new StringsRead.Recorder();
    private final Function<String, String> labels;
    private final InterfaceStringsMethod strings;
    private final Set<String> used = new TreeSet<>();

    BodyRenderer(Page page) {
      this.page = page;
      this.lang = page.lang();
      this.root = Views.root(page.sitePath());
      InterfaceStrings these = content.strings(lang);
      this.labels =
          key -> {
            String text = read.read(these, key);
            return text != null ? text : label(lang, key, found);
          };
      this.strings = new InterfaceStringsMethod(these, read);
    }

    PageBody render() {
      MarkdownHtml markdown = new MarkdownHtml(page, root, this);
      try {
        String html = markdown.render();
        // The cover's strings (authors' roles) are read through labels, so they are recorded.
        ReportView report = page.isHome() ? ReportViews.view(content.report(), lang, labels) : null;
        List<SearchSection> sections = markdown.sections(page.sitePath(), lead(page, report));
        if (!content.slug().isEmpty() && content.report() != null) {
          String title = content.report().title().in(lang);
          sections = sections.stream().map(section -> section.inReport(title)).toList();
        }
        return new PageBody(html, sections, used, read.finish(), found.list());
      } catch (Templates.TemplateProblem problem) {
        found.add(problem.problem());
        return new PageBody("", List.of(), Set.of(), read.finish(), found.list());
      }
    }

    @Override
    public String tableHtml(String name) throws Templates.TemplateProblem {
      TableView view =
          new TableViews(content, lang, labels)
              .view(content.tables().get(name), root, numbering.tableLabel(name, lang, labels));
      return theme.render("table.ftlh", Map.of("table", view, "i18n", strings));
    }

    @Override
    public String chartHtml(String id) throws Templates.TemplateProblem {
      ChartView view =
          new ChartViews(content, lang, labels)
              .view(content.chart(id).orElseThrow(), root, numbering.chartLabel(id, lang, labels));
      return theme.render("chart.ftlh", Map.of("chart", view, "i18n", strings));
    }

    @Override
    public String noteLabel() {
      return labels.apply("note.label");
    }

    @Override
    public String extensionHtml(String name) throws Templates.TemplateProblem {
      used.add(name);
      EmbedType embed = embeds.get(name);
      Object view =
          embed.view(
              new EmbedType.Context(
                  page, lang, root, labels, new Formats(lang, labels), page::embedsTable));
      return theme.render(embed.template(), Map.of("view", view, "i18n", strings));
    }
  }

  /**
   * What the header of a page shows besides its title, for the search index: on the home page the
   * cover (series, authors and their roles, date), then the description.
   */
  private static String lead(Page page, ReportView report) {
    StringBuilder lead = new StringBuilder();
    if (page.isHome() && report != null) {
      if (report.series() != null) {
        lead.append(report.series()).append(' ');
      }
      for (ReportView.Author author : report.authors()) {
        lead.append(author.name()).append(' ');
        if (author.role() != null) {
          lead.append(author.role()).append(' ');
        }
      }
      lead.append(report.date()).append(' ');
    }
    if (page.description() != null) {
      lead.append(page.description());
    }
    return lead.toString();
  }
}
