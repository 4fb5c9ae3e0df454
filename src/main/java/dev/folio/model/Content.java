package dev.folio.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything loaded from the source folder, sorted for deterministic output. {@code charts}
 * are the charts of {@code content/charts.yaml}, in file order (none without that file).
 */
public record Content(List<Page> pages, Map<String, DataTable> tables,
    Map<Lang, InterfaceStrings> strings, List<ChartSpec> charts) {
  public Content {
    pages = pages.stream()
        .sorted(Comparator.comparing(Page::lang).thenComparingInt(Page::order)
            .thenComparing(Page::key))
        .toList();
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    strings = Map.copyOf(strings);
    charts = List.copyOf(charts);
  }

  /** Content without charts. */
  public Content(List<Page> pages, Map<String, DataTable> tables,
      Map<Lang, InterfaceStrings> strings) {
    this(pages, tables, strings, List.of());
  }

  /** The same content with other tables (e.g. computed ones added), everything else kept. */
  public Content withTables(Map<String, DataTable> tables) {
    return new Content(pages, tables, strings, charts);
  }

  public Optional<ChartSpec> chart(String id) {
    return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
  }

  public List<Page> pages(Lang lang) {
    return pages.stream().filter(page -> page.lang() == lang).toList();
  }

  public Optional<Page> page(Lang lang, String key) {
    return pages.stream().filter(p -> p.lang() == lang && p.key().equals(key)).findFirst();
  }
}
