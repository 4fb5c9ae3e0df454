package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A chart defined in {@code content/charts.yaml}: what it draws (its kind, the data table and the
 * fields it reads) and its bilingual title and description. A page places it with a {@code ```chart
 * ID} block. {@code kind} is the kind's code as written (the charts schema allows only the codes of
 * the kinds the chart package draws; each kind's class there says what it reads). {@code settings}
 * holds every other setting as written (field names, a row id to highlight, a scale), each with its
 * position for error messages.
 */
public record ChartSpec(
    String id,
    String kind,
    String table,
    Text title,
    Text description,
    Map<String, Setting> settings,
    SourcePos pos,
    SourcePos idPos,
    SourcePos tablePos) {
  public ChartSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(pos, "pos");
    settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
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
}
