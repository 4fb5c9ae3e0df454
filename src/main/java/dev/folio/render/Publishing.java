package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.view.CiteView;
import dev.folio.render.view.MetaView;
import dev.folio.render.view.PdfLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a report's pages show of it as a publication: its PDF edition in their language (with its
 * size and the page each page starts on, once it is made), the tags that sites it is shared on read
 * (Open Graph, Twitter) with the page's card image, and on its cover how to cite it, Google
 * Scholar's tags and schema.org JSON-LD. One per report of a build; safe to use from several
 * threads.
 */
public final class Publishing {
  /** Each page's share card, in its folder: {@code zh/SLUG/KEY/card.png}. */
  public static final String CARD = "card.png";

  private final Content content;
  private final BaseUrl base;
  private final Citations citations;
  private final Function<Language, PdfFacts> pdfs;
  private final Map<Language, Optional<String>> references;
  private final Map<String, Problem> problems;
  private final TaskRunner tasks;

  private Publishing(
      Content content,
      BaseUrl base,
      Function<Language, PdfFacts> pdfs,
      Map<Language, Optional<String>> references,
      Map<String, Problem> problems,
      TaskRunner tasks) {
    this.content = content;
    this.base = base;
    this.citations = new Citations(content, base);
    this.pdfs = pdfs;
    this.references = references;
    this.problems = problems;
    this.tasks = tasks;
  }

  /** A report's publication, before its PDFs are started (no PDF facts). */
  public static Publishing of(Content content, BaseUrl base) {
    return of(content, base, TaskRunner.DIRECT);
  }

  /**
   * As {@link #of(Content, BaseUrl)}, each language's reference in its citation style a task of
   * {@code tasks} (a citation processor takes milliseconds to set up).
   */
  public static Publishing of(Content content, BaseUrl base, TaskRunner tasks) {
    return new Publishing(
        content, base, lang -> null, new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), tasks);
  }

  /** The same, with what the report's pages say of its PDF in each language. */
  public Publishing withPdfs(Function<Language, PdfFacts> pdfs) {
    return new Publishing(content, base, pdfs, references, problems, tasks);
  }

  /** Problems of the citation styles the languages name. */
  public List<Problem> problems() {
    return List.copyOf(new TreeMap<>(problems).values());
  }

  /**
   * How to cite the report in {@code lang}, in the CSL style the language's {@code citation.style}
   * string names; null for a site that is not a report. Made once per language.
   */
  public String reference(Language lang) {
    if (!citations.any()) {
      return null;
    }
    return references
        .computeIfAbsent(
            lang,
            key -> {
              var strings = content.strings(lang);
              String style = strings.strings().get("citation.style");
              String text = style == null ? null : text(lang, style);
              if (text == null) {
                problems.put(
                    strings.path(),
                    Problem.at(
                        SourcePos.file(strings.path()),
                        style == null
                            ? "interface string \"citation.style\" is not defined"
                            : "\"" + style + "\" is not a citation style Folio has",
                        "name a CSL style by its id, such as apa or"
                            + " china-national-standard-gb-t-7714-2015-numeric"
                            + " (the styles of citationstyles.org)"));
              }
              return Optional.ofNullable(text);
            })
        .orElse(null);
  }

  /** The reference in {@code style}, or null: a task that reads what {@link Citations} does. */
  private String text(Language lang, String style) {
    return tasks
        .run(
            Task.of(
                Task.Boundary.OUTPUT,
                "citation " + Citations.path(lang, content.slug(), style),
                () -> Arrays.asList(content.report(), content.slug(), base.url(""), lang, style),
                () -> Optional.ofNullable(citations.text(lang, style))))
        .orElse(null);
  }

  /** The share card of the page at {@code sitePath}. */
  public static String card(String sitePath) {
    return sitePath + CARD;
  }

  /** A content page of the report: its PDF page, its tags, and on the cover how to cite it. */
  Views.Published contentPage(Page page, String root, Function<String, String> labels) {
    PdfFacts pdf = pdfs.apply(page.lang());
    boolean cover = page.isHome() && citations.any();
    return new Views.Published(
        link(pdf, page.key(), root, page.lang(), labels),
        meta(
            page.lang(),
            page.sitePath(),
            page.title(),
            page.description(),
            card(page.sitePath()),
            "article",
            cover ? pdf : null,
            cover),
        cover ? cite(page.lang(), root) : null);
  }

  /** A page of Folio's own in the report ({@code key}), its card the report's cover's. */
  Views.Published generatedPage(
      Language lang, String key, String title, String root, Function<String, String> labels) {
    return generatedPage(
        lang, key, title, root, labels, card(Page.sitePath(lang, content.slug(), Page.HOME)));
  }

  /** A page of Folio's own in the report ({@code key}), with its own card. */
  Views.Published generatedPage(
      Language lang,
      String key,
      String title,
      String root,
      Function<String, String> labels,
      String card) {
    String sitePath = Page.sitePath(lang, content.slug(), key);
    return new Views.Published(
        link(pdfs.apply(lang), null, root, lang, labels),
        meta(lang, sitePath, title, null, card, "article", null, false),
        null);
  }

  private PdfLink link(
      PdfFacts pdf, String key, String root, Language lang, Function<String, String> labels) {
    if (pdf == null) {
      return null;
    }
    Integer page = key == null ? null : pdf.pages().get(key);
    String href = root + pdf.path();
    return new PdfLink(
        href,
        pdf.name(),
        pdf.size() == null ? null : size(pdf.size(), lang, labels),
        page,
        page == null ? null : href + "#page=" + page);
  }

  /** A file's size as the language writes numbers: {@code 1.2 MB}, {@code 860 KB}. */
  static String size(long bytes, Language lang, Function<String, String> labels) {
    Formats formats = new Formats(lang, labels);
    if (bytes >= 1_000_000) {
      return formats.number(
              BigDecimal.valueOf(bytes)
                  .divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP))
          + " MB";
    }
    return formats.number(
            BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1_000), 0, RoundingMode.HALF_UP))
        + " KB";
  }

  private MetaView meta(
      Language lang,
      String sitePath,
      String title,
      String description,
      String card,
      String type,
      PdfFacts pdf,
      boolean cover) {
    String siteTitle = content.config().title().in(lang);
    String pdfUrl =
        pdf == null || !content.config().publication().pdf() ? null : base.url(pdf.path());
    return new MetaView(
        title,
        description != null ? description : content.config().description().in(lang),
        siteTitle,
        base.url(sitePath),
        content.config().publication().images() ? base.url(card) : null,
        title.equals(siteTitle) ? title : title + " · " + siteTitle,
        openGraph(lang),
        content.languages().stream()
            .filter(other -> !other.equals(lang))
            .map(Publishing::openGraph)
            .toList(),
        type,
        cover ? citations.tags(lang, pdfUrl) : List.of(),
        cover ? citations.jsonLd(lang, pdfUrl, pdf == null ? null : pdf.size()) : null);
  }

  private CiteView cite(Language lang, String root) {
    String text = reference(lang);
    String folder = root + Page.sitePath(lang, content.slug(), Page.HOME);
    return text == null
        ? null
        : new CiteView(
            text, folder + Citations.BIBTEX, folder + Citations.RIS, folder + Citations.CSL_JSON);
  }

  /** A language as Open Graph writes it: {@code zh_CN}, {@code en_GB}, {@code ja}. */
  static String openGraph(Language lang) {
    Locale locale = lang.locale();
    return locale.getCountry().isEmpty()
        ? locale.getLanguage()
        : locale.getLanguage() + "_" + locale.getCountry();
  }
}
