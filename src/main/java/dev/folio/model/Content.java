package dev.folio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything loaded from a project, sorted for deterministic output: its configuration, pages, data
 * tables (with any that extensions computed), interface strings per language folder, the charts of
 * {@code content/charts.yaml} in file order (none without that file), the files of {@code static/}
 * by their path in the site, and the names of the embeds the enabled extensions declare ({@code
 * ```calculator}), which pages were read with.
 */
public record Content(
    SiteConfig config,
    List<Page> pages,
    Map<String, DataTable> tables,
    Map<String, InterfaceStrings> strings,
    List<ChartSpec> charts,
    Set<String> staticFiles,
    Set<String> extensionEmbeds) {
  public Content {
    Objects.requireNonNull(config, "config");
    List<Language> order = config.languages();
    pages =
        pages.stream()
            .sorted(
                Comparator.comparingInt((Page page) -> order.indexOf(page.lang()))
                    .thenComparingInt(Page::order)
                    .thenComparing(Page::key))
            .toList();
    tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    charts = List.copyOf(charts);
    staticFiles = Collections.unmodifiableSet(new TreeSet<>(staticFiles));
    extensionEmbeds = Collections.unmodifiableSet(new TreeSet<>(extensionEmbeds));
  }

  /** The site's languages, in order. */
  public List<Language> languages() {
    return config.languages();
  }

  /** The same content with the tables extensions computed added, everything else kept. */
  public Content withTables(Map<String, DataTable> tables) {
    return new Content(config, pages, tables, strings, charts, staticFiles, extensionEmbeds);
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

  /**
   * What a page's embeds read: the charts it places, the tables it and they show with every table
   * those name (a chart's table, the tables its settings name, the tables a column refers to),
   * transitively, by name, and the extension embeds it places; its notes' included.
   */
  public record PageEmbeds(List<ChartSpec> charts, List<String> tables, Set<String> extensions) {
    /**
     * The values these read: the charts, {@code content}'s tables of these names and the
     * extensions' embed types of these names in {@code embedTypes}.
     */
    public List<Object> values(Content content, Map<String, ?> embedTypes) {
      List<Object> values = new ArrayList<>(charts);
      tables.forEach(name -> values.add(content.tables().get(name)));
      extensions.forEach(name -> values.add(embedTypes.get(name)));
      return values;
    }
  }

  /** What {@code page}'s embeds read; see {@link PageEmbeds}. */
  public PageEmbeds embedsOf(Page page) {
    List<ChartSpec> placed = new ArrayList<>();
    Set<String> names = new TreeSet<>();
    Set<String> extensions = new TreeSet<>();
    for (Embed embed : page.embeds()) {
      switch (embed.kind()) {
        case TABLE -> addTable(embed.name(), names);
        case CHART ->
            chart(embed.name())
                .ifPresent(
                    chart -> {
                      placed.add(chart);
                      addTable(chart.table(), names);
                      chart
                          .settings()
                          .values()
                          .forEach(setting -> addTable(setting.value(), names));
                    });
        case EXTENSION -> extensions.add(embed.name());
        case NOTE -> {}
      }
    }
    return new PageEmbeds(placed, List.copyOf(names), extensions);
  }

  private void addTable(String name, Set<String> names) {
    DataTable table = tables.get(name);
    if (table != null && names.add(name)) {
      table.columns().stream()
          .map(Column::ref)
          .filter(Objects::nonNull)
          .forEach(ref -> addTable(ref, names));
    }
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
