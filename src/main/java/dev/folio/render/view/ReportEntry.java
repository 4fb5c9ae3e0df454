package dev.folio.render.view;

/**
 * A report as the site's home and its series' pages list it.
 *
 * @param href its cover, relative to the listing page
 * @param series its series' name, or null
 * @param seriesHref its series' page, or null
 * @param number its number in its series as printed, or null
 * @param date its date as the language writes it
 * @param isoDate the same date as {@code YYYY-MM-DD}
 * @param summary its abstract, or null
 * @param superseded whether a newer edition replaces it
 */
public record ReportEntry(
    String title,
    String href,
    String series,
    String seriesHref,
    String number,
    String date,
    String isoDate,
    String summary,
    boolean superseded) {}
