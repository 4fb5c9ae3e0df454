package dev.folio.extension;

import dev.folio.model.Cell;
import dev.folio.model.Column;
import dev.folio.model.DataTable;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a table an extension computes, a {@link DataTable} like any data file's: columns declared
 * once, rows whose cells point back at the data-file row they were computed from. A column that no
 * row fills is left out, so a table never shows an empty column (e.g. prices when no scenario
 * fits).
 */
public final class ComputedTable {
  private final String name;
  private final SourcePos origin;
  private final List<Column> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  /**
   * @param inputPath the data file the table is mainly computed from, for positions
   */
  public ComputedTable(String name, String inputPath) {
    this.name = name;
    this.origin = SourcePos.file(inputPath);
  }

  public ComputedTable text(String key, Text label) {
    return column(key, label, Column.Format.TEXT, null, null, Map.of(), null);
  }

  public ComputedTable number(String key, Text label, Text unit, int digits) {
    return column(key, label, Column.Format.NUMBER, null, unit, Map.of(), digits);
  }

  public ComputedTable count(String key, Text label, Text unit, int digits) {
    return column(key, label, Column.Format.COUNT, null, unit, Map.of(), digits);
  }

  public ComputedTable bool(String key, Text label) {
    return column(key, label, Column.Format.BOOLEAN, null, null, Map.of(), null);
  }

  public ComputedTable percent(String key, Text label, int digits) {
    return column(key, label, Column.Format.PERCENT, null, null, Map.of(), digits);
  }

  public ComputedTable codes(String key, Text label, Map<String, Text> codes) {
    return column(key, label, Column.Format.TEXT, null, null, codes, null);
  }

  public ComputedTable ref(String key, Text label, String table) {
    return column(key, label, Column.Format.TEXT, table, null, Map.of(), null);
  }

  private ComputedTable column(
      String key,
      Text label,
      Column.Format format,
      String ref,
      Text unit,
      Map<String, Text> codes,
      Integer digits) {
    columns.add(new Column(key, label, format, ref, unit, codes, digits, origin));
    return this;
  }

  /** A row; {@code fields} may leave out what does not apply (a price that does not exist). */
  public ComputedTable row(String id, SourcePos pos, Map<String, Value> fields, Text note) {
    Map<String, Cell> cells = new LinkedHashMap<>();
    fields.forEach((key, value) -> cells.put(key, new Cell(value, pos)));
    rows.add(new Row(id, pos, cells, note, Map.of()));
    return this;
  }

  public DataTable build(Text title, Text description, Provenance provenance) {
    List<Column> filled =
        columns.stream()
            .filter(column -> rows.stream().anyMatch(row -> row.fields().containsKey(column.key())))
            .toList();
    return new DataTable(name, origin.path(), title, description, provenance, filled, rows);
  }

  /** A computed number, unrounded: the downloads keep every digit, the page rounds. */
  public static Value num(double value) {
    return new Value.Num(BigDecimal.valueOf(value));
  }

  public static Value num(long value) {
    return new Value.Num(BigDecimal.valueOf(value));
  }

  public static Value bool(boolean value) {
    return new Value.Bool(value);
  }

  public static Value str(String value) {
    return new Value.Str(value);
  }

  public static Value text(Text text) {
    return new Value.Localized(text);
  }
}
