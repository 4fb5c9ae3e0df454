package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.Embed;
import dev.folio.model.Language;
import dev.folio.model.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The numbers of a report's tables and figures (its charts): each counted where it is first placed
 * in reading order, the first language's pages first, so a table has the same number in every
 * language, on the web pages and in the PDF edition. A table placed twice keeps its number.
 */
final class Numbering {
  private final Map<String, Integer> tables = new LinkedHashMap<>();
  private final Map<String, Integer> charts = new LinkedHashMap<>();

  /**
   * @param pages each language's pages in reading order, the languages in the site's order
   */
  Numbering(List<List<Page>> pages) {
    for (List<Page> language : pages) {
      for (Page page : language) {
        for (Embed embed : page.embeds()) {
          if (embed.kind() == Embed.Kind.TABLE) {
            tables.putIfAbsent(embed.name(), tables.size() + 1);
          } else if (embed.kind() == Embed.Kind.CHART) {
            charts.putIfAbsent(embed.name(), charts.size() + 1);
          }
        }
      }
    }
  }

  /** The number of a table, or null if no page places it. */
  Integer table(String name) {
    return tables.get(name);
  }

  /** The number of a chart, or null if no page places it. */
  Integer chart(String id) {
    return charts.get(id);
  }

  /** The charts in the order of their numbers. */
  List<String> charts() {
    return List.copyOf(charts.keySet());
  }

  /** What a page's body reads of the numbering: the number of each table and chart it places. */
  List<Object> of(Page page) {
    List<Object> numbers = new ArrayList<>();
    for (Embed embed : page.embeds()) {
      if (embed.kind() == Embed.Kind.TABLE) {
        numbers.add("table " + embed.name() + " " + table(embed.name()));
      } else if (embed.kind() == Embed.Kind.CHART) {
        numbers.add("chart " + embed.name() + " " + chart(embed.name()));
      }
    }
    return numbers;
  }

  /**
   * A table's label in a language ({@code Table 3}, {@code 表3}) from the interface string {@code
   * table.number}; null for a table no page places.
   */
  String tableLabel(String name, Language lang, Function<String, String> strings) {
    return label(table(name), "table.number", lang, strings);
  }

  /** A chart's label ({@code Figure 2}, {@code 图2}), from {@code chart.number}. */
  String chartLabel(String id, Language lang, Function<String, String> strings) {
    return label(chart(id), "chart.number", lang, strings);
  }

  private static String label(
      Integer number, String key, Language lang, Function<String, String> strings) {
    if (number == null) {
      return null;
    }
    return strings
        .apply(key)
        .replace("{n}", new Formats(lang, strings).number(BigDecimal.valueOf(number)));
  }
}
