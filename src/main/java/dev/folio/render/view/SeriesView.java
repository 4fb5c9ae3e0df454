package dev.folio.render.view;

import java.util.List;

/**
 * A series' page ({@code series}): its reports, newest first, and the stable address of its latest
 * one.
 */
public record SeriesView(String name, List<ReportEntry> reports, String latestHref) {}
