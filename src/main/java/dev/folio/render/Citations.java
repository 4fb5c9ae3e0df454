package dev.folio.render;

import com.ibm.icu.util.ULocale;
import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Publication;
import dev.folio.model.Report;
import dev.folio.render.view.MetaView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report as a work others cite, in each language: Google Scholar's {@code citation_*} tags and
 * schema.org JSON-LD for its cover, "how to cite" in the language's citation style (a CSL style,
 * rendered by citeproc-java: the theme's {@code citation.style} string names it, GB/T 7714-2015 in
 * Chinese and APA in English), and the reference as BibTeX, RIS and CSL-JSON for reference
 * managers. The report's cover in each language is the work; the cover in the site's default
 * language is the original, the others its translations.
 */
public final class Citations {
  /** The files of a report's reference, in each language's folder of the report. */
  public static final String BIBTEX = "citation.bib";

  public static final String RIS = "citation.ris";
  public static final String CSL_JSON = "citation.json";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  /** JSON-LD in a page: on one line. */
  private static final JsonMapper COMPACT = JsonMapper.builder().build();

  private final Content content;
  private final Report report;
  private final BaseUrl base;

  public Citations(Content content, BaseUrl base) {
    this.content = content;
    this.report = content.report();
    this.base = base;
  }

  /** Whether there is a work to cite: the site's report has its metadata. */
  public boolean any() {
    return report != null;
  }

  /** The report's cover in {@code lang}, as an address. */
  String cover(Language lang) {
    return base.url(Page.sitePath(lang, content.slug(), Page.HOME));
  }

  /** A file of the reference in {@code lang}'s folder of the report: {@code zh/SLUG/NAME}. */
  public static String path(Language lang, String slug, String name) {
    return Page.sitePath(lang, slug, Page.HOME) + name;
  }

  /** The CSL item of the report in {@code lang}. */
  private CSLItemData item(Language lang, boolean forStyle) {
    CSLItemDataBuilder item =
        new CSLItemDataBuilder()
            .id(content.slug().isEmpty() ? "report" : content.slug())
            .type(CSLType.REPORT)
            .title(report.title().in(lang))
            .author(names(lang))
            .issued(
                report.date().getYear(),
                report.date().getMonthValue(),
                report.date().getDayOfMonth())
            .URL(cover(lang))
            .language(lang.code());
    if (report.institution() != null) {
      item.publisher(report.institution().in(lang));
    }
    if (report.series() != null) {
      item.collectionTitle(report.series().in(lang));
    }
    if (report.number() != null) {
      // A styles reads "2023-017" as a range of numbers (Nos 2023–017): in a style, keep it text.
      item.number(forStyle ? report.number().replace('-', '\u2011') : report.number());
    }
    if (report.summary() != null) {
      item.abstrct(report.summary().in(lang));
    }
    return item.build();
  }

  private CSLName[] names(Language lang) {
    return report.authors().stream()
        .map(author -> new CSLNameBuilder().literal(author.name().in(lang)).build())
        .toArray(CSLName[]::new);
  }

  /**
   * The reference in the CSL style {@code style} (an id of the styles Folio has, e.g. {@code apa})
   * as plain text, without a numeric style's label ([1]); null if there is no such style.
   */
  String text(Language lang, String style) {
    if (!CSL.supportsStyle(style)) {
      return null;
    }
    try {
      CSL csl = new CSL(new ListItemDataProvider(item(lang, true)), style, cslLocale(lang));
      csl.setOutputFormat("text");
      csl.registerCitationItems(item(lang, true).getId());
      String text = csl.makeBibliography().makeString().strip();
      return text.replaceFirst("^\\[\\d+\\]\\s*", "").replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The CSL locale (the terms and date forms a style uses) nearest the language: its own code, else
   * the code of its likeliest region (zh-Hant: zh-TW; ja: ja-JP), else any of its language, else
   * American English.
   *
   * <p>Each candidate is looked up as the resource citeproc-java loads it from ({@code
   * /locales-CODE.xml}); only a language none of them fits lists the locales, which citeproc-java
   * does by reading its whole jar (in {@code folio.jar}, everything Folio ships: about 0.6 s).
   */
  static String cslLocale(Language lang) {
    ULocale likely = ULocale.addLikelySubtags(ULocale.forLocale(lang.locale()));
    String language = likely.getLanguage();
    for (String candidate :
        List.of(lang.code(), language + "-" + likely.getCountry(), lang.locale().toLanguageTag())) {
      if (CSL.class.getResource("/locales-" + candidate + ".xml") != null) {
        return candidate;
      }
    }
    Set<String> locales = CslLocales.SUPPORTED;
    return locales.stream()
        .filter(locale -> locale.startsWith(language + "-"))
        .sorted()
        .findFirst()
        .orElse("en-US");
  }

  /** Google Scholar's tags for the cover in {@code lang}. */
  List<MetaView.Tag> tags(Language lang, String pdfUrl) {
    List<MetaView.Tag> tags = new ArrayList<>();
    tags.add(new MetaView.Tag("citation_title", report.title().in(lang)));
    for (Report.Author author : report.authors()) {
      tags.add(new MetaView.Tag("citation_author", author.name().in(lang)));
    }
    tags.add(
        new MetaView.Tag(
            "citation_publication_date",
            report.date().format(DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT))));
    if (report.institution() != null) {
      tags.add(
          new MetaView.Tag("citation_technical_report_institution", report.institution().in(lang)));
    }
    if (report.number() != null) {
      tags.add(new MetaView.Tag("citation_technical_report_number", report.number()));
    }
    if (pdfUrl != null) {
      tags.add(new MetaView.Tag("citation_pdf_url", pdfUrl));
    }
    tags.add(new MetaView.Tag("citation_language", lang.code()));
    return tags;
  }

  /**
   * schema.org JSON-LD of the report in {@code lang}, escaped for a {@code script} element.
   *
   * @param pdfUrl its PDF edition, or null
   * @param pdfSize the PDF's size in bytes, or null if not known
   */
  String jsonLd(Language lang, String pdfUrl, Long pdfSize) {
    Map<String, Object> json = work(lang);
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("@context", "https://schema.org");
    ordered.putAll(json);
    authorsAndPublisher(lang, ordered);
    if (report.series() != null) {
      Map<String, Object> series = new LinkedHashMap<>();
      series.put("@type", "CreativeWorkSeries");
      series.put("name", report.series().in(lang));
      if (report.seriesId() != null) {
        series.put(
            "url", base.url(Page.sitePath(lang, "", SitePages.SERIES + "/" + report.seriesId())));
      }
      ordered.put("isPartOf", series);
    }
    translations(lang, ordered);
    if (pdfUrl != null) {
      Map<String, Object> pdf = new LinkedHashMap<>();
      pdf.put("@type", "MediaObject");
      pdf.put("encodingFormat", "application/pdf");
      pdf.put("contentUrl", pdfUrl);
      if (pdfSize != null) {
        // "0.0 MB" says nothing of a small PDF: kilobytes below a megabyte.
        pdf.put(
            "contentSize",
            pdfSize < 1_000_000
                ? String.format(Locale.ROOT, "%d kB", Math.max(1, Math.round(pdfSize / 1000.0)))
                : String.format(Locale.ROOT, "%.1f MB", pdfSize / 1_000_000.0));
      }
      ordered.put("encoding", pdf);
    }
    Publication.License license = content.config().publication().license();
    if (license != null) {
      ordered.put("license", license.url() != null ? license.url() : license.name().in(lang));
    }
    return COMPACT
        .writeValueAsString(ordered)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  /** The report in {@code lang} as a schema.org Report: its type, names, date, address. */
  private Map<String, Object> work(Language lang) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@type", "Report");
    json.put("name", report.title().in(lang));
    json.put("headline", report.title().in(lang));
    json.put("inLanguage", lang.code());
    json.put("datePublished", report.date().toString());
    json.put("url", cover(lang));
    if (report.number() != null) {
      json.put("reportNumber", report.number());
    }
    if (report.summary() != null) {
      json.put("abstract", report.summary().in(lang));
    }
    return json;
  }

  private void authorsAndPublisher(Language lang, Map<String, Object> json) {
    List<Map<String, Object>> authors = new ArrayList<>();
    for (Report.Author author : report.authors()) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("@type", "Person");
      person.put("name", author.name().in(lang));
      if (author.role() != null) {
        person.put("jobTitle", author.role().in(lang));
      }
      authors.add(person);
    }
    json.put("author", authors);
    if (report.institution() != null) {
      Map<String, Object> publisher = new LinkedHashMap<>();
      publisher.put("@type", "Organization");
      publisher.put("name", report.institution().in(lang));
      json.put("publisher", publisher);
    }
  }

  /** The original names its translations; a translation names its original. */
  private void translations(Language lang, Map<String, Object> json) {
    Language original = content.config().defaultLanguage();
    if (lang.equals(original)) {
      List<Map<String, Object>> others = new ArrayList<>();
      for (Language other : content.languages()) {
        if (!other.equals(original)) {
          others.add(work(other));
        }
      }
      if (!others.isEmpty()) {
        json.put("workTranslation", others);
      }
    } else {
      json.put("translationOfWork", work(original));
    }
  }

  /** The reference in {@code lang} as BibTeX ({@code @techreport}). */
  public String bibtex(Language lang, String pdfUrl) {
    StringBuilder bib = new StringBuilder("@techreport{");
    bib.append(content.slug().isEmpty() ? "report" : content.slug())
        .append('-')
        .append(lang.folder())
        .append(",\n");
    field(bib, "title", "{" + tex(report.title().in(lang)) + "}");
    field(
        bib,
        "author",
        String.join(
            " and ",
            report.authors().stream().map(a -> "{" + tex(a.name().in(lang)) + "}").toList()));
    if (report.institution() != null) {
      field(bib, "institution", tex(report.institution().in(lang)));
    }
    if (report.series() != null) {
      field(bib, "series", tex(report.series().in(lang)));
    }
    if (report.number() != null) {
      field(bib, "number", tex(report.number()));
    }
    field(bib, "year", Integer.toString(report.date().getYear()));
    field(bib, "date", report.date().toString());
    field(bib, "url", cover(lang));
    if (pdfUrl != null) {
      field(bib, "file", pdfUrl);
    }
    field(bib, "language", lang.code());
    if (report.summary() != null) {
      field(bib, "abstract", tex(report.summary().in(lang)));
    }
    bib.setLength(bib.length() - 2);
    return bib.append("\n}\n").toString();
  }

  private static void field(StringBuilder bib, String name, String value) {
    bib.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  /** Text with BibTeX's special characters escaped. */
  public static String tex(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '{', '}', '&', '%', '$', '#', '_' -> out.append('\\').append(c);
        case '^' -> out.append("\\^{}");
        case '~' -> out.append("\\~{}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The reference in {@code lang} as RIS (a report, {@code RPRT}); CRLF line ends. */
  public String ris(Language lang, String pdfUrl) {
    List<String> lines = new ArrayList<>();
    lines.add("TY  - RPRT");
    lines.add("TI  - " + oneLine(report.title().in(lang)));
    report.authors().forEach(author -> lines.add("AU  - " + oneLine(author.name().in(lang))));
    lines.add("PY  - " + report.date().getYear());
    lines.add(
        "DA  - " + report.date().format(DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT)));
    if (report.institution() != null) {
      lines.add("PB  - " + oneLine(report.institution().in(lang)));
    }
    if (report.series() != null) {
      lines.add("T3  - " + oneLine(report.series().in(lang)));
    }
    if (report.number() != null) {
      lines.add("IS  - " + oneLine(report.number()));
    }
    lines.add("UR  - " + cover(lang));
    if (pdfUrl != null) {
      lines.add("L1  - " + pdfUrl);
    }
    lines.add("LA  - " + lang.code());
    if (report.summary() != null) {
      lines.add("AB  - " + oneLine(report.summary().in(lang)));
    }
    lines.add("ER  - ");
    return String.join("\r\n", lines) + "\r\n";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /** The reference in {@code lang} as CSL-JSON (a list of one item). */
  public String cslJson(Language lang) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", content.slug().isEmpty() ? "report" : content.slug());
    item.put("type", "report");
    item.put("title", report.title().in(lang));
    item.put(
        "author",
        report.authors().stream()
            .map(author -> Map.of("literal", author.name().in(lang)))
            .toList());
    item.put(
        "issued",
        Map.of(
            "date-parts",
            List.of(
                List.of(
                    report.date().getYear(),
                    report.date().getMonthValue(),
                    report.date().getDayOfMonth()))));
    if (report.institution() != null) {
      item.put("publisher", report.institution().in(lang));
    }
    if (report.series() != null) {
      item.put("collection-title", report.series().in(lang));
    }
    if (report.number() != null) {
      item.put("number", report.number());
    }
    item.put("URL", cover(lang));
    item.put("language", lang.code());
    if (report.summary() != null) {
      item.put("abstract", report.summary().in(lang));
    }
    return JSON.writeValueAsString(List.of(item)) + "\n";
  }

  /**
   * The CSL locales the class path has, listed once and only for a language none of whose own codes
   * has a file: citeproc-java lists them by reading the whole jar (0.6 s) on every call.
   */
  private static final class CslLocales {
    static final Set<String> SUPPORTED = supported();

    private static Set<String> supported() {
      try {
        return Set.copyOf(CSL.getSupportedLocales());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
