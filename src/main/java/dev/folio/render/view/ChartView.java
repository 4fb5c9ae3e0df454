package dev.folio.render.view;

import java.util.List;

/**
 * A chart ready to place: its SVG in a wide and a narrow layout (markup Folio drew and escaped
 * itself), the same information as a table, where the data comes from, and the downloads; where it
 * draws values revised since its report was published, the note that says so and links to the
 * report's Changes page ({@code revisions}, else null).
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
    NavLink revisions) {}
