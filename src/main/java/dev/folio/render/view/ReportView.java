package dev.folio.render.view;

import java.util.List;

/**
 * The published work in one language, for the cover and the footer.
 *
 * @param series the series it belongs to, or null
 * @param number its number in its series as printed, or null
 * @param date its date as the language writes it ({@code 2023年3月1日})
 * @param isoDate the same date as {@code YYYY-MM-DD}, for {@code <time datetime>}
 * @param citation the work cited in one line for the footer, from the theme's {@code footer.source}
 *     string
 */
public record ReportView(
    String title,
    String series,
    String number,
    List<Author> authors,
    String institution,
    String date,
    String isoDate,
    String citation) {
  /** An author, and the role printed beside the name (or null). */
  public record Author(String name, String role) {}
}
