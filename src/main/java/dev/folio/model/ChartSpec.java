package dev.folio.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart defined in {@code content/charts.yaml}: what it draws (its kind, the data table and
 * the fields it reads) and its bilingual title and description. A page places it with a
 * {@code ```chart ID} block. {@code settings} holds every other setting as written (field
 * names, a row id to highlight, a scale), each with its position for error messages.
 */
public record ChartSpec(String id, Kind kind, String table, Text title, Text description,
    Map<String, Setting> settings, SourcePos pos, SourcePos idPos, SourcePos tablePos) {
  public ChartSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pos, "pos");
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** A setting's value as written and where. */
  public record Setting(String value, SourcePos pos) {
    public Setting {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pos, "pos");
    }
  }

  public Optional<Setting> setting(String name) {
    return Optional.ofNullable(settings.get(name));
  }

  /** A setting's value, or {@code fallback} when it is not written. */
  public String value(String name, String fallback) {
    return setting(name).map(Setting::value).orElse(fallback);
  }

  /** What a field a chart reads must hold. */
  public enum FieldType { ANY, NUMBER, DATE, CODES }

  /** A setting that names a field of the chart's table. */
  public record Role(String setting, FieldType type, boolean required) {}

  /** The kinds of chart, each with the fields it reads. */
  public enum Kind {
    /** Horizontal bars: a label and a number per row; {@code highlight} names a row id. */
    BARS("bars", List.of(new Role("label", FieldType.ANY, true),
        new Role("value", FieldType.NUMBER, true)), "highlight", "scale", "sort"),
    /** Dots on a number axis, with the rows' corrections (errata) drawn as arrows. */
    DOTS("dots", List.of(new Role("label", FieldType.ANY, true),
        new Role("value", FieldType.NUMBER, true), new Role("group", FieldType.ANY, false)),
        "scale", "sort"),
    /** Dated marks in lanes, one lane per value of {@code group}. */
    TIMELINE("timeline", List.of(new Role("date", FieldType.DATE, true),
        new Role("label", FieldType.ANY, true), new Role("group", FieldType.ANY, true))),
    /** Text cells in rows and columns (fields of fixed codes), coloured by a level. */
    GRID("grid", List.of(new Role("row", FieldType.CODES, true),
        new Role("column", FieldType.CODES, true), new Role("label", FieldType.ANY, true),
        new Role("level", FieldType.CODES, true)), "unstated"),
    /** The hype cycle: each row a marker in its phase (six codes, in order along the curve). */
    HYPE_CYCLE("hype-cycle", List.of(new Role("label", FieldType.ANY, true),
        new Role("phase", FieldType.CODES, true), new Role("marker", FieldType.CODES, false))),
    /**
     * Lines through (x, y) points, one line per value of {@code series}. Optional fields: which
     * points get a dot ({@code point}, true or false; every one without it), the label at a
     * line's end ({@code label}; its last y value without it), and a field of codes whose second
     * and later codes draw their lines dashed ({@code dash}). {@code marks} names a table whose
     * rows ({@code markLabel}, {@code markValue} on the x axis) are drawn as vertical lines.
     */
    LINES("lines", List.of(new Role("series", FieldType.ANY, true),
        new Role("x", FieldType.NUMBER, true), new Role("y", FieldType.NUMBER, true),
        new Role("point", FieldType.ANY, false), new Role("label", FieldType.ANY, false),
        new Role("dash", FieldType.CODES, false)),
        "xScale", "yScale", "xTicks", "marks", "markLabel", "markValue");

    private final String code;
    private final List<Role> roles;
    private final List<String> options;

    Kind(String code, List<Role> roles, String... options) {
      this.code = code;
      this.roles = roles;
      this.options = List.of(options);
    }

    /** The name written in charts.yaml. */
    public String code() {
      return code;
    }

    public List<Role> roles() {
      return roles;
    }

    /** The settings other than fields that this kind reads (a row to highlight, a scale…). */
    public List<String> options() {
      return options;
    }

    /** Every setting this kind reads: its fields' roles, then its options. */
    public List<String> settings() {
      List<String> all = new java.util.ArrayList<>();
      roles.forEach(role -> all.add(role.setting()));
      all.addAll(options);
      return all;
    }

    public static Optional<Kind> ofCode(String code) {
      for (Kind kind : values()) {
        if (kind.code.equals(code)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }
}
