package dev.folio.render.view;

/**
 * A chart's own page ({@code chartPage} in {@code chart-page.ftlh}) and its embed page ({@code
 * chart-embed.ftlh}): the chart, its data as a table with its notes and errata, its images, and the
 * code that embeds it in another site.
 *
 * @param chart the chart as pages place it (its SVG, source, downloads)
 * @param table the table its data come from, as pages place it
 * @param placedIn the page of the report that places it (at the chart), or null if none does
 * @param embedHref the embed page, relative to this page
 * @param embedCode the HTML that embeds it in another page: an {@code iframe} of the embed page
 * @param pageUrl the chart's page as an address (absolute when the site's origin is known)
 * @param siteTitle the site's title in the page's language
 * @param lang the language's folder
 * @param htmlLang the language's BCP 47 code
 * @param dir which way its text runs: {@code rtl} or {@code ltr}
 * @param root the relative path back to the site's root
 */
public record ChartPageView(
    ChartView chart,
    TableView table,
    NavLink placedIn,
    String embedHref,
    String embedCode,
    String pageUrl,
    String siteTitle,
    String lang,
    String htmlLang,
    String dir,
    String root) {}
