package dev.folio.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A data file: a table of facts with its provenance. {@code name} is the file name without
 * extension; it names the downloads and is how pages and other tables refer to it.
 */
public record DataTable(
    String name,
    String path,
    Text title,
    Text description,
    Provenance provenance,
    List<Column> columns,
    List<Row> rows) {
  public DataTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provenance, "provenance");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public Optional<Row> row(String id) {
    return rows.stream().filter(row -> id.equals(row.id())).findFirst();
  }
}
