package dev.folio.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One table's revisions since its report was published: net, comparing the table as published with
 * the table now (a value revised twice shows its published and its current form).
 *
 * @param added the ids of the rows added since, each with the change that added it
 * @param revised the revised values, by row id and field
 * @param removed the ids of the rows removed since
 * @param asAWhole whether the table, whose rows have no ids, differs from the one published
 * @param latest the date of the latest change
 */
public record TableHistory(
    String table,
    Map<String, Change> added,
    Map<String, Map<String, Revision>> revised,
    Set<String> removed,
    boolean asAWhole,
    LocalDate latest) {
  /** A value as published and its latest change (which may not be committed yet). */
  public record Revision(Value published, Change latest) {
    public Revision {
      Objects.requireNonNull(latest, "latest");
    }
  }

  public TableHistory {
    Objects.requireNonNull(table, "table");
    added = Collections.unmodifiableMap(new LinkedHashMap<>(added));
    Map<String, Map<String, Revision>> copy = new LinkedHashMap<>();
    revised.forEach((row, fields) -> copy.put(row, Map.copyOf(fields)));
    revised = Collections.unmodifiableMap(copy);
    removed = Collections.unmodifiableSet(new TreeSet<>(removed));
    Objects.requireNonNull(latest, "latest");
  }

  /** How many values were revised. */
  public int revisedValues() {
    return revised.values().stream().mapToInt(Map::size).sum();
  }

  /** A value's revision, if it was revised. */
  public Optional<Revision> revision(String row, String field) {
    return Optional.ofNullable(revised.getOrDefault(row, Map.of()).get(field));
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && revised.isEmpty() && removed.isEmpty() && !asAWhole;
  }

  /** The revised fields of a row, in no order. */
  public List<String> revisedFields(String row) {
    return List.copyOf(revised.getOrDefault(row, Map.of()).keySet());
  }
}
