/**
 * Charts drawn at build time, one class per kind of chart, with the scales, axes and legends the
 * kinds share, written as deterministic SVG text.
 *
 * <p><b>A kind in one place.</b> Each kind ({@link dev.folio.chart.BarsChart}, {@link
 * dev.folio.chart.DotsChart}, {@link dev.folio.chart.TimelineChart}, {@link
 * dev.folio.chart.GridChart}, {@link dev.folio.chart.HypeCycleChart}, {@link
 * dev.folio.chart.LinesChart}) extends {@link dev.folio.chart.ChartKind} and holds, in this order:
 * its code in {@code charts.yaml} with the fields it reads and its other settings; the records it
 * draws (a {@link dev.folio.chart.Chart}); its own checks, after the ones every kind shares ({@code
 * ChartChecks}); its view, which reads the chart's table into those records with every word in the
 * page's language ({@link dev.folio.chart.ChartData}); and its layout, one object per drawing whose
 * phases are named methods (measure, scale, axes, marks, labels, legend). {@link
 * dev.folio.chart.ChartKinds} registers the kinds, and the charts schema ({@code
 * dev/folio/schemas/charts.schema.json}) lists their codes and settings, which {@code
 * ChartKindsTest} holds to the kinds. A new kind is its class, a line in {@code ChartKinds} and its
 * settings in the schema.
 *
 * <p>{@code ChartKind} is an abstract class, not an interface, so that a kind's layout can stay
 * package-private: it draws into a {@code Canvas}, this package's own. A chart is drawn through its
 * record, whose {@code svg} hands it to its kind's layout with its type intact, so {@link
 * dev.folio.chart.ChartSvg} needs neither an if-chain nor a cast.
 *
 * <p><b>Shared pieces.</b> Scales (linear, log, band, time) with "nice" ticks; {@code Axes} (which
 * ticks fit, grid lines, tick labels, axis titles, for number and time axes); {@code Legend} (rows
 * of symbols, and the errata legend of published and corrected values); {@code Marks} (dots and the
 * arrows of corrections); {@code LabelPacking} and {@code Dodge}, which keep labels apart; {@code
 * TextMetrics}, conservative estimates of glyph widths, so that labels are wrapped or shortened
 * rather than overflow or collide.
 *
 * <p><b>Dependencies.</b> The package reads the model's records (a chart's spec, its table) and
 * formats values with {@link dev.folio.format.Formats}; the checker and the renderer call into it,
 * and nothing here knows files, templates or later stages. Colours are never written into the SVG:
 * marks carry {@code chart-*} classes that the site's stylesheet colours, in light and dark mode.
 */
package dev.folio.chart;
