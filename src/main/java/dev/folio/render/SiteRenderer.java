package dev.folio.render;

import dev.folio.model.OutputFile;
import dev.folio.config.BaseUrl;
import dev.folio.model.Language;
import dev.folio.extension.EmbedType;
import dev.folio.format.Formats;
import dev.folio.memo.Memo;
import dev.folio.model.Content;
import dev.folio.model.Embed;
import dev.folio.model.ContentException;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.LanguageLink;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the whole site in memory: every page in every language, the language chooser, 404,
 * data downloads, sitemap, robots.txt, the theme's assets and the project's static files.
 * Collects every template problem.
 */
public final class SiteRenderer {
  private final Content content;
  private final BaseUrl base;
  private final Path source;
  private final Theme theme;
  private final Templates templates;
  /** The templates' fingerprint: part of the key of everything they render. */
  private final String templateSources;
  private final Memo memo;
  /**
   * What every page shows, as one key part: the interface strings, the configuration and the
   * templates.
   */
  private final Object chrome;
  /** With the chrome, what any page's body may place: the extensions' embeds. */
  private final Object shared;
  private final Map<String, EmbedType> embeds;
  private final Problems problems = new Problems();
  /** The extension embeds some page uses, whose assets the site then needs. */
  private final java.util.Set<String> usedEmbeds = new java.util.TreeSet<>();

  /** What a memo keeps the renderer's results by: everything each step reads. */
  private record TemplatesKey(Path source, String templates) {}

  /**
   * A page's body reads its own source, the tables and charts it embeds (and the tables they
   * name), the extensions' embeds and the site's chrome; never another page.
   */
  private record BodyKey(Page page, String root, List<Object> embedded, Object shared) {}

  private record PageKey(String template, Object view, Object chrome) {}

  private record DownloadsKey(Object table, List<Language> languages) {}

  private record AssetsKey(Object shared, java.util.Set<String> embeds) {}

  private SiteRenderer(Content content, Path source, BaseUrl base,
      Map<String, EmbedType> embeds, List<String> extensionTemplates, Memo memo) {
    this.content = content;
    this.source = source;
    this.base = base;
    this.embeds = embeds;
    this.memo = memo;
    this.theme = new Theme(source, extensionTemplates);
    this.templateSources = theme.fingerprint();
    this.templates = memo.get(new TemplatesKey(source, templateSources),
        () -> new Templates(theme));
    this.chrome = Memo.shared(List.of(content.strings(), content.config(), templateSources));
    this.shared = Memo.shared(List.of(chrome, content.extensionEmbeds(), embeds));
  }

  /** The site's files, sorted by path, for content no extension adds to. */
  public static List<OutputFile> render(Content content, Path source, BaseUrl base)
      throws ContentException {
    return render(content, source, base, Map.of(), List.of(), Memo.none());
  }

  /**
   * The site's files, sorted by path.
   *
   * @param embeds             the extensions' embeds, by name
   * @param extensionTemplates class-path folders of the extensions' templates
   * @param memo               what the last successful build rendered, reused where its inputs
   *                           are the same
   */
  public static List<OutputFile> render(Content content, Path source, BaseUrl base,
      Map<String, EmbedType> embeds, List<String> extensionTemplates, Memo memo)
      throws ContentException {
    return new SiteRenderer(content, source, base, embeds, extensionTemplates, memo).renderAll();
  }

  private List<OutputFile> renderAll() throws ContentException {
    List<OutputFile> files = new ArrayList<>();
    for (Language lang : content.languages()) {
      for (Page page : content.pages(lang)) {
        renderPage(page).ifPresent(files::add);
      }
    }
    for (Language lang : content.languages()) {
      renderSearchPage(lang).ifPresent(files::add);
    }
    for (Language lang : content.languages()) {
      files.add(SearchIndex.build(lang, files));
    }
    renderRoot("index.html", "chooser.ftlh", chooser("")).ifPresent(files::add);
    renderRoot("404.html", "404.ftlh", new NotFoundView(base.path(),
        chooser(base.path()).choices())).ifPresent(files::add);
    for (dev.folio.model.DataTable table : content.tables().values()) {
      files.addAll(memo.get(new DownloadsKey(table, content.languages()),
          () -> DataDownloads.files(table, content.languages())));
    }
    files.add(OutputFile.text("sitemap.xml", Sitemap.xml(content, base)));
    files.add(OutputFile.text("robots.txt", robots()));
    files.add(OutputFile.text(".nojekyll", ""));
    List<OutputFile> extensionAssets = new ArrayList<>();
    for (String name : usedEmbeds) {
      extensionAssets.addAll(embeds.get(name).assets());
    }
    files.addAll(memo.get(new AssetsKey(shared, Set.copyOf(usedEmbeds)),
        () -> theme.assets(extensionAssets)));
    addStaticFiles(files);
    problems.throwIfAny();
    files.sort(Comparator.comparing(OutputFile::path));
    return files;
  }

  /** {@code static/} as it is, where it does not collide with what Folio writes. */
  private void addStaticFiles(List<OutputFile> files) {
    Map<String, OutputFile> written = new HashMap<>();
    files.forEach(file -> written.put(file.path(), file));
    for (OutputFile file : StaticFiles.files(source)) {
      if (written.containsKey(file.path())) {
        problems.add(SourcePos.file(StaticFiles.FOLDER + "/" + file.path()), "static/"
            + file.path() + " would replace the " + file.path() + " that Folio writes",
            file.path().startsWith("assets/") ? "to replace a theme asset, put it in"
                + " templates/" + file.path() : "rename or move it");
      } else {
        files.add(file);
      }
    }
  }

  private Optional<OutputFile> renderPage(Page page) {
    addExtensionEmbeds(page);
    String sitePath = sitePath(page.lang(), page.key());
    String root = "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings(page.lang()));
    TableViews tables = new TableViews(content, page.lang(), key -> label(page.lang(), key));
    ChartViews charts = new ChartViews(content, page.lang(), key -> label(page.lang(), key));
    try {
      // A page's body depends on its own source and what it embeds (the extensions' embeds
      // among them, the same objects while their inputs are); the key holds all of it.
      BodyKey key = new BodyKey(page, root, embedded(page), shared);
      String body = memo.get(key, () -> new MarkdownHtml(page, root, new MarkdownHtml.Embeds() {
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
        public String extensionHtml(String name) throws Templates.TemplateProblem {
          EmbedType embed = embeds.get(name);
          Object view = embed.view(new EmbedType.Context(page, page.lang(), root,
              key -> label(page.lang(), key), new Formats(page.lang(), key -> label(page.lang(),
                  key)), table -> embedsTable(page, table)));
          return templates.render(embed.template(), Map.of("view", view, "i18n", strings));
        }

        @Override
        public Optional<Embed> embed(String info) {
          return content.embed(info);
        }

        @Override
        public String noteLabel() {
          return label(page.lang(), "note.label");
        }
      }).render());
      PageView view = pageView(page, root, body);
      return Optional.of(OutputFile.text(sitePath + "index.html", memo.get(new PageKey("page.ftlh",
          view, chrome),
          () -> templates.render("page.ftlh", Map.of("page", view, "i18n", strings)))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return Optional.empty();
    }
  }

  /** {@code FOLDER/search/}: the search form and results, filled in by assets/search.js. */
  private Optional<OutputFile> renderSearchPage(Language lang) {
    String sitePath = sitePath(lang, Page.SEARCH);
    String root = "../../";
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings(lang));
    PageView view = new PageView(lang.folder(), lang.code(), content.config().title().in(lang),
        label(lang, "search.title"), null, null, "", root, base.url(sitePath),
        alternates(Page.SEARCH), languageLinks(lang, Page.SEARCH, root),
        content.pages(lang).stream().map(p -> navLink(p, root, false)).toList(), null, null,
        false, ReportViews.view(content.config(), lang, key -> label(lang, key)));
    try {
      return Optional.of(OutputFile.text(sitePath + "index.html",
          templates.render("search.ftlh", Map.of("page", view, "i18n", strings))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return Optional.empty();
    }
  }

  private PageView pageView(Page page, String root, String body) {
    Language lang = page.lang();
    List<Page> pages = content.pages(lang);
    List<NavLink> nav = pages.stream().map(p -> navLink(p, root, p == page)).toList();
    int index = pages.indexOf(page);
    return new PageView(lang.folder(), lang.code(), content.config().title().in(lang),
        page.title(), page.description(), page.section(), body, root,
        base.url(sitePath(lang, page.key())), alternates(page.key()),
        languageLinks(lang, page.key(), root), nav,
        index > 0 ? navLink(pages.get(index - 1), root, false) : null,
        index < pages.size() - 1 ? navLink(pages.get(index + 1), root, false) : null,
        page.isHome(), ReportViews.view(content.config(), lang, key -> label(lang, key)));
  }

  /** The same page in every other language, for the language switch. */
  private List<LanguageLink> languageLinks(Language current, String key, String root) {
    return content.languages().stream().filter(other -> !other.equals(current))
        .map(other -> new LanguageLink(other.folder(), other.code(),
            MarkdownHtml.pageHref(root, other, key), other.name()))
        .toList();
  }

  private NavLink navLink(Page page, String root, boolean current) {
    return new NavLink(page.title(), MarkdownHtml.pageHref(root, page.lang(), page.key()),
        current, page.section());
  }

  private List<Alternate> alternates(String key) {
    List<Alternate> alternates = new ArrayList<>();
    for (Language lang : content.languages()) {
      alternates.add(new Alternate(lang.code(), base.url(sitePath(lang, key))));
    }
    alternates.add(new Alternate("x-default", base.url("")));
    return alternates;
  }

  /** Every language's home page, the default language first. */
  private ChooserView chooser(String root) {
    List<Language> languages = new ArrayList<>(content.languages());
    languages.remove(content.config().defaultLanguage());
    languages.add(0, content.config().defaultLanguage());
    List<ChooserView.Choice> choices = new ArrayList<>();
    for (Language lang : languages) {
      choices.add(new ChooserView.Choice(lang.folder(), lang.code(), root + lang.folder() + "/",
          lang.name(), content.config().title().in(lang),
          content.config().description().in(lang), label(lang, "notfound.title"),
          label(lang, "notfound.back")));
    }
    String title = String.join(" · ", choices.stream().map(ChooserView.Choice::siteTitle)
        .distinct().toList());
    return new ChooserView(root, title, choices, alternates(Page.HOME), base.url(""));
  }

  private Optional<OutputFile> renderRoot(String path, String template, Object view) {
    try {
      return Optional.of(OutputFile.text(path,
          templates.render(template, Map.of("view", view))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return Optional.empty();
    }
  }

  /** An interface string Folio itself needs (not a template): missing is a problem too. */
  private String label(Language lang, String key) {
    var strings = content.strings(lang);
    String text = strings.strings().get(key);
    if (text == null) {
      problems.add(Problem.at(SourcePos.file(strings.path()), "interface string \"" + key
          + "\" is not defined", "Folio needs it; add \"" + key + ": …\" to " + strings.path()));
      return key;
    }
    return text;
  }

  private String robots() {
    return "User-agent: *\nAllow: /\n\nSitemap: " + base.url("sitemap.xml") + "\n";
  }

  /**
   * The charts and tables a page places, and every table they name (a chart's table and the
   * tables its settings name, the tables a column refers to), transitively: all of the data
   * its body can show.
   */
  private List<Object> embedded(Page page) {
    List<Object> charts = new ArrayList<>();
    Set<String> tables = new java.util.TreeSet<>();
    page.document().accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.FencedCodeBlock block) {
        content.embed(block.getInfo()).ifPresent(embed -> {
          if (embed.kind() == Embed.Kind.TABLE) {
            addTable(embed.name(), tables);
          } else if (embed.kind() == Embed.Kind.CHART) {
            content.chart(embed.name()).ifPresent(chart -> {
              charts.add(chart);
              addTable(chart.table(), tables);
              chart.settings().values().forEach(setting -> addTable(setting.value(), tables));
            });
          }
        });
      }
    });
    List<Object> embedded = new ArrayList<>(charts);
    tables.forEach(name -> embedded.add(content.tables().get(name)));
    return embedded;
  }

  private void addTable(String name, Set<String> tables) {
    dev.folio.model.DataTable table = content.tables().get(name);
    if (table != null && tables.add(name)) {
      table.columns().stream().map(dev.folio.model.Column::ref)
          .filter(java.util.Objects::nonNull).forEach(ref -> addTable(ref, tables));
    }
  }

  /** The extensions' embeds a page places ({@code ```calculator}), whose assets it needs. */
  private void addExtensionEmbeds(Page page) {
    page.document().accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.FencedCodeBlock block) {
        content.embed(block.getInfo()).filter(embed -> embed.kind() == Embed.Kind.EXTENSION)
            .ifPresent(embed -> usedEmbeds.add(embed.name()));
      }
    });
  }

  /** Whether a page places {@code ```table NAME} (the calculator links its fallback there). */
  private boolean embedsTable(Page page, String name) {
    boolean[] found = {false};
    page.document().accept(new org.commonmark.node.AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.FencedCodeBlock block) {
        content.embed(block.getInfo()).ifPresent(embed -> found[0] |=
            embed.kind() == Embed.Kind.TABLE && name.equals(embed.name()));
      }
    });
    return found[0];
  }

  /** {@code zh/llm-models/} for a page, {@code zh/} for a language's home page. */
  static String sitePath(Language lang, String key) {
    return lang.folder() + "/" + (Page.HOME.equals(key) ? "" : key + "/");
  }
}
