package dev.folio.render;

import dev.folio.model.OutputFile;
import dev.folio.config.BaseUrl;
import dev.folio.model.Language;
import dev.folio.extension.EmbedType;
import dev.folio.format.Formats;
import dev.folio.memo.Memo;
import dev.folio.model.Content;
import dev.folio.model.Embed;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.ContentException;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import dev.folio.render.view.Alternate;
import dev.folio.render.view.ChooserView;
import dev.folio.render.view.LanguageLink;
import dev.folio.render.view.NavView;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageView;
import dev.folio.render.view.ReportView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

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
  /** The tables, charts and extension embeds there are, as a key part. */
  private final Object contentParts;
  /**
   * What the frame of one language's pages shows, as a key part: its own strings (a page shows
   * no other's), the configuration and the templates.
   */
  private final Map<Language, Object> frames = new HashMap<>();
  /**
   * What any page's body reads but its own source, what it embeds and the interface strings it
   * shows (which its memo compares one by one): the configuration, the templates a body is
   * rendered with (not the page's frame) and the names of the extensions' embeds.
   */
  private final Object bodyShared;
  private final Map<String, EmbedType> embeds;
  /** From a page of Folio's own ({@code zh/search/}) to the site's root. */
  private static final String GENERATED_ROOT = "../../";

  private final Problems problems = new Problems();
  /** The extension embeds some page uses, whose assets the site then needs. */
  private final Set<String> usedEmbeds = new TreeSet<>();
  /** Each language's navigation, built once before its pages are rendered. */
  private final Map<Language, Navigation> navigations = new HashMap<>();
  /** Each language's view of the published work (null values for a site that has none). */
  private final Map<Language, ReportView> reports = new HashMap<>();

  // What a memo keeps the renderer's results by: everything each step reads.

  /**
   * A page's body reads its own source, the tables and charts it embeds (and the tables they
   * name), the extensions' embeds it places and {@link #bodyShared}; never another page. The
   * interface strings it shows are compared apart ({@link Body#readSame}).
   */
  private record BodyKey(Object page, String root, List<Object> embedded, Object shared) {}

  /** A page's body, its sections for the search index and the extensions' embeds it places. */
  private record Body(String html, List<SearchIndex.Section> sections, Set<String> embeds,
      Map<String, String> strings) {
    /** Whether the interface strings the body read are still what they were. */
    boolean readSame(InterfaceStrings now) {
      return strings.entrySet().stream()
          .allMatch(read -> read.getValue().equals(now.strings().get(read.getKey())));
    }
  }

  private record PageKey(String template, String path, Object view, Object chrome) {}

  private record SearchKey(Language lang, List<List<SearchIndex.Section>> sections) {}

  private record SectionKey(Object section) {}

  /** What a page's embeds read depends on the page, the tables and the charts. */
  private record EmbedsKey(Object page, Object content) {}

  /** A page of Folio's own (search, contents): its view and the rest of its model. */
  private record GeneratedPageKey(String template, String path, PageView view,
      Map<String, Object> more, Object frame) {}

  private record DownloadsKey(Object table, List<Language> languages) {}

  /** The site's assets: the theme's and the project's (in the templates), the embeds'. */
  private record AssetsKey(String templates, List<Object> embeds) {}

  private SiteRenderer(Content content, Path source, BaseUrl base,
      Map<String, EmbedType> embeds, List<String> extensionTemplates, Memo memo) {
    this.content = content;
    this.source = source;
    this.base = base;
    this.embeds = embeds;
    this.memo = memo;
    this.theme = new Theme(source, extensionTemplates);
    this.templateSources = theme.fingerprint();
    this.templates = new Templates(theme);
    // Parts of keys by the instances the memo reuses, so comparing them costs nothing.
    for (Language lang : content.languages()) {
      frames.put(lang, memo.canonical(List.of(memo.share(content.strings(lang)), content.config(),
          templateSources)));
    }
    this.contentParts = memo.canonical(content.embedsContext());
    List<String> bodyTemplates = new ArrayList<>(List.of("table.ftlh", "chart.ftlh"));
    embeds.values().forEach(embed -> bodyTemplates.add(embed.template()));
    this.bodyShared = memo.canonical(List.of(content.config(), theme.fingerprint(bodyTemplates),
        content.extensionEmbeds()));
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

  /**
   * What rendering one page gave: its file (none if a template failed), its problems, the
   * extension embeds it uses and its sections for the search index.
   */
  private record RenderedPage(Optional<OutputFile> file, List<Problem> problems,
      Set<String> embeds, List<SearchIndex.Section> sections) {}

  private List<OutputFile> renderAll() throws ContentException {
    List<OutputFile> files = new ArrayList<>();
    for (Language lang : content.languages()) {
      navigations.put(lang, new Navigation(lang, content.pages(lang),
          label(lang, "contents.title")));
      reports.put(lang, ReportViews.view(content.config(), lang, key -> label(lang, key)));
    }
    // Pages in parallel: each task has its own problems and views, and only reads what is
    // shared (content, templates, navigations); results are merged in page order, so the
    // output does not depend on the threads.
    List<Page> pages = content.languages().stream()
        .flatMap(lang -> navigations.get(lang).pages().stream()).toList();
    List<RenderedPage> rendered = pages.parallelStream().map(this::renderPage).toList();
    Map<Language, List<List<SearchIndex.Section>>> sections = new LinkedHashMap<>();
    for (int i = 0; i < pages.size(); i++) {
      RenderedPage page = rendered.get(i);
      page.file().ifPresent(files::add);
      page.problems().forEach(problems::add);
      usedEmbeds.addAll(page.embeds());
      sections.computeIfAbsent(pages.get(i).lang(), l -> new ArrayList<>()).add(page.sections());
    }
    for (Language lang : content.languages()) {
      renderSearchPage(lang).ifPresent(files::add);
      renderContentsPage(lang).ifPresent(files::add);
    }
    // A one-off build tokenises each section as the index is built, keeping nothing; serve
    // keeps each section's tokens, so that a rebuild tokenises only the sections that changed.
    Function<SearchIndex.Section, SearchIndex.Indexed> indexed = !memo.keeps()
        ? SearchIndex::document : section -> memo.get(new SectionKey(memo.share(section)),
            () -> SearchIndex.indexed(section));
    content.languages().parallelStream()
        .map(lang -> {
          List<List<SearchIndex.Section>> these = sections.getOrDefault(lang, List.of());
          return memo.get(new SearchKey(lang, these),
              () -> SearchIndex.build(lang, these, indexed));
        })
        .toList().forEach(files::addAll);
    renderRoot("index.html", "chooser.ftlh", chooser("")).ifPresent(files::add);
    renderRoot("404.html", "404.ftlh", new NotFoundView(base.path(),
        chooser(base.path()).choices())).ifPresent(files::add);
    for (dev.folio.model.DataTable table : content.tables().values()) {
      files.addAll(memo.get(new DownloadsKey(memo.share(table), content.languages()),
          () -> DataDownloads.files(table, content.languages())));
    }
    files.add(OutputFile.text("sitemap.xml", Sitemap.xml(content, base)));
    files.add(OutputFile.text("robots.txt", robots()));
    files.add(OutputFile.text(".nojekyll", ""));
    files.addAll(memo.get(new AssetsKey(templateSources, usedEmbeds.stream()
        .map(name -> memo.share(embeds.get(name))).toList()), () -> {
      List<OutputFile> extensionAssets = new ArrayList<>();
      for (String name : usedEmbeds) {
        extensionAssets.addAll(embeds.get(name).assets());
      }
      return theme.assets(extensionAssets);
    }));
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

  /** One page; safe to run on several threads at once (it changes nothing shared). */
  private RenderedPage renderPage(Page page) {
    Language lang = page.lang();
    String sitePath = sitePath(lang, page.key());
    String root = "../".repeat((int) sitePath.chars().filter(c -> c == '/').count());
    Problems found = new Problems();
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings(lang));
    Optional<OutputFile> file = Optional.empty();
    Body body = new Body("", List.of(), Set.of(), Map.of());
    try {
      // The body is rendered again only if its source, what it embeds or one of the interface
      // strings it shows changed (serve).
      Object key = memo.keeps()
          ? new BodyKey(memo.share(page), root, embedded(page), bodyShared) : null;
      body = memo.get(key,
          kept -> kept.readSame(content.strings(lang)),
          () -> renderBody(page, root, sitePath, found));
      PageView view = pageView(page, root, body.html());
      file = Optional.of(memo.get(new PageKey("page.ftlh", sitePath, view, frames.get(lang)),
          () -> OutputFile.text(sitePath + "index.html",
              templates.render("page.ftlh", Map.of("page", view, "i18n", strings)))));
    } catch (Templates.TemplateProblem problem) {
      found.add(problem.problem());
    }
    return new RenderedPage(file, found.list(), body.embeds(), body.sections());
  }

  /** A page's body, the sections of it the search index holds and the embeds it places. */
  private Body renderBody(Page page, String root, String sitePath, Problems found)
      throws Templates.TemplateProblem {
    Language lang = page.lang();
    Map<String, String> read = new HashMap<>();
    Function<String, String> labels = key -> {
      String text = label(lang, key, found);
      read.put(key, text);
      return text;
    };
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings(lang), read);
    Set<String> used = new TreeSet<>();
    TableViews tables = new TableViews(content, lang, labels);
    ChartViews charts = new ChartViews(content, lang, labels);
    MarkdownHtml markdown = new MarkdownHtml(page, root, new MarkdownHtml.Embeds() {
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
        used.add(name);
        EmbedType embed = embeds.get(name);
        Object view = embed.view(new EmbedType.Context(page, lang, root, labels,
            new Formats(lang, labels), table -> embedsTable(page, table)));
        return templates.render(embed.template(), Map.of("view", view, "i18n", strings));
      }

      @Override
      public Optional<Embed> embed(String info) {
        return content.embed(info);
      }

      @Override
      public String noteLabel() {
        return labels.apply("note.label");
      }
    });
    String html = markdown.render();
    // The cover's strings (authors' roles) are read through labels, so the memo sees them.
    ReportView report = page.isHome() ? ReportViews.view(content.config(), lang, labels) : null;
    return new Body(html, markdown.sections(sitePath, lead(page, report)), Set.copyOf(used),
        Map.copyOf(read));
  }

  /** {@code FOLDER/search/}: the search form and results, filled in by assets/search.js. */
  private Optional<OutputFile> renderSearchPage(Language lang) {
    return renderGeneratedPage(lang, Page.SEARCH, "search.ftlh", label(lang, "search.title"),
        navigations.get(lang).generatedPageView(GENERATED_ROOT, false), Map.of());
  }

  /** {@code FOLDER/contents/}: every page of the language, section by section. */
  private Optional<OutputFile> renderContentsPage(Language lang) {
    Navigation navigation = navigations.get(lang);
    return renderGeneratedPage(lang, Page.CONTENTS, "contents.ftlh",
        label(lang, "contents.title"), navigation.generatedPageView(GENERATED_ROOT, true),
        Map.of("contents", navigation.contents(GENERATED_ROOT)));
  }

  /** A page of Folio's own at {@code FOLDER/KEY/}, with no body, section or neighbours. */
  private Optional<OutputFile> renderGeneratedPage(Language lang, String key, String template,
      String title, NavView nav, Map<String, Object> more) {
    String sitePath = sitePath(lang, key);
    String root = GENERATED_ROOT;
    InterfaceStringsMethod strings = new InterfaceStringsMethod(content.strings(lang));
    PageView view = new PageView(lang.folder(), lang.code(), content.config().title().in(lang),
        title, null, null, "", root, base.url(sitePath), alternates(key),
        languageLinks(lang, key, root), nav, null, null, false, reports.get(lang));
    Map<String, Object> model = new HashMap<>(more);
    model.put("page", view);
    model.put("i18n", strings);
    try {
      return Optional.of(memo.get(new GeneratedPageKey(template, sitePath, view, more,
          frames.get(lang)), () -> OutputFile.text(sitePath + "index.html",
              templates.render(template, model))));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return Optional.empty();
    }
  }

  private PageView pageView(Page page, String root, String body) {
    Language lang = page.lang();
    Navigation navigation = navigations.get(lang);
    return new PageView(lang.folder(), lang.code(), content.config().title().in(lang),
        page.title(), page.description(), page.section(), body, root,
        base.url(sitePath(lang, page.key())), alternates(page.key()),
        languageLinks(lang, page.key(), root), navigation.view(page, root),
        navigation.previous(page, root), navigation.next(page, root), page.isHome(),
        reports.get(lang));
  }

  /**
   * What the header of a page shows besides its title, for the search index: on the home page
   * the cover (series, authors and their roles, date), then the description.
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

  /** The same page in every other language, for the language switch. */
  private List<LanguageLink> languageLinks(Language current, String key, String root) {
    return content.languages().stream().filter(other -> !other.equals(current))
        .map(other -> new LanguageLink(other.folder(), other.code(),
            MarkdownHtml.pageHref(root, other, key), other.name()))
        .toList();
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
    return label(lang, key, problems);
  }

  /** The same, a missing one added to {@code found} (each page collects its own). */
  private String label(Language lang, String key, Problems found) {
    var strings = content.strings(lang);
    String text = strings.strings().get(key);
    if (text == null) {
      found.add(Problem.at(SourcePos.file(strings.path()), "interface string \"" + key
          + "\" is not defined", "Folio needs it; add \"" + key + ": …\" to " + strings.path()));
      return key;
    }
    return text;
  }

  private String robots() {
    return "User-agent: *\nAllow: /\n\nSitemap: " + base.url("sitemap.xml") + "\n";
  }

  /**
   * What a page's body shows of the content beyond its own source, as key parts: the charts
   * and tables its embeds read and the extensions' embeds it places.
   */
  private List<Object> embedded(Page page) {
    return memo.get(new EmbedsKey(memo.share(page), contentParts),
        () -> content.embedsOf(page, note -> dev.folio.load.MarkdownSyntax.parse(note, memo)))
        .parts(content, embeds, memo::share);
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
