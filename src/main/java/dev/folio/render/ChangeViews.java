package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.Change;
import dev.folio.model.ChartSpec;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Embed;
import dev.folio.model.History;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Value;
import dev.folio.render.view.ChangesView;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds what a report's Changes page and feed show in one language: each commit's changes to the
 * report's data since it was published, with links to the rows on the pages that show the tables.
 */
public final class ChangeViews {
  private final Content content;
  private final Language lang;
  private final Function<String, String> strings;
  private final Formats formats;
  private final TableViews tables;
  private final Map<String, String> tablePages = new LinkedHashMap<>();

  /**
   * @param strings the language's interface string of a key
   */
  ChangeViews(Content content, Language lang, Function<String, String> strings) {
    this.content = content;
    this.lang = lang;
    this.strings = strings;
    this.formats = new Formats(lang, strings);
    this.tables = new TableViews(content, lang, strings);
    for (Page page : content.pages()) {
      if (page.lang().equals(lang)) {
        for (Embed embed : page.embeds()) {
          shownBy(embed).ifPresent(table -> tablePages.putIfAbsent(table, page.sitePath()));
        }
      }
    }
  }

  /** The table an embed shows: a table's, or a chart's. */
  private Optional<String> shownBy(Embed embed) {
    return switch (embed.kind()) {
      case TABLE -> Optional.of(embed.name());
      case CHART ->
          content.charts().stream()
              .filter(chart -> chart.id().equals(embed.name()))
              .map(ChartSpec::table)
              .findFirst();
      default -> Optional.empty();
    };
  }

  /**
   * The Changes page's view; its links are relative to {@code root} (from the page to the site's
   * root). Only a report with history has one.
   */
  public ChangesView view(String root) {
    History history = content.history();
    List<ChangesView.Entry> entries = new ArrayList<>();
    String commit = "";
    List<ChangesView.Item> items = null;
    for (Change change : history.changes()) {
      if (items == null || !Objects.equals(commit, change.commit())) {
        commit = change.commit();
        items = new ArrayList<>();
        entries.add(
            new ChangesView.Entry(
                "change-" + (change.uncommitted() ? "uncommitted" : change.commit()),
                when(change),
                change.uncommitted()
                    ? null
                    : change.time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                change.commit(),
                change.uncommitted() ? null : change.reason(),
                items));
      }
      items.add(item(change, root));
    }
    return new ChangesView(
        formats.longDate(history.baseline().date()),
        history.baseline().commit(),
        "feed.xml",
        entries);
  }

  /** When a change was made: its day, or "not yet committed". */
  String when(Change change) {
    return change.uncommitted()
        ? strings.apply("revisions.uncommitted")
        : formats.longDate(change.date());
  }

  /** One change, described, with a link to where it shows. */
  ChangesView.Item item(Change change, String root) {
    DataTable table = content.tables().get(change.table());
    String page = tablePages.get(change.table());
    boolean rowThere = change.row() != null && table.row(change.row()).isPresent();
    String href =
        page == null
            ? root + content.downloadPath(change.table()) + ".history.csv"
            : root
                + page
                + "#"
                + (rowThere
                    ? TableRevisions.rowAnchor(table.name(), change.row())
                    : Embed.tableAnchor(table.name()));
    String kind =
        switch (change.kind()) {
          case ADDED -> "changes.added";
          case REMOVED -> "changes.removed";
          case REVISED -> "changes.revised";
          case TABLE -> "changes.table";
        };
    Column column =
        change.field() == null
            ? null
            : table.columns().stream()
                .filter(c -> c.key().equals(change.field()))
                .findFirst()
                .orElse(null);
    return new ChangesView.Item(
        strings.apply(kind),
        table.title().in(lang),
        href,
        change.row() == null ? null : rowLabel(table, change.row()),
        change.field() == null ? null : column == null ? change.field() : column.label().in(lang),
        change.kind() == Change.Kind.REVISED ? shown(change.before(), column) : null,
        change.kind() == Change.Kind.REVISED ? shown(change.after(), column) : null);
  }

  /**
   * A row as readers know it: its first column (with the second, where the first names another
   * table's row: "OpenAI · GPT-4"), or its id if it is gone.
   */
  private String rowLabel(DataTable table, String id) {
    int columns = table.columns().get(0).ref() != null ? Math.min(2, table.columns().size()) : 1;
    return table
        .row(id)
        .map(
            row ->
                table.columns().subList(0, columns).stream()
                    .map(
                        column ->
                            row.value(column.key())
                                .map(value -> tables.historicDisplay(value, column))
                                .orElse(""))
                    .filter(text -> !text.isEmpty())
                    .reduce((a, b) -> a + " · " + b)
                    .orElse(id))
        .orElse(id);
  }

  private String shown(Value value, Column column) {
    if (value == null) {
      return "—";
    }
    if (column == null) {
      // A column since removed: as a plain value.
      return formats.value(value, Column.Format.TEXT);
    }
    return tables.historicDisplay(value, column);
  }
}
