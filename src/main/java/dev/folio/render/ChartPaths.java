package dev.folio.render;

import dev.folio.model.Language;
import dev.folio.model.Page;

/**
 * Where a chart's own page and images are: {@code FOLDER/[SLUG/]charts/ID/} holds the page, {@code
 * ID.svg} and {@code ID.png}, and {@code embed/}, the page an {@code iframe} shows.
 */
public final class ChartPaths {
  /** The folder of a report's chart pages, under its language's folder. */
  public static final String FOLDER = "charts";

  private ChartPaths() {}

  /** The key of a chart's page among the report's pages: {@code charts/ID}. */
  public static String key(String id) {
    return FOLDER + "/" + id;
  }

  /** The chart's page, as a site path: {@code zh/SLUG/charts/ID/}. */
  public static String pagePath(Language lang, String slug, String id) {
    return Page.sitePath(lang, slug, key(id));
  }

  /** The chart's embed page: {@code zh/SLUG/charts/ID/embed/}. */
  public static String embedPath(Language lang, String slug, String id) {
    return pagePath(lang, slug, id) + "embed/";
  }

  /** The chart's image of a format ({@code svg}, {@code png}): {@code zh/SLUG/charts/ID/ID.png}. */
  public static String imagePath(Language lang, String slug, String id, String extension) {
    return pagePath(lang, slug, id) + id + "." + extension;
  }
}
