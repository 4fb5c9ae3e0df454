package dev.folio.render;

import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.Lang;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Renders the whole site in memory: every page in both languages, the language chooser, 404,
 * data downloads, sitemap, robots.txt and assets. Collects every template problem.
 */
public final class SiteRenderer {
  private final Content content;
  private final Path templatesFolder;
  private final BaseUrl base;
  private final Templates templates;
  private final Problems problems = new Problems();
  /** Whether a page holds the calculator, whose compiled cost model the site then needs. */
  private boolean calculator;

  private SiteRenderer(Content content, Path templatesFolder, BaseUrl base) {
    this.content = content;
    this.templatesFolder = templatesFolder;
    this.base = base;
    this.templates = new Templates(templatesFolder);
  }

  /** The site's files, sorted by path. */
  public static List<OutputFile> render(Content content, Path templatesFolder, BaseUrl base)
      throws ContentException {
    if (!Files.isDirectory(templatesFolder)) {
      throw new ContentException(List.of(dev.folio.model.Problem.at(
          dev.folio.model.SourcePos.file("templates"), "there is no templates/ folder",
          "Folio renders pages with the templates in templates/; restore it from the repository")));
    }
    return new SiteRenderer(content, templatesFolder, base).renderAll();
  }

  private List<OutputFile> renderAll() throws ContentException {
    List<OutputFile> files = new ArrayList<>();
    for (Lang lang : Lang.ALL) {
      for (Page page : content.pages(lang)) {
        renderPage(page).ifPresent(files::add);
      }
    }
    for (Lang lang : Lang.ALL) {
      renderSearchPage(lang).ifPresent(files::add);
    }
    for (Lang lang : Lang.ALL) {
      files.add(SearchIndex.build(lang, files));
    }
    renderRoot("index.html", "chooser.ftlh", chooser("")).ifPresent(files::add);
    renderRoot("404.html", "404.ftlh", new NotFoundView(base.path(),
        chooser(base.path()).choices())).ifPresent(files::add);
    files.addAll(DataDownloads.files(content));
    files.add(OutputFile.text("sitemap.xml", Sitemap.xml(content, base)));
    files.add(OutputFile.text("robots.txt", robots()));
    files.add(OutputFile.text(".nojekyll", ""));
    files.addAll(assets());
    if (calculator) {
      files.add(CalculatorViews.script());
    }
    problems.throwIfAny();
    files.sort(java.util.Comparator.comparing(OutputFile::path));
    return files;
  }

  private java.util.Optional<OutputFile> renderPage(Page page) {
    String sitePath = sitePath(page.lang(), page.key());
    String root = "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings().get(page.lang()));
    TableViews tables = new TableViews(content, page.lang(), key -> label(page.lang(), key));
    ChartViews charts = new ChartViews(content, page.lang(), key -> label(page.lang(), key));
    try {
      String body = new MarkdownHtml(page, root, new MarkdownHtml.Embeds() {
        @Override
        public String tableHtml(String name) throws Templates.TemplateProblem {
          return templates.render("table.ftlh", Map.of("table",
              tables.view(content.tables().get(name), root), "i18n", strings));
        }

        @Override
        public String chartHtml(String id) throws Templates.TemplateProblem {
          return templates.render("chart.ftlh", Map.of("chart",
              charts.view(content.chart(id).orElseThrow(), root), "i18n", strings));
        }

        @Override
        public String calculatorHtml() throws Templates.TemplateProblem {
          calculator = true;
          return templates.render("calculator.ftlh", Map.of("calculator",
              new CalculatorViews(content, page.lang(), key -> label(page.lang(), key))
                  .view(page, root), "i18n", strings));
        }

        @Override
        public String noteLabel() {
          return label(page.lang(), "note.label");
        }
      }).render();
      PageView view = pageView(page, root, body);
      return java.util.Optional.of(OutputFile.text(sitePath + "index.html",
          templates.render("page.ftlh", Map.of("page", view, "i18n", strings))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return java.util.Optional.empty();
    }
  }

  /** {@code <lang>/search/}: the search form and results, filled in by assets/search.js. */
  private java.util.Optional<OutputFile> renderSearchPage(Lang lang) {
    String sitePath = sitePath(lang, Page.SEARCH);
    String root = "../../";
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings().get(lang));
    Lang other = lang.other();
    PageView view = new PageView(lang.code(), lang.htmlLang(), label(lang, "site.title"),
        label(lang, "search.title"), null, null, "", root, base.url(sitePath), alternates(Page.SEARCH),
        MarkdownHtml.pageHref(root, other, Page.SEARCH), other.htmlLang(), label(other, "lang.name"),
        content.pages(lang).stream().map(p -> navLink(p, root, false)).toList(), null, null,
        false);
    try {
      return java.util.Optional.of(OutputFile.text(sitePath + "index.html",
          templates.render("search.ftlh", Map.of("page", view, "i18n", strings))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return java.util.Optional.empty();
    }
  }

  private PageView pageView(Page page, String root, String body) {
    List<Page> pages = content.pages(page.lang());
    List<NavLink> nav = pages.stream().map(p -> navLink(p, root, p == page)).toList();
    int index = pages.indexOf(page);
    Lang other = page.lang().other();
    return new PageView(page.lang().code(), page.lang().htmlLang(),
        label(page.lang(), "site.title"), page.title(), page.description(), page.section(), body,
        root, base.url(sitePath(page.lang(), page.key())), alternates(page.key()),
        MarkdownHtml.pageHref(root, other, page.key()), other.htmlLang(),
        label(other, "lang.name"),
        nav, index > 0 ? navLink(pages.get(index - 1), root, false) : null,
        index < pages.size() - 1 ? navLink(pages.get(index + 1), root, false) : null,
        page.isHome());
  }

  private NavLink navLink(Page page, String root, boolean current) {
    return new NavLink(page.title(), MarkdownHtml.pageHref(root, page.lang(), page.key()),
        current, page.section());
  }

  private List<Alternate> alternates(String key) {
    List<Alternate> alternates = new ArrayList<>();
    for (Lang lang : Lang.ALL) {
      alternates.add(new Alternate(lang.htmlLang(), base.url(sitePath(lang, key))));
    }
    alternates.add(new Alternate("x-default", base.url("")));
    return alternates;
  }

  private ChooserView chooser(String root) {
    List<ChooserView.Choice> choices = new ArrayList<>();
    for (Lang lang : Lang.ALL) {
      choices.add(new ChooserView.Choice(lang.code(), lang.htmlLang(), root + lang.code() + "/",
          label(lang, "lang.name"), label(lang, "site.title"), label(lang, "site.description"),
          label(lang, "notfound.title"), label(lang, "notfound.back")));
    }
    return new ChooserView(root, choices, alternates(Page.HOME),
        base.url(""));
  }

  private java.util.Optional<OutputFile> renderRoot(String path, String template, Object view) {
    try {
      return java.util.Optional.of(OutputFile.text(path,
          templates.render(template, Map.of("view", view))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return java.util.Optional.empty();
    }
  }

  /** An interface string Folio itself needs (not a template): missing is a problem too. */
  private String label(Lang lang, String key) {
    var strings = content.strings().get(lang);
    String text = strings.strings().get(key);
    if (text == null) {
      problems.add(dev.folio.model.SourcePos.file(strings.path()), "interface string \"" + key
          + "\" is not defined", "Folio needs it; add \"" + key + ": …\" to " + strings.path());
      return key;
    }
    return text;
  }

  private String robots() {
    return "User-agent: *\nAllow: /\n\nSitemap: " + base.url("sitemap.xml") + "\n";
  }

  /** {@code zh/llm-models/} for a page, {@code zh/} for a language's home page. */
  static String sitePath(Lang lang, String key) {
    return lang.code() + "/" + (Page.HOME.equals(key) ? "" : key + "/");
  }

  private List<OutputFile> assets() {
    Path folder = templatesFolder.resolve("assets");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<OutputFile> files = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        files.add(new OutputFile("assets/" + relative, Files.readAllBytes(file)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
