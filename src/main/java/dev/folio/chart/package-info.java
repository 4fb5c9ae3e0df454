/**
 * Charts drawn at build time: scales (linear, log, band, time) with "nice" ticks, axes, bars,
 * lines, points, grid cells and annotations, written as deterministic SVG text. Pure: no files,
 * no templates, no model or render types. Every word a chart shows arrives already in the page's
 * language ({@link dev.folio.chart.Chart}); numbers on axes are formatted by a function
 * the caller passes in. {@link dev.folio.chart.ChartSvg} draws a chart in one of two
 * layouts, a wide one and a narrow one for phones.
 *
 * <p>Colours are never written into the SVG: marks carry {@code chart-*} classes that the
 * site's stylesheet colours, in light and dark mode. Text is measured with conservative
 * estimates of glyph widths ({@code TextMetrics}), so labels are wrapped or shortened rather
 * than overflow or collide.
 */
package dev.folio.chart;
