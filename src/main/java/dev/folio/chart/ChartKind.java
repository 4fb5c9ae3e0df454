package dev.folio.chart;

import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import java.util.ArrayList;
import java.util.List;

/**
 * One kind of chart, in one class: what {@code charts.yaml} writes for it (its code, the fields it
 * reads and its other settings), its checks against the data it draws, its view (what a chart of
 * this kind shows of its table, in the page's language) and its layout. {@link ChartKinds} lists
 * the kinds; the charts schema lists their codes and settings.
 *
 * @param <C> the record a chart of this kind is drawn from
 */
public abstract class ChartKind<C extends Chart> {
  /** What a field a chart reads must hold. */
  public enum FieldType {
    ANY,
    NUMBER,
    DATE,
    CODES
  }

  /** A setting that names a field of the chart's table. */
  public record Role(String setting, FieldType type, boolean required) {}

  private final String code;
  private final List<Role> roles;
  private final List<String> options;

  ChartKind(String code, List<Role> roles, String... options) {
    this.code = code;
    this.roles = List.copyOf(roles);
    this.options = List.of(options);
  }

  /** The name written in charts.yaml. */
  public final String code() {
    return code;
  }

  /** The fields this kind reads, each named by a setting. */
  public final List<Role> roles() {
    return roles;
  }

  /** The settings other than fields that this kind reads (a row to highlight, a scale…). */
  public final List<String> options() {
    return options;
  }

  /** Every setting this kind reads: its fields' roles, then its options. */
  public final List<String> settings() {
    List<String> all = new ArrayList<>();
    roles.forEach(role -> all.add(role.setting()));
    all.addAll(options);
    return all;
  }

  /**
   * Adds to {@code problems} what is wrong with {@code chart}, a chart of this kind, against {@code
   * content}'s tables: settings it does not read, a missing table, missing fields or fields that do
   * not hold what they must, then what {@link #checkOptions} finds.
   */
  public final void check(ChartSpec chart, Content content, Problems problems) {
    new ChartChecks(content, problems).check(this, chart);
  }

  /** This kind's own checks of its options, once its fields are checked and its table exists. */
  void checkOptions(ChartSpec chart, DataTable table, ChartChecks checks) {}

  /**
   * Whether the number field {@code setting} names is drawn on a log scale: by the chart's {@code
   * scale}, for kinds with one number axis.
   */
  boolean log(ChartSpec chart, String setting) {
    return chart.value("scale", "linear").equals("log");
  }

  /**
   * What {@code chart} shows of {@code table}, every word in {@code data}'s language; the checker
   * has made sure that the fields it reads exist and hold what it needs.
   */
  public abstract C view(ChartSpec chart, DataTable table, ChartData data);

  /** Draws {@code chart} into {@code canvas}; returns the height it used. */
  abstract double draw(C chart, Canvas canvas);

  /** {@code chart} as one {@code <svg>} element, in {@code variant}'s layout. */
  final String svg(C chart, ChartSvg.Variant variant) {
    Canvas canvas = new Canvas(chart, variant);
    return canvas.finish(draw(chart, canvas));
  }

  static void requireSome(List<?> list, String what) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException("a chart needs at least one of its " + what);
    }
  }
}
