package dev.folio.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Everything loaded from the source folder, sorted for deterministic output. */
public record Content(List<Page> pages, Map<String, DataTable> tables,
    Map<Lang, InterfaceStrings> strings) {
  public Content {
    pages = pages.stream()
        .sorted(Comparator.comparing(Page::lang).thenComparingInt(Page::order)
            .thenComparing(Page::key))
        .toList();
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    strings = Map.copyOf(strings);
  }

  public List<Page> pages(Lang lang) {
    return pages.stream().filter(page -> page.lang() == lang).toList();
  }

  public Optional<Page> page(Lang lang, String key) {
    return pages.stream().filter(p -> p.lang() == lang && p.key().equals(key)).findFirst();
  }
}
