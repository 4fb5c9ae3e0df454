package dev.folio.render.view;

import java.util.List;

/**
 * A chart ready to place: its SVG in a wide and a narrow layout (markup Folio drew and escaped
 * itself), the same information as a table, where the data comes from, and the downloads; where it
 * draws values revised since its report was published, the note that says so and links to the
 * report's Changes page ({@code revisions}, else null); where it leaves rows out (a figure not
 * disclosed, or not given), the sentences that say how many, which and why ({@code omitted}, else
 * empty).
 *
 * @param label its number as the page shows it ({@code Figure 2}, {@code 图2}), or null
 * @param pageHref the chart's own page (the chart, its data, its images and an embed)
 * @param svgHref its SVG image, with its title, source and licence
 * @param pngHref its PNG image, or null for a site without images
 */
public record ChartView(
    String anchor,
    String title,
    String description,
    String wideSvgHtml,
    String narrowSvgHtml,
    List<TableView.Header> headers,
    List<TableView.RowView> rows,
    List<SourceView> sources,
    String asOf,
    String tableTitle,
    String jsonHref,
    String csvHref,
    String label,
    String pageHref,
    String svgHref,
    String pngHref,
    NavLink revisions,
    List<String> omitted) {
  public ChartView {
    omitted = List.copyOf(omitted);
  }
}
