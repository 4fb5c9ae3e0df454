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
              true));
    }
    return cells;
  }

  private TableView.CellView cell(
      Row row, Column column, boolean header, List<TableView.Footnote> footnotes) {
    boolean numeric = formats.isNumeric(column.format());
    String text = row.value(column.key()).map(v -> display(v, column)).orElse("");
    Correction correction = row.corrections().get(column.key());
    if (correction == null) {
      return new TableView.CellView(text, numeric, null, null, header);
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
    return new TableView.CellView(text, numeric, corrected, number, header);
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
