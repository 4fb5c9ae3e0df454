package dev.folio.render.view;

import java.util.List;

/**
 * A data table ready to print, with its errata as footnotes and its provenance.
 *
 * @param label its number as the page shows it ({@code Table 3}, {@code 表3}), or null
 */
public record TableView(
    String name,
    String anchor,
    String title,
    String description,
    List<Header> headers,
    List<List<CellView>> rows,
    List<Footnote> footnotes,
    List<SourceView> sources,
    String asOf,
    String provenanceNote,
    String jsonHref,
    String csvHref,
    String label) {

  /** A column heading; numeric columns are right-aligned. */
  public record Header(String label, String unit, boolean numeric) {}

  /**
   * A cell: the published value, and where a source corrects it, the corrected value and the number
   * of the footnote that explains it.
   */
  public record CellView(
      String text, boolean numeric, String corrected, Integer footnote, boolean header) {}

  /** A note or an erratum under the table. */
  public record Footnote(
      int number,
      String text,
      String published,
      String corrected,
      SourceView source,
      String confidence) {}
}
