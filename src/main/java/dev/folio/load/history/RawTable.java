package dev.folio.load.history;

import dev.folio.load.Values;
import dev.folio.model.Language;
import dev.folio.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A data file's rows as one version of its text holds them, read leniently (a version in history
 * may be broken; it then has no rows): each row's fields by the row's id, in file order; or, for a
 * table whose rows have no ids, the rows as a whole.
 *
 * @param rows each row's fields (every field but the row's id, note and corrections), by id
 * @param whole the rows as written, for a table without ids (else null)
 */
record RawTable(Map<String, Map<String, JsonNode>> rows, JsonNode whole) {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Set<String> META = Set.of("id", "note", "corrections");

  static final RawTable EMPTY = new RawTable(Map.of(), null);

  /** The rows of a file's text ({@code path} says whether it is YAML or JSON). */
  static RawTable of(String path, String text) {
    JsonNode root;
    try {
      root = json(path) ? JSON.readTree(text) : YAML.readTree(text);
    } catch (RuntimeException e) {
      return EMPTY;
    }
    JsonNode list = root == null ? null : root.get("rows");
    if (list == null || !list.isArray()) {
      return EMPTY;
    }
    Map<String, Map<String, JsonNode>> rows = new LinkedHashMap<>();
    for (JsonNode row : list) {
      JsonNode id = row.get("id");
      if (id == null || !id.isString()) {
        return new RawTable(Map.of(), list);
      }
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      for (var field : row.properties()) {
        if (!META.contains(field.getKey())) {
          fields.put(field.getKey(), field.getValue());
        }
      }
      rows.put(id.asString(), fields);
    }
    return new RawTable(rows, null);
  }

  /** Whether the file at {@code path} is read as JSON (else as YAML). */
  static boolean json(String path) {
    return path.endsWith(".json");
  }

  /** A field's value as the model holds it (see {@link Values#of}). */
  static Optional<Value> value(JsonNode node, List<Language> languages) {
    return Values.of(node, languages);
  }
}
