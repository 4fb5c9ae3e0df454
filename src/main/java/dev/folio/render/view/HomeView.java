package dev.folio.render.view;

import java.util.List;

/**
 * The home page of a site of several reports ({@code home}): every report, newest first, and the
 * series.
 */
public record HomeView(List<ReportEntry> reports, List<SeriesEntry> series) {
  /**
   * A series: its page and its latest report.
   *
   * @param count how many reports it holds
   */
  public record SeriesEntry(String name, String href, int count, ReportEntry latest) {}
}
