package dev.folio.render.view;

import java.util.List;

/**
 * A report's Changes page ({@code changes} in {@code changes.ftlh}): what changed in its data since
 * it was published, commit by commit, newest first.
 *
 * @param published the day the report's data was published (its baseline commit's)
 * @param baseline the baseline commit's abbreviated id
 * @param feedHref the page's Atom feed
 * @param entries one per commit (edits not yet committed first), newest first
 */
public record ChangesView(String published, String baseline, String feedHref, List<Entry> entries) {

  /**
   * The changes of one commit.
   *
   * @param anchor the entry's id in the page ({@code change-COMMIT}, {@code change-uncommitted})
   * @param when its day, or "not yet committed"
   * @param datetime when, as ISO 8601 ({@code 2024-06-01T09:30:00+08:00}); null for edits not yet
   *     committed
   * @param commit the commit's abbreviated id; null for edits not yet committed
   * @param reason why (the commit's {@code Folio-Reason:} or subject); null for edits not yet
   *     committed
   * @param items what it changed, table by table
   */
  public record Entry(
      String anchor,
      String when,
      String datetime,
      String commit,
      String reason,
      List<Item> items) {}

  /**
   * One change: a row added or removed, a value revised, or a table revised as a whole.
   *
   * @param kind what happened, in words ("Value revised")
   * @param table the table's title
   * @param href where the table (its row, if it is still there) is shown, or its history download
   *     for a table no page shows
   * @param row the row, by its first column (or its id, for a row that is gone); null for a table
   * @param field the revised column's label; null unless a value was revised
   * @param before the value before; null unless a value was revised
   * @param after the value after; null unless a value was revised
   */
  public record Item(
      String kind,
      String table,
      String href,
      String row,
      String field,
      String before,
      String after) {}
}
