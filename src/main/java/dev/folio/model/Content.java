package dev.folio.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One report of a site as loaded, sorted for deterministic output: the site's configuration, the
 * report (its slug, metadata and extensions' settings), its pages, the data tables it sees (its
 * own, the site's shared ones, and any that extensions computed), the site's interface strings per
 * language folder, its charts in file order, the files of the site's {@code static/} by their path
 * in the site, and the names of the embeds its extensions declare ({@code ```calculator}), which
 * its pages were read with. A site that publishes one report at its root has one of these; a site
 * of several reports, one per report ({@link Site}).
 *
 * @param slug the report's folder, which its addresses start with; empty at the site's root
 * @param report the report's metadata, or null for a site at its root that is not a report
 * @param extensions the extensions that compute the report's content, with their settings
 * @param siteTables the names of the tables that are the site's, shared by its reports (their
 *     downloads are the site's); a report's own table of the same name is the report's
 * @param history what changed in the report's data since it was published ({@link History#NONE}
 *     outside git)
 * @param unread what of the report's sources did not load or compute ({@link Unread#NONE} in a
 *     build that goes on to render), which the checks say nothing about
 */
public record Content(
    SiteConfig config,
    String slug,
    Report report,
    Map<String, SiteConfig.ExtensionSettings> extensions,
    List<Page> pages,
    Map<String, DataTable> tables,
    Set<String> siteTables,
    Map<String, InterfaceStrings> strings,
    List<ChartSpec> charts,
    Set<String> staticFiles,
    Set<String> extensionEmbeds,
    History history,
    Unread unread) {
  public Content {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(slug, "slug");
    extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    List<Language> order = config.languages();
    pages =
        pages instanceof PageList sorted
            ? sorted
            : PageList.of(
                pages.stream()
                    .sorted(
                        Comparator.comparingInt((Page page) -> order.indexOf(page.lang()))
                            .thenComparingInt(Page::order)
                            .thenComparing(Page::key))
                    .toList());
    tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    siteTables = Collections.unmodifiableSet(new TreeSet<>(siteTables));
    strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    charts = List.copyOf(charts);
    staticFiles = Collections.unmodifiableSet(new TreeSet<>(staticFiles));
    extensionEmbeds = Collections.unmodifiableSet(new TreeSet<>(extensionEmbeds));
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(unread, "unread");
  }

  /** The site's languages, in order. */
  public List<Language> languages() {
    return config.languages();
  }

  /** The same content with the tables extensions computed added, everything else kept. */
  public Content withTables(Map<String, DataTable> tables) {
    return new Content(
        config,
        slug,
        report,
        extensions,
        pages,
        tables,
        siteTables,
        strings,
        charts,
        staticFiles,
        extensionEmbeds,
        history,
        unread);
  }

  /** The same content, with what of it did not load or compute. */
  public Content withUnread(Unread unread) {
    return new Content(
        config,
        slug,
        report,
        extensions,
        pages,
        tables,
        siteTables,
        strings,
        charts,
        staticFiles,
        extensionEmbeds,
        history,
        unread);
  }

  /** The same content with its history read. */
  public Content withHistory(History history) {
    return new Content(
        config,
        slug,
        report,
        extensions,
        pages,
        tables,
        siteTables,
        strings,
        charts,
        staticFiles,
        extensionEmbeds,
        history,
        unread);
  }

  /**
   * Where a table's downloads are: {@code data/NAME} for the site's tables and those of the report
   * at its root, {@code data/SLUG/NAME} for a report's own (add {@code .csv} or {@code .json}).
   */
  public String downloadPath(String table) {
    return "data/" + (slug.isEmpty() || siteTables.contains(table) ? "" : slug + "/") + table;
  }

  public Optional<ChartSpec> chart(String id) {
    return charts.stream().filter(chart -> chart.id().equals(id)).findFirst();
  }

  public List<Page> pages(Language lang) {
    return ((PageList) pages).of(lang);
  }

  public Optional<Page> page(Language lang, String key) {
    return ((PageList) pages).find(lang, key);
  }

  /**
   * What a page's embeds read: the charts it places, the tables it and they show with every table
   * those name (a chart's table, the tables its settings name, the tables a column refers to),
   * transitively, by name, and the extension embeds it places; its notes' included.
   */
  public record PageEmbeds(List<ChartSpec> charts, List<String> tables, Set<String> extensions) {
    /**
     * The values these read: the charts, {@code content}'s tables of these names with their
     * histories and the extensions' embed types of these names in {@code embedTypes}.
     */
    public List<Object> values(Content content, Map<String, ?> embedTypes) {
      List<Object> values = new ArrayList<>(charts);
      for (String name : tables) {
        values.add(content.tables().get(name));
        // A table shows its revisions since its report was published.
        values.add(content.history().table(name));
      }
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

  /**
   * What drawing or showing {@code chart} reads of the report's data: the chart, the table it draws
   * and the tables its settings name, with every table those refer to, transitively, and each
   * table's history (as {@link PageEmbeds#values}); not the other charts and tables.
   */
  public List<Object> chartReads(ChartSpec chart) {
    Set<String> names = new TreeSet<>();
    addTable(chart.table(), names);
    chart.settings().values().forEach(setting -> addTable(setting.value(), names));
    return new PageEmbeds(List.of(chart), List.copyOf(names), Set.of()).values(this, Map.of());
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
