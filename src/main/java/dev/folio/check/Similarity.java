package dev.folio.check;

import dev.folio.model.DataTable;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/** "Did you mean …?" for the checks, on top of the loader's edit distance. */
final class Similarity {
  private Similarity() {}

  static Optional<String> closest(String wrong, Collection<String> candidates) {
    return dev.folio.model.Similarity.closest(wrong, candidates);
  }

  static Optional<String> closestField(String wrong, DataTable table) {
    TreeSet<String> fields = new TreeSet<>();
    table.rows().forEach(row -> fields.addAll(row.fields().keySet()));
    return closest(wrong, fields);
  }
}
