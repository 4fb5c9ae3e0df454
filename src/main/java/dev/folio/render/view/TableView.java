package dev.folio.render.view;

import java.util.List;

/**
 * A data table ready to print, with its errata as footnotes, its provenance and, where its data
 * changed since its report was published, its revisions ({@code revisions}, else null).
 *
 * @param label its number as the page shows it ({@code Table 3}, {@code 表3}), or null
 * @param rows every row, each with all its cells (the PDF edition prints these)
 * @param groups the same rows as the page shows them: in groups, rows that repeat one label in
 *     their first cell sharing it ({@link RowGroup})
 */
public record TableView(
    String name,
    String anchor,
    String title,
    String description,
    List<Header> headers,
    List<RowView> rows,
    List<RowGroup> groups,
    List<Footnote> footnotes,
    List<SourceView> sources,
    String asOf,
    String provenanceNote,
    String jsonHref,
    String csvHref,
    String label,
    RevisionsView revisions) {

  /** A column heading; numeric columns are right-aligned. */
  public record Header(String label, String unit, boolean numeric) {}

  /**
   * A row: its cells and, where its table has a history, its anchor ({@code row-TABLE-ID}, which
   * the Changes page links to; null for a row without id) and, for a row added since the report,
   * when it was ("Added 1 June 2024"; else null).
   */
  public record RowView(String anchor, String added, List<CellView> cells) {
    /** A row with neither anchor nor mark. */
    public RowView(List<CellView> cells) {
      this(null, null, cells);
    }
  }

  /**
   * Rows that go together: with a {@code label}, consecutive rows whose first cells were all that
   * label, which the page shows once for the group ({@code <th scope="rowgroup">}), each row's
   * cells following it with the second cell as the row's own heading (and the mark of the row's
   * note, if it has one); without, rows as they are.
   */
  public record RowGroup(CellView label, List<RowView> rows) {}

  /**
   * A cell: the published value, and where a source corrects it, the corrected value and the number
   * of the footnote that explains it; where the value was revised since the report, its value as
   * published ({@code asPublished}) and the number of the note that says when and why (else both
   * null); where the value is a web address, the same as a link ({@code href}, else null).
   */
  public record CellView(
      String text,
      boolean numeric,
      String corrected,
      Integer footnote,
      boolean header,
      String asPublished,
      Integer revision,
      String href) {
    /** A cell that was not revised since the report. */
    public CellView(
        String text, boolean numeric, String corrected, Integer footnote, boolean header) {
      this(text, numeric, corrected, footnote, header, null, null, null);
    }

    /** The same cell as a heading (or not), with the mark of another note (or none). */
    public CellView with(boolean isHeader, Integer note) {
      return new CellView(text, numeric, corrected, note, isHeader, asPublished, revision, href);
    }
  }

  /**
   * What changed in the table since its report was published.
   *
   * @param counts how much changed and when last, each a label and a value ("Values revised", "3")
   * @param changesHref the report's Changes page
   * @param historyHref the table's history as CSV
   * @param notes a note per revised value, numbered after the table's footnotes, as its cells refer
   *     to them
   */
  public record RevisionsView(
      List<Count> counts, String changesHref, String historyHref, List<RevisionNote> notes) {}

  /** A label and its value. */
  public record Count(String label, String value) {}

  /**
   * A revised value: as published, as it is now, when ("1 June 2024"; "not yet committed" for an
   * edit of the working copy) and why it last changed.
   */
  public record RevisionNote(
      int number, String published, String current, String when, String reason) {}

  /** A note or an erratum under the table. */
  public record Footnote(
      int number,
      String text,
      String published,
      String corrected,
      SourceView source,
      String confidence) {}
}
