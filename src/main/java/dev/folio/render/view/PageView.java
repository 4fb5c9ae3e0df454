package dev.folio.render.view;

import java.util.List;

/**
 * One page as its template sees it. {@code root} is the relative path back to the site root ({@code
 * ../../}), so every link works under any base URL.
 *
 * @param lang the language's folder ({@code zh})
 * @param htmlLang the language's BCP 47 code ({@code zh-CN})
 * @param dir which way its text runs: {@code rtl} (Arabic…) or {@code ltr}
 * @param languages the same page in every other language of the site, in the site's order
 * @param nav the language's navigation as this page shows it (bounded, its section expanded)
 * @param previous the page before this one in reading order, or null
 * @param next the page after it, or null
 * @param report the published work, for the cover (on the home page) and the footer; null for a
 *     site that is not a report
 * @param reportLink in a site of several reports, the cover of the page's report (the header shows
 *     it); null otherwise
 * @param edition where the page's report stands among its editions, or null
 * @param pdf the PDF edition of the page's report in its language, or null for none
 * @param meta what the page tells the sites it is shared on, and indexes of scholarly works
 * @param howToCite on a report's cover, how to cite it; null elsewhere
 * @param changes the report's Changes page (the footer links to it, the head to its feed); null for
 *     a report whose history was not read
 */
public record PageView(
    String lang,
    String htmlLang,
    String dir,
    String siteTitle,
    String title,
    String description,
    Integer section,
    String bodyHtml,
    String root,
    String canonical,
    List<Alternate> alternates,
    List<LanguageLink> languages,
    NavView nav,
    NavLink previous,
    NavLink next,
    boolean home,
    ReportView report,
    NavLink reportLink,
    EditionView edition,
    PdfLink pdf,
    MetaView meta,
    CiteView howToCite,
    NavLink changes) {}
