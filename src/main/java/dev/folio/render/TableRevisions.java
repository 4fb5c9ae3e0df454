package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.Change;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Row;
import dev.folio.model.TableHistory;
import dev.folio.model.Value;
import dev.folio.render.view.TableView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What a table's view shows of its revisions since its report was published, in one language: each
 * row's anchor, a mark on each row added, the published value beside each revised one with a note
 * that says when and why, and a line that counts them. A table without history shows none of it.
 */
final class TableRevisions {
  private final DataTable table;
  private final TableHistory history;
  private final Formats formats;
  private final Function<String, String> strings;

  /**
   * @param history the table's revisions; null where it has none (or no history was read)
   * @param strings the language's interface string of a key
   */
  TableRevisions(
      DataTable table, TableHistory history, Formats formats, Function<String, String> strings) {
    this.table = table;
    this.history = history;
    this.formats = formats;
    this.strings = strings;
  }

  /** The anchor of a row of a table whose data changed ({@code row-TABLE-ID}), else null. */
  static String rowAnchor(String table, String id) {
    return id == null ? null : "row-" + table + "-" + id;
  }

  /**
   * The rows with their anchors and marks, each revised cell with its published value and the
   * number of its note, numbered from {@code firstNote}; the notes are added to {@code notes}.
   *
   * @param display a value as its column shows it
   */
  List<TableView.RowView> rows(
      List<List<TableView.CellView>> cells,
      int firstNote,
      List<TableView.RevisionNote> notes,
      ValueDisplay display) {
    List<TableView.RowView> rows = new ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      Row row = table.rows().get(r);
      if (history == null || row.id() == null) {
        rows.add(new TableView.RowView(cells.get(r)));
        continue;
      }
      List<TableView.CellView> revised = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        Column column = table.columns().get(c);
        TableView.CellView cell = cells.get(r).get(c);
        var revision = history.revision(row.id(), column.key());
        if (revision.isEmpty()) {
          revised.add(cell);
          continue;
        }
        int number = firstNote + notes.size();
        Value published = revision.get().published();
        String asPublished = published == null ? "—" : display.of(published, column);
        Change latest = revision.get().latest();
        notes.add(
            new TableView.RevisionNote(
                number, asPublished, cell.text(), when(latest), latest.reason()));
        revised.add(
            new TableView.CellView(
                cell.text(),
                cell.numeric(),
                cell.corrected(),
                cell.footnote(),
                cell.header(),
                asPublished,
                number,
                cell.href()));
      }
      Change added = history.added().get(row.id());
      rows.add(
          new TableView.RowView(
              rowAnchor(table.name(), row.id()),
              added == null
                  ? null
                  : strings.apply("revisions.addedOn").replace("{date}", when(added)),
              revised));
    }
    return rows;
  }

  /** The line under the table that counts the revisions, with its links; null without any. */
  TableView.RevisionsView view(
      String changesHref, String historyHref, List<TableView.RevisionNote> notes) {
    if (history == null) {
      return null;
    }
    List<TableView.Count> counts = new ArrayList<>();
    count(counts, "revisions.added", history.added().size());
    count(counts, "revisions.revised", history.revisedValues());
    count(counts, "revisions.removed", history.removed().size());
    if (history.asAWhole()) {
      counts.add(new TableView.Count(strings.apply("revisions.whole"), null));
    }
    counts.add(
        new TableView.Count(strings.apply("revisions.latest"), formats.longDate(history.latest())));
    return new TableView.RevisionsView(counts, changesHref, historyHref, notes);
  }

  private void count(List<TableView.Count> counts, String key, int n) {
    if (n > 0) {
      counts.add(new TableView.Count(strings.apply(key), formats.count(BigDecimal.valueOf(n))));
    }
  }

  /** When a change was made: its date, or "not yet committed". */
  String when(Change change) {
    return change.uncommitted()
        ? strings.apply("revisions.uncommitted")
        : formats.longDate(change.date());
  }

  /** How a value shows in its column. */
  @FunctionalInterface
  interface ValueDisplay {
    String of(Value value, Column column);
  }
}
