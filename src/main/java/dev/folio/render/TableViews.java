package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Embed;
import dev.folio.model.Language;
import dev.folio.model.LinkTarget;
import dev.folio.model.Page;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.Value;
import dev.folio.render.view.SourceView;
import dev.folio.render.view.TableView;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;

/** Builds the view of a data table in one language: formatted cells, errata, provenance. */
final class TableViews {
  private final Content content;
  private final Language lang;
  private final Formats formats;
  private final Function<String, String> strings;

  /**
   * @param strings the page language's interface string of a key
   */
  TableViews(Content content, Language lang, Function<String, String> strings) {
    this.content = content;
    this.lang = lang;
    this.formats = new Formats(lang, strings);
    this.strings = strings;
  }

  /**
   * @param root relative path from the page to the site root, for the download links
   */
  TableView view(DataTable table, String root) {
    return view(table, root, null);
  }

  /**
   * @param root relative path from the page to the site root, for the download links
   * @param label the table's number as the page shows it, or null
   */
  TableView view(DataTable table, String root, String label) {
    List<TableView.Header> headers =
        table.columns().stream()
            .map(
                c ->
                    new TableView.Header(
                        c.label().in(lang),
                        c.unit() == null ? null : c.unit().in(lang),
                        formats.isNumeric(c.format())))
            .toList();
    List<TableView.Footnote> footnotes = new ArrayList<>();
    List<List<TableView.CellView>> cells = new ArrayList<>();
    for (Row row : table.rows()) {
      cells.add(cells(row, table, footnotes));
    }
    TableRevisions revisions =
        new TableRevisions(
            table, content.history().table(table.name()).orElse(null), formats, strings);
    List<TableView.RevisionNote> notes = new ArrayList<>();
    List<TableView.RowView> rows =
        revisions.rows(cells, footnotes.size() + 1, notes, this::historicDisplay);
    String download = root + content.downloadPath(table.name());
    return new TableView(
        table.name(),
        Embed.tableAnchor(table.name()),
        table.title().in(lang),
        table.description() == null ? null : table.description().in(lang),
        headers,
        rows,
        groups(rows, n -> footnotes.get(n - 1).published() == null),
        footnotes,
        table.provenance().sources().stream().map(this::source).toList(),
        formats.date(table.provenance().asOf()),
        table.provenance().note() == null ? null : table.provenance().note().in(lang),
        download + ".json",
        download + ".csv",
        label,
        revisions.view(
            root + Page.sitePath(lang, content.slug(), Page.CHANGES),
            download + ".history.csv",
            notes));
  }

  /** A row's cells, its errata and note as footnotes. */
  private List<TableView.CellView> cells(
      Row row, DataTable table, List<TableView.Footnote> footnotes) {
    List<TableView.CellView> cells = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      cells.add(cell(row, table.columns().get(i), i == 0, footnotes));
    }
    if (row.note() != null) {
      int number = footnotes.size() + 1;
      footnotes.add(new TableView.Footnote(number, row.note().in(lang), null, null, null, null));
      TableView.CellView first = cells.get(0);
      cells.set(
          0,
          new TableView.CellView(
              first.text(),
              first.numeric(),
              first.corrected(),
              first.footnote() != null ? first.footnote() : number,
              true,
              null,
              null,
              first.href()));
    }
    return cells;
  }

  private TableView.CellView cell(
      Row row, Column column, boolean header, List<TableView.Footnote> footnotes) {
    boolean numeric = formats.isNumeric(column.format());
    String text = row.value(column.key()).map(v -> display(v, column)).orElse("");
    String href = !numeric && LinkTarget.isWebAddress(text) ? text : null;
    Correction correction = row.corrections().get(column.key());
    if (correction == null) {
      return new TableView.CellView(text, numeric, null, null, header, null, null, href);
    }
    String corrected = correction.value() == null ? null : display(correction.value(), column);
    int number = footnotes.size() + 1;
    footnotes.add(
        new TableView.Footnote(
            number,
            correction.note().in(lang),
            text,
            corrected,
            source(correction.source()),
            correction.confidence()));
    return new TableView.CellView(text, numeric, corrected, number, header, null, null, href);
  }

  /**
   * The rows in groups: a run of two or more rows that start with the same heading (with no
   * correction or revision of its own, none of them added since the report) becomes one group that
   * shows the heading once; the rows between runs stay together in groups without a label.
   *
   * @param rowNote whether a footnote is a row's note (its mark moves to the row's own heading)
   */
  static List<TableView.RowGroup> groups(List<TableView.RowView> rows, IntPredicate rowNote) {
    List<TableView.RowGroup> groups = new ArrayList<>();
    List<TableView.RowView> plain = new ArrayList<>();
    int start = 0;
    while (start < rows.size()) {
      int end = start + 1;
      while (end < rows.size() && sameLabel(rows.get(start), rows.get(end), rowNote)) {
        end++;
      }
      if (end - start < 2) {
        plain.add(rows.get(start));
      } else {
        if (!plain.isEmpty()) {
          groups.add(new TableView.RowGroup(null, List.copyOf(plain)));
          plain.clear();
        }
        List<TableView.RowView> grouped = new ArrayList<>();
        for (TableView.RowView row : rows.subList(start, end)) {
          List<TableView.CellView> cells =
              new ArrayList<>(row.cells().subList(1, row.cells().size()));
          // The row's own heading now: the group's heading's note mark, if it had one, moves
          // to it; a mark of its own (a correction's) stays.
          Integer note = row.cells().get(0).footnote();
          cells.set(0, cells.get(0).with(true, note != null ? note : cells.get(0).footnote()));
          grouped.add(new TableView.RowView(row.anchor(), row.added(), cells));
        }
        groups.add(new TableView.RowGroup(label(rows.get(start)), grouped));
      }
      start = end;
    }
    if (!plain.isEmpty() || groups.isEmpty()) {
      groups.add(new TableView.RowGroup(null, List.copyOf(plain)));
    }
    return groups;
  }

  /** Whether {@code next} repeats the heading {@code first} starts with, and both may share it. */
  private static boolean sameLabel(
      TableView.RowView first, TableView.RowView next, IntPredicate rowNote) {
    return groupable(first, rowNote)
        && groupable(next, rowNote)
        && label(first).equals(label(next));
  }

  /**
   * Whether a row's heading may be shown for a group: a heading whose only mark is the row's note,
   * which its second cell can take.
   */
  private static boolean groupable(TableView.RowView row, IntPredicate rowNote) {
    if (row.cells().size() < 3 || row.added() != null) {
      return false;
    }
    TableView.CellView label = row.cells().get(0);
    Integer note = label.footnote();
    return label.header()
        && !label.text().isBlank()
        && label.corrected() == null
        && label.revision() == null
        && (note == null || (rowNote.test(note) && row.cells().get(1).footnote() == null));
  }

  /** A row's heading without the mark of its note. */
  private static TableView.CellView label(TableView.RowView row) {
    return row.cells().get(0).with(true, null);
  }

  /**
   * A value the table held once, as shown: like a current one, but it may refer to a row that is
   * gone or hold a date the format no longer reads, and then shows as written.
   */
  String historicDisplay(Value value, Column column) {
    try {
      return display(value, column);
    } catch (DateTimeException e) {
      return formats.value(value, Column.Format.TEXT);
    }
  }

  /** A value as shown; a reference shows the referenced row's first column (or the id, if gone). */
  private String display(Value value, Column column) {
    if (column.ref() != null && value instanceof Value.Str id) {
      DataTable target = content.tables().get(column.ref());
      Column shown = target.columns().get(0);
      return target
          .row(id.value())
          .flatMap(referenced -> referenced.value(shown.key()))
          .map(v -> formats.value(v, shown))
          .orElse(id.value());
    }
    if (value instanceof Value.Str code && column.values().containsKey(code.value())) {
      return column.values().get(code.value()).in(lang);
    }
    return formats.value(value, column);
  }

  SourceView source(Source source) {
    return new SourceView(
        source.name().in(lang),
        LinkTarget.isWebAddress(source.url()) ? source.url() : null,
        source.date() == null ? null : formats.date(source.date()));
  }
}
