package dev.folio.render;

import dev.folio.extension.EmbedType;
import dev.folio.format.Formats;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import dev.folio.model.StringsRead;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.view.NavView;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.ReportView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The theme, templates and views of one build, and the pages rendered with them: a page's body and
 * its frame (each a {@link Task}), Folio's own pages, the root pages and the assets. Safe to use
 * from several threads once made: the outputs render pages in parallel.
 */
public final class Renderer {
  private final Content content;
  private final BaseUrl base;
  private final Map<String, EmbedType> embeds;
  private final Theme theme;
  private final Templates templates;

  /** Everything that can make the site's templates and assets differ. */
  private final String templateSources;

  /** What a page's frame reads besides its view, per language: see {@link #frameTask}. */
  private final Map<Language, Object> frames = new HashMap<>();

  /** What any page's body reads besides its page and embeds: see {@link #bodyTask}. */
  private final Object bodyShared;

  private final Map<Language, Navigation> navigations = new LinkedHashMap<>();
  private final Views views;

  /** Problems of the strings Folio needs for every page (the cover, the chooser). */
  private final Problems problems = new Problems();

  private Renderer(
      Content content,
      Path source,
      BaseUrl base,
      Map<String, EmbedType> embeds,
      List<String> extensionTemplates,
      TaskRunner tasks) {
    this.content = content;
    this.base = base;
    this.embeds = Map.copyOf(embeds);
    this.theme = new Theme(source, extensionTemplates);
    this.templateSources = theme.fingerprint();
    // The parsed templates are kept while no template file changes.
    this.templates =
        tasks.run(
            Task.updating(
                Task.Boundary.PARSE,
                "templates",
                () -> List.of(theme.lookupKey(), templateSources),
                () -> new Templates(theme),
                Templates::current,
                previous -> previous.forTheme(theme)));
    for (Language lang : content.languages()) {
      frames.put(lang, List.of(content.strings(lang), content.config(), templateSources));
    }
    List<String> bodyTemplates = new ArrayList<>(List.of("table.ftlh", "chart.ftlh"));
    embeds.values().forEach(embed -> bodyTemplates.add(embed.template()));
    this.bodyShared =
        List.of(content.config(), theme.fingerprint(bodyTemplates), content.extensionEmbeds());
    Map<Language, ReportView> reports = new HashMap<>();
    for (Language lang : content.languages()) {
      navigations.put(
          lang, new Navigation(lang, content.pages(lang), label(lang, "contents.title", problems)));
      reports.put(
          lang, ReportViews.view(content.config(), lang, key -> label(lang, key, problems)));
    }
    this.views =
        new Views(content, base, navigations, reports, (lang, key) -> label(lang, key, problems));
  }

  /**
   * The renderer of a build.
   *
   * @param embeds the extensions' embeds, by name
   * @param extensionTemplates class-path folders of the extensions' templates
   * @param tasks runs the parse of the templates
   */
  public static Renderer of(
      Content content,
      Path source,
      BaseUrl base,
      Map<String, EmbedType> embeds,
      List<String> extensionTemplates,
      TaskRunner tasks) {
    return new Renderer(content, source, base, embeds, extensionTemplates, tasks);
  }

  public Content content() {
    return content;
  }

  public BaseUrl base() {
    return base;
  }

  /** Problems of the interface strings every page needs. */
  public List<Problem> problems() {
    return problems.list();
  }

  /** A language's pages in reading order. */
  public List<Page> pages(Language lang) {
    return navigations.get(lang).pages();
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
          List<Object> reads = new ArrayList<>(List.of(page, root(page.sitePath()), bodyShared));
          reads.addAll(content.embedsOf(page).values(content, embeds));
          return reads;
        },
        () -> new BodyRenderer(page).render(),
        kept -> kept.stringsRead().sameIn(content.strings()));
  }

  /** A page's frame around its body: its file, which reads its view and its language's frame. */
  public Task<RenderedFile> frameTask(Page page, PageBody body) {
    String sitePath = page.sitePath();
    PageView view = views.contentPage(page, root(sitePath), body.html());
    return Task.of(
        Task.Boundary.FRAME,
        page.path(),
        () -> List.of("page.ftlh", sitePath, view, frames.get(page.lang())),
        () ->
            file(
                sitePath + "index.html",
                "page.ftlh",
                Map.of(
                    "page",
                    view,
                    "i18n",
                    new InterfaceStringsMethod(content.strings(page.lang())))));
  }

  /** {@code FOLDER/search/}: the search form and results, filled in by assets/search.js. */
  public Task<RenderedFile> searchPageTask(Language lang) {
    return generatedPageTask(
        lang,
        Page.SEARCH,
        "search.ftlh",
        label(lang, "search.title", problems),
        navigations.get(lang).generatedPageView(Views.GENERATED_ROOT, false),
        Map.of());
  }

  /** {@code FOLDER/contents/}: every page of the language, section by section. */
  public Task<RenderedFile> contentsPageTask(Language lang) {
    Navigation navigation = navigations.get(lang);
    return generatedPageTask(
        lang,
        Page.CONTENTS,
        "contents.ftlh",
        label(lang, "contents.title", problems),
        navigation.generatedPageView(Views.GENERATED_ROOT, true),
        Map.of("contents", navigation.contents(Views.GENERATED_ROOT)));
  }

  /** A page of Folio's own at {@code FOLDER/KEY/}, with no body, section or neighbours. */
  private Task<RenderedFile> generatedPageTask(
      Language lang,
      String key,
      String template,
      String title,
      NavView nav,
      Map<String, Object> more) {
    String sitePath = Page.sitePath(lang, key);
    PageView view = views.generatedPage(lang, key, title, nav);
    Map<String, Object> model = new HashMap<>(more);
    model.put("page", view);
    model.put("i18n", new InterfaceStringsMethod(content.strings(lang)));
    return Task.of(
        Task.Boundary.FRAME,
        sitePath,
        () -> List.of(template, sitePath, view, more, frames.get(lang)),
        () -> file(sitePath + "index.html", template, model));
  }

  /** {@code index.html}: the language chooser at the site's root. */
  public RenderedFile chooserPage() {
    return file("index.html", "chooser.ftlh", Map.of("view", views.chooser("")));
  }

  /** {@code 404.html}, served at any depth: its links start at the base path. */
  public RenderedFile notFoundPage() {
    return file(
        "404.html",
        "404.ftlh",
        Map.of("view", new NotFoundView(base.path(), views.chooser(base.path()).choices())));
  }

  /**
   * The site's {@code assets/}: the theme's, the extensions' of the embeds some page places, each
   * replaced by the project's {@code templates/assets/} file of the same name.
   */
  public Task<List<OutputFile>> assetsTask(Set<String> usedEmbeds) {
    List<EmbedType> used = new TreeSet<>(usedEmbeds).stream().map(embeds::get).toList();
    return Task.of(
        Task.Boundary.OUTPUT,
        "assets",
        () -> {
          List<Object> reads = new ArrayList<>(List.of(templateSources));
          reads.addAll(used);
          return reads;
        },
        () -> {
          List<OutputFile> extensionAssets = new ArrayList<>();
          used.forEach(embed -> extensionAssets.addAll(embed.assets()));
          return theme.assets(extensionAssets);
        });
  }

  private RenderedFile file(String path, String template, Map<String, Object> model) {
    try {
      return RenderedFile.of(OutputFile.text(path, templates.render(template, model)));
    } catch (Templates.TemplateProblem problem) {
      return RenderedFile.failed(problem.problem());
    }
  }

  /** From a page at {@code sitePath} back to the site's root: {@code ../../}. */
  private static String root(String sitePath) {
    return "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
  }

  /** An interface string Folio itself needs (not a template): missing, a problem in found. */
  private String label(Language lang, String key, Problems found) {
    InterfaceStrings strings = content.strings(lang);
    String text = strings.strings().get(key);
    if (text == null) {
      found.add(
          Problem.at(
              SourcePos.file(strings.path()),
              "interface string \"" + key + "\" is not defined",
              "Folio needs it; add \"" + key + ": …\" to " + strings.path()));
      return key;
    }
    return text;
  }

  /** Renders one page's body, recording the interface strings it reads. */
  private final class BodyRenderer {
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
      this.root = root(page.sitePath());
      InterfaceStrings these = content.strings(lang);
      this.labels =
          key -> {
            String text = read.read(these, key);
            return text != null ? text : label(lang, key, found);
          };
      this.strings = new InterfaceStringsMethod(these, read);
    }

    PageBody render() {
      TableViews tables = new TableViews(content, lang, labels);
      ChartViews charts = new ChartViews(content, lang, labels);
      MarkdownHtml markdown =
          new MarkdownHtml(
              page,
              root,
              new MarkdownHtml.Embeds() {
                @Override
                public String tableHtml(String name) throws Templates.TemplateProblem {
                  return templates.render(
                      "table.ftlh",
                      Map.of(
                          "table", tables.view(content.tables().get(name), root), "i18n", strings));
                }

                @Override
                public String chartHtml(String id) throws Templates.TemplateProblem {
                  return templates.render(
                      "chart.ftlh",
                      Map.of(
                          "chart",
                          charts.view(content.chart(id).orElseThrow(), root),
                          "i18n",
                          strings));
                }

                @Override
                public String extensionHtml(String name) throws Templates.TemplateProblem {
                  return extension(name);
                }

                @Override
                public String noteLabel() {
                  return labels.apply("note.label");
                }
              });
      try {
        String html = markdown.render();
        // The cover's strings (authors' roles) are read through labels, so they are recorded.
        ReportView report = page.isHome() ? ReportViews.view(content.config(), lang, labels) : null;
        List<SearchSection> sections = markdown.sections(page.sitePath(), lead(page, report));
        return new PageBody(html, sections, used, read.finish(), found.list());
      } catch (Templates.TemplateProblem problem) {
        found.add(problem.problem());
        return new PageBody("", List.of(), Set.of(), read.finish(), found.list());
      }
    }

    private String extension(String name) throws Templates.TemplateProblem {
      used.add(name);
      EmbedType embed = embeds.get(name);
      Object view =
          embed.view(
              new EmbedType.Context(
                  page, lang, root, labels, new Formats(lang, labels), page::embedsTable));
      return templates.render(embed.template(), Map.of("view", view, "i18n", strings));
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
