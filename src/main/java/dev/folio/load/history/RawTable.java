package dev.folio.load.history;

import dev.folio.load.Values;
import dev.folio.model.Language;
import dev.folio.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
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
    JsonNode root = json(path) ? jsonTree(text) : yaml(text);
    JsonNode list = root == null ? null : root.get("rows");
    if (list == null || !list.isArray()) {
      return EMPTY;
    }
    return rows(list);
  }

  /**
   * The rows of a file's text as {@link #of(String, String)} reads them, a YAML file laid out
   * plainly read piece by piece ({@link YamlRows}), each piece through {@code pieces} (which may
   * keep what it parsed, so that a row that two versions share is parsed once).
   *
   * @param pieces a piece of YAML parsed ({@link #yaml}: null if it does not parse)
   */
  static RawTable of(String path, String text, Function<String, JsonNode> pieces) {
    if (json(path)) {
      return of(path, text);
    }
    Optional<YamlRows> cut = YamlRows.cut(text);
    if (cut.isEmpty()) {
      return of(path, text);
    }
    JsonNode header = pieces.apply(cut.get().header());
    if (header == null || !(header.isMissingNode() || header.isObject() && !header.has("rows"))) {
      return of(path, text);
    }
    ArrayNode list = JsonNodeFactory.instance.arrayNode();
    for (String piece : cut.get().rows()) {
      JsonNode row = pieces.apply(piece);
      if (row == null || !row.isArray() || row.size() != 1) {
        return of(path, text);
      }
      list.add(row.get(0));
    }
    return rows(list);
  }

  /** A piece of YAML text parsed, or null if it does not parse. */
  static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static JsonNode jsonTree(String text) {
    try {
      return JSON.readTree(text);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static RawTable rows(JsonNode list) {
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
