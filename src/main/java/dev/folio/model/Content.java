package dev.folio.model;

import dev.folio.config.SiteConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything loaded from a project, sorted for deterministic output: its configuration, pages,
 * data tables (with any that extensions computed), interface strings per language folder, the
 * charts of {@code content/charts.yaml} in file order (none without that file), the files of
 * {@code static/} by their path in the site, and the names of the embeds the enabled extensions
 * add ({@code ```calculator}; none until they have run).
 */
public record Content(SiteConfig config, List<Page> pages, Map<String, DataTable> tables,
    Map<String, InterfaceStrings> strings, List<ChartSpec> charts, Set<String> staticFiles,
    Set<String> extensionEmbeds) {
  public Content {
    Objects.requireNonNull(config, "config");
    List<Language> order = config.languages();
    pages = pages.stream()
        .sorted(Comparator.comparingInt((Page page) -> order.indexOf(page.lang()))
            .thenComparingInt(Page::order).thenComparing(Page::key))
        .toList();
    tables = java.util.Collections.unmodifiableMap(new TreeMap<>(tables));
    strings = java.util.Collections.unmodifiableMap(new TreeMap<>(strings));
    charts = List.copyOf(charts);
    staticFiles = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(staticFiles));
    extensionEmbeds = java.util.Collections.unmodifiableSet(
        new java.util.TreeSet<>(extensionEmbeds));
  }

  /** The site's languages, in order. */
  public List<Language> languages() {
    return config.languages();
  }

  /** The same content with the tables and embeds extensions added, everything else kept. */
  public Content withExtensions(Map<String, DataTable> tables, Set<String> embeds) {
    return new Content(config, pages, tables, strings, charts, staticFiles, embeds);
  }

  /** What a fenced block's info string places, among this site's embeds. */
  public Optional<Embed> embed(String info) {
    return Embed.parse(info, extensionEmbeds);
  }

  public Optional<ChartSpec> chart(String id) {
    return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
  }

  public List<Page> pages(Language lang) {
    return pages.stream().filter(page -> page.lang().equals(lang)).toList();
  }

  public Optional<Page> page(Language lang, String key) {
    return pages.stream().filter(p -> p.lang().equals(lang) && p.key().equals(key)).findFirst();
  }

  /** The interface strings of a language. */
  public InterfaceStrings strings(Language lang) {
    InterfaceStrings these = strings.get(lang.folder());
    if (these == null) {
      throw new IllegalStateException("no interface strings for " + lang.folder());
    }
    return these;
  }
}
