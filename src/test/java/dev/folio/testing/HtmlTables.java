package dev.folio.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A table's body rows as a reader takes them: a cell that spans rows ({@code rowspan}, the heading
 * of a group of rows) is in each of them, at its column.
 */
public final class HtmlTables {
  private HtmlTables() {}

  /**
   * Every body row of {@code table} (a table or what holds one), each its cells' elements, spanning
   * cells repeated.
   */
  public static List<List<Element>> rows(Element table) {
    List<List<Element>> rows = new ArrayList<>();
    for (Element body : table.select("tbody")) {
      Map<Integer, Element> carried = new HashMap<>();
      Map<Integer, Integer> left = new HashMap<>();
      for (Element tr : body.select("> tr")) {
        List<Element> row = new ArrayList<>();
        Iterator<Element> own = tr.select("> th, > td").iterator();
        for (int column = 0; own.hasNext() || left.getOrDefault(column, 0) > 0; column++) {
          if (left.getOrDefault(column, 0) > 0) {
            row.add(carried.get(column));
            left.merge(column, -1, Integer::sum);
            continue;
          }
          Element cell = own.next();
          row.add(cell);
          int span = cell.hasAttr("rowspan") ? Integer.parseInt(cell.attr("rowspan")) : 1;
          if (span > 1) {
            carried.put(column, cell);
            left.put(column, span - 1);
          }
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
