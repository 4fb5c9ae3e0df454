package dev.folio.render;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.LinkTarget;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.StringsRead;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.view.ChartView;
import dev.folio.render.view.PrintView;
import dev.folio.render.view.ReportView;
import dev.folio.render.view.TableView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A report's PDF edition in one language as XHTML, from the theme's print templates ({@code
 * print.ftlh} and the templates it names) and the same views as the web pages: the cover, the
 * contents, then every page of the report in reading order, its tables and charts numbered as on
 * the web, its charts drawn with their colours and the PDF's fonts written in, its interactive
 * embeds replaced by a note with their address on the web. Links between the report's pages lead
 * within the document; every other link leads to the web edition.
 */
public final class PrintEdition {
  /** The scheme of an image of {@code static/} in the document: {@code folio-static:img/a.svg}. */
  public static final String STATIC_SCHEME = "folio-static";

  /** The width of a page's text in millimetres: A4 less the print style sheet's margins. */
  static final int PAGE_WIDTH = 174;

  private final SiteTheme theme;
  private final Content content;
  private final BaseUrl base;
  private final Numbering numbering;
  private final TaskRunner tasks;
  private final Map<Language, List<Page>> pages = new LinkedHashMap<>();

  /**
   * The document and what the PDF needs besides it.
   *
   * @param xhtml the document
   * @param parts the id where each page of the report starts in the document, by page key, in
   *     reading order
   * @param problems the print templates' problems (then the document is empty)
   */
  public record Document(String xhtml, Map<String, String> parts, List<Problem> problems) {}

  private PrintEdition(SiteTheme theme, Content content, BaseUrl base, TaskRunner tasks) {
    this.theme = theme;
    this.content = content;
    this.base = base;
    this.tasks = tasks;
    for (Language lang : content.languages()) {
      pages.put(lang, new Navigation(lang, content.slug(), content.pages(lang), "").pages());
    }
    this.numbering = new Numbering(List.copyOf(pages.values()));
  }

  /**
   * The PDF editions of one report of a build, each page's part of a document a task of {@code
   * tasks} (an edit of one page then renders that page's part again, not the report's).
   */
  public static PrintEdition of(SiteTheme theme, Content content, BaseUrl base, TaskRunner tasks) {
    return new PrintEdition(theme, content, base, tasks);
  }

  /** The print templates: what a document reads of the theme. */
  public static final List<String> TEMPLATES =
      List.of(
          "print.ftlh",
          "print-style.ftlh",
          "print-table.ftlh",
          "print-chart.ftlh",
          "print-interactive.ftlh",
          "chart-image.css");

  /** Everything the print templates come from, as a value: equal, the same templates. */
  public String templates() {
    return theme.sources(TEMPLATES);
  }

  /** The report's cover on the web, in {@code lang}. */
  public String webHref(Language lang) {
    return base.url(Page.sitePath(lang, content.slug(), Page.HOME));
  }

  /**
   * The edition in {@code lang}.
   *
   * @param fontFamilies the fonts of the language as a CSS {@code font-family} list
   * @param citation how to cite the report in the language, or null
   */
  public Document document(Language lang, String fontFamilies, String citation) {
    Problems problems = new Problems();
    InterfaceStrings strings = content.strings(lang);
    Function<String, String> labels = key -> strings.required(key, problems);
    ChartStyle style = chartStyle(problems);
    List<PrintView.Entry> contents = new ArrayList<>();
    List<PrintView.Part> parts = new ArrayList<>();
    Map<String, String> anchors = new LinkedHashMap<>();
    List<Object> shared = shared(lang, fontFamilies);
    for (Page page : pages.get(lang)) {
      String anchor = anchor(page.key());
      anchors.put(page.key(), anchor);
      PrintBody body = body(page, style, fontFamilies, shared);
      body.problems().forEach(problems::add);
      contents.add(
          new PrintView.Entry(page.title(), "#" + anchor, page.section(), body.headings()));
      parts.add(
          new PrintView.Part(
              anchor,
              page.title(),
              page.section(),
              page.description(),
              base.url(page.sitePath()),
              body.html()));
    }
    if (!problems.isEmpty()) {
      return new Document("", anchors, problems.list());
    }
    PrintView view = view(lang, labels, citation, contents, parts, fontFamilies);
    try {
      String xhtml =
          theme.render(
              "print.ftlh", Map.of("print", view, "i18n", new InterfaceStringsMethod(strings)));
      return new Document(xhtml, anchors, problems.list());
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return new Document("", anchors, problems.list());
    }
  }

  /**
   * A page's part of the document: its body's XHTML, its headings, the interface strings it read
   * and its problems.
   */
  private record PrintBody(
      String html,
      List<PrintView.Entry> headings,
      StringsRead stringsRead,
      List<Problem> problems) {}

  /**
   * What every page's part in {@code lang} reads besides the page, its embeds and their numbers and
   * the interface strings it learns as it runs: the print templates (the chart style sheet among
   * them), the fonts, where the site is published, the report's address and configuration, which of
   * its tables are the site's, and which pages it has (links between them lead within the
   * document).
   */
  private List<Object> shared(Language lang, String fontFamilies) {
    return Arrays.asList(
        templates(),
        lang,
        fontFamilies,
        base.url(""),
        content.slug(),
        content.config(),
        content.siteTables(),
        pages.get(lang).stream().map(Page::key).toList());
  }

  /** A page's part of the document, a task that reads the page and what it places. */
  private PrintBody body(Page page, ChartStyle style, String fontFamilies, List<Object> shared) {
    return tasks.run(
        Task.learning(
            Task.Boundary.PRINT,
            "print " + page.path(),
            () ->
                Arrays.asList(
                    page,
                    shared,
                    content.embedsOf(page).values(content, Map.of()),
                    numbering.of(page)),
            () -> {
              Problems found = new Problems();
              StringsRead.Recorder read = new StringsRead.Recorder();
              Body body = new Body(page, style, fontFamilies, found, read);
              String html = body.render();
              return new PrintBody(html, List.copyOf(body.headings), read.finish(), found.list());
            },
            kept -> kept.stringsRead().sameIn(content.strings())));
  }

  private PrintView view(
      Language lang,
      Function<String, String> labels,
      String citation,
      List<PrintView.Entry> contents,
      List<PrintView.Part> parts,
      String fontFamilies) {
    ReportView report = ReportViews.view(content.report(), lang, labels);
    String title = report != null ? report.title() : content.config().title().in(lang);
    if (report == null) {
      report =
          new ReportView(
              title, null, null, List.of(), null, "", "", content.config().title().in(lang));
    }
    return new PrintView(
        lang.folder(),
        lang.code(),
        title,
        content.config().description().in(lang),
        report,
        content.report() == null || content.report().summary() == null
            ? null
            : content.report().summary().in(lang),
        webHref(lang),
        citation,
        contents,
        parts,
        cssString(title),
        pageOf(labels.apply("print.pageOf")),
        fontFamilies,
        PAGE_WIDTH);
  }

  /** Where a page starts in the document: {@code p-KEY}, a valid XML id. */
  static String anchor(String key) {
    return "p-" + key.replaceAll("[\\s/\\\\:]", "-");
  }

  /** {@code text} as a CSS string, quoted. */
  static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> css.append("\\\"");
        case '\\' -> css.append("\\\\");
        case '\n', '\r' -> css.append("\\A ");
        default -> css.append(c);
      }
    }
    return css.append('"').toString();
  }

  /**
   * "Page {page} of {pages}" as a CSS content value: the text around the placeholders quoted, the
   * placeholders the page counters.
   */
  static String pageOf(String words) {
    StringBuilder css = new StringBuilder();
    String rest = words;
    while (!rest.isEmpty()) {
      int page = rest.indexOf("{page}");
      int pagesAt = rest.indexOf("{pages}");
      int next = page < 0 ? pagesAt : pagesAt < 0 ? page : Math.min(page, pagesAt);
      if (next < 0) {
        css.append(cssString(rest)).append(' ');
        break;
      }
      if (next > 0) {
        css.append(cssString(rest.substring(0, next))).append(' ');
      }
      boolean total = rest.startsWith("{pages}", next);
      css.append(total ? "counter(pages) " : "counter(page) ");
      rest = rest.substring(next + (total ? "{pages}" : "{page}").length());
    }
    return css.toString().strip();
  }

  private ChartStyle chartStyle(Problems problems) {
    try {
      return new ChartStyle(theme.render("chart-image.css", Map.of()));
    } catch (Templates.TemplateProblem problem) {
      problems.add(problem.problem());
      return new ChartStyle("");
    }
  }

  /** One page's body for print: its Markdown with every embed, ids unique in the document. */
  private final class Body implements MarkdownHtml.Embeds, MarkdownHtml.Links {
    private final Page page;
    private final Language lang;
    private final String prefix;
    private final Function<String, String> labels;
    private final ChartStyle style;
    private final String fontFamilies;
    private final Problems problems;
    private final InterfaceStringsMethod strings;
    private final List<PrintView.Entry> headings = new ArrayList<>();

    /**
     * Reads its strings through {@code read}, which records them; adds its problems to {@code
     * problems}.
     */
    Body(
        Page page,
        ChartStyle style,
        String fontFamilies,
        Problems problems,
        StringsRead.Recorder read) {
      this.page = page;
      this.lang = page.lang();
      this.prefix = anchor(page.key()) + "--";
      InterfaceStrings these = content.strings(lang);
      this.labels =
          key -> {
            String text = read.read(these, key);
            return text != null ? text : these.required(key, problems);
          };
      this.style = style;
      this.fontFamilies = fontFamilies;
      this.problems = problems;
      this.strings = new InterfaceStringsMethod(these, read);
    }

    String render() {
      MarkdownHtml markdown = new MarkdownHtml(page, base.url(""), this, this);
      try {
        String html = markdown.render();
        for (SearchSection section : markdown.sections("", "")) {
          int hash = section.url().indexOf('#');
          if (hash >= 0 && !section.heading().isEmpty()) {
            headings.add(
                new PrintView.Entry(
                    section.heading(), section.url().substring(hash), null, List.of()));
          }
        }
        return html;
      } catch (Templates.TemplateProblem problem) {
        problems.add(problem.problem());
        return "";
      }
    }

    @Override
    public String idPrefix() {
      return prefix;
    }

    @Override
    public String href(LinkTarget target, boolean image) {
      if (target instanceof LinkTarget.Page linked
          && (linked.report() == null || linked.report().equals(content.slug()))
          && content.page(lang, linked.key()).isPresent()) {
        String part = anchor(linked.key());
        return "#" + part + (linked.fragment() == null ? "" : "--" + linked.fragment());
      }
      if (target instanceof LinkTarget.Page linked) {
        String report = linked.report() == null ? content.slug() : linked.report();
        return base.url(Page.sitePath(lang, report, linked.key()))
            + (linked.fragment() == null ? "" : "#" + linked.fragment());
      }
      if (target instanceof LinkTarget.StaticFile file) {
        return image
            ? STATIC_SCHEME + ":" + MarkdownHtml.encodePath(file.sitePath())
            : base.url(MarkdownHtml.encodePath(file.sitePath()));
      }
      if (target instanceof LinkTarget.SamePage same) {
        return "#" + prefix + same.fragment();
      }
      return null;
    }

    @Override
    public String tableHtml(String name) throws Templates.TemplateProblem {
      TableView view =
          new TableViews(content, lang, labels)
              .view(
                  content.tables().get(name),
                  base.url(""),
                  numbering.tableLabel(name, lang, labels));
      return theme.render(
          "print-table.ftlh", Map.of("table", withAnchor(view, prefix), "i18n", strings));
    }

    @Override
    public String chartHtml(String id) throws Templates.TemplateProblem {
      ChartView view =
          new ChartViews(content, lang, labels)
              .view(
                  content.chart(id).orElseThrow(),
                  base.url(""),
                  numbering.chartLabel(id, lang, labels));
      return theme.render(
          "print-chart.ftlh",
          Map.of("chart", forPrint(view, prefix, style, fontFamilies), "i18n", strings));
    }

    @Override
    public String extensionHtml(String name) throws Templates.TemplateProblem {
      return theme.render(
          "print-interactive.ftlh",
          Map.of(
              "view", new PrintView.Interactive(name, base.url(page.sitePath())), "i18n", strings));
    }

    @Override
    public String noteLabel() {
      return labels.apply("note.label");
    }
  }

  /** A table whose ids start with the page's prefix. */
  private static TableView withAnchor(TableView view, String prefix) {
    return new TableView(
        view.name(),
        prefix + view.anchor(),
        view.title(),
        view.description(),
        view.headers(),
        view.rows(),
        view.groups(),
        view.footnotes(),
        view.sources(),
        view.asOf(),
        view.provenanceNote(),
        view.jsonHref(),
        view.csvHref(),
        view.label(),
        view.revisions());
  }

  /**
   * A chart for print: ids that start with the page's prefix, and its wide layout with its colours
   * and the PDF's fonts written in, as wide as the page's text.
   */
  private static ChartView forPrint(
      ChartView view, String prefix, ChartStyle style, String fontFamilies) {
    return new ChartView(
        prefix + view.anchor(),
        view.title(),
        view.description(),
        ChartImages.sized(style, view.wideSvgHtml(), fontFamilies, PAGE_WIDTH),
        "",
        view.headers(),
        view.rows(),
        view.sources(),
        view.asOf(),
        view.tableTitle(),
        view.jsonHref(),
        view.csvHref(),
        view.label(),
        view.pageHref(),
        view.svgHref(),
        view.pngHref(),
        view.revisions(),
        view.omitted());
  }
}
