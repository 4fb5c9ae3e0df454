package dev.folio.load;

import com.networknt.schema.SchemaLocation;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Checks a schema's {@code $ref}s before the validator sees them: each names a schema in {@code
 * schemas/} (or a part of one) that exists, and no chain of references comes back to where it
 * started without reading a value ({@code "$ref": "#"} at the top of a schema), which would make
 * validation run for ever. Every problem is reported once, at the {@code $ref}.
 */
final class SchemaRefs {
  /** Keywords whose values are schemas, each applied to a part of the value. */
  private static final Set<String> ONE_SCHEMA =
      Set.of(
          "items",
          "additionalProperties",
          "unevaluatedProperties",
          "unevaluatedItems",
          "contains",
          "propertyNames",
          "not",
          "if",
          "then",
          "else",
          "additionalItems");

  private static final Set<String> SCHEMA_MAPS =
      Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas");
  private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  /** Keywords that apply their schemas to the same value, not to a part of it. */
  private static final Set<String> IN_PLACE_LISTS = Set.of("allOf", "anyOf", "oneOf");

  private static final Set<String> IN_PLACE_ONE = Set.of("not", "if", "then", "else");

  /** Where a broken reference leads (it was reported). */
  private static final Target BROKEN = new Target("", "");

  private final Schemas schemas;
  private final Problems problems;
  private final Set<SourcePos> reported;

  /** Schema locations whose in-place references were followed to the end: no cycle there. */
  private final Set<String> done = new HashSet<>();

  /** Documents checked (with their result), so a shared schema is checked once. */
  private final Map<String, Boolean> checked = new HashMap<>();

  SchemaRefs(Schemas schemas, Problems problems, Set<SourcePos> reported) {
    this.schemas = schemas;
    this.problems = problems;
    this.reported = reported;
  }

  /** A reference resolved to a document and a JSON pointer in it. */
  private record Target(String document, String pointer) {
    String key() {
      return document + "#" + pointer;
    }
  }

  /** Whether every $ref of the document (and of those it refers to) is sound. */
  boolean check(String document) {
    Boolean known = checked.get(document);
    if (known != null) {
      return known;
    }
    checked.put(document, true);
    Optional<JsonNode> root = schemas.node(document);
    if (root.isEmpty()) {
      return false;
    }
    List<String> pointers = new ArrayList<>();
    positions(root.get(), "", pointers);
    boolean ok = true;
    for (String pointer : pointers) {
      ok &= noCycle(new Target(document, pointer), new ArrayList<>());
    }
    checked.put(document, ok);
    return ok;
  }

  /** Collects the JSON pointers of every schema in the document. */
  private static void positions(JsonNode schema, String pointer, List<String> out) {
    if (!schema.isObject() || out.size() > 100_000) {
      return;
    }
    out.add(pointer);
    for (var entry : schema.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      String at = pointer + "/" + escape(key);
      if (ONE_SCHEMA.contains(key)) {
        positions(value, at, out);
      } else if (SCHEMA_MAPS.contains(key) && value.isObject()) {
        for (var member : value.properties()) {
          positions(member.getValue(), at + "/" + escape(member.getKey()), out);
        }
      } else if ((SCHEMA_LISTS.contains(key) || key.equals("items")) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          positions(value.get(i), at + "/" + i, out);
        }
      }
    }
  }

  /**
   * Follows the in-place references from {@code at}; false if one is broken or leads back to a
   * schema on {@code path}.
   */
  private boolean noCycle(Target at, List<String> path) {
    if (done.contains(at.key())) {
      return true;
    }
    Optional<JsonNode> schema = schemas.node(at.document()).map(root -> root.at(at.pointer()));
    if (schema.isEmpty() || !schema.get().isObject()) {
      done.add(at.key());
      return true;
    }
    path.add(at.key());
    boolean ok = true;
    for (Map.Entry<JsonNode, Target> next : inPlace(at, schema.get()).entrySet()) {
      Target target = next.getValue();
      if (target == BROKEN) {
        ok = false;
      } else if (path.contains(target.key())) {
        report(
            at.document(),
            next.getKey(),
            "this $ref leads back to a schema it is part of"
                + " without reading any part of the value, so checking would never end",
            "refer to a definition under \"$defs\", or put the reference under \"properties\""
                + " or \"items\"");
        ok = false;
      } else {
        ok &= noCycle(target, path);
      }
    }
    path.remove(path.size() - 1);
    done.add(at.key());
    return ok;
  }

  /** The schemas {@code schema} applies to the same value, keyed by the node naming each. */
  private Map<JsonNode, Target> inPlace(Target at, JsonNode schema) {
    Map<JsonNode, Target> next = new IdentityHashMap<>();
    for (String keyword : List.of("$ref", "$dynamicRef")) {
      JsonNode ref = schema.get(keyword);
      if (ref != null) {
        next.put(ref, resolve(at.document(), ref).orElse(BROKEN));
      }
    }
    for (String keyword : IN_PLACE_LISTS) {
      JsonNode list = schema.get(keyword);
      if (list != null && list.isArray()) {
        for (int i = 0; i < list.size(); i++) {
          next.put(list.get(i), new Target(at.document(), at.pointer() + "/" + keyword + "/" + i));
        }
      }
    }
    for (String keyword : IN_PLACE_ONE) {
      if (schema.has(keyword)) {
        next.put(schema.get(keyword), new Target(at.document(), at.pointer() + "/" + keyword));
      }
    }
    return next;
  }

  /** Where a $ref leads, or empty (and a problem) if it leads nowhere Folio can read. */
  private Optional<Target> resolve(String document, JsonNode ref) {
    if (!ref.isString() || ref.asString().isBlank()) {
      report(
          document,
          ref,
          "\"$ref\" must name a schema, e.g. \"data-file.schema.json\" or" + " \"#/$defs/NAME\"",
          "write the file name of a schema in schemas/, or a # and the"
              + " path of a definition in this one");
      return Optional.empty();
    }
    String text = ref.asString();
    int hash = text.indexOf('#');
    String file = hash < 0 ? text : text.substring(0, hash);
    String pointer = hash < 0 ? "" : text.substring(hash + 1);
    String target;
    try {
      target =
          file.isEmpty() ? document : SchemaLocation.resolve(SchemaLocation.of(document), file);
      JsonPointer.compile(pointer);
    } catch (RuntimeException e) {
      report(
          document,
          ref,
          "\"" + SchemaErrors.excerpt(text) + "\" is not a reference Folio" + " can follow",
          "write NAME.schema.json, NAME.schema.json#/$defs/PART or #/$defs/PART");
      return Optional.empty();
    }
    if (!Schemas.isLocal(target) || schemas.node(target).isEmpty()) {
      report(
          document,
          ref,
          "\"$ref\" names \""
              + SchemaErrors.excerpt(file)
              + "\", which is"
              + " not a schema in schemas/",
          "Folio reads schemas only from schemas/ and never"
              + " from the network; check the file name");
      return Optional.empty();
    }
    if (schemas.node(target).get().at(pointer).isMissingNode()) {
      report(
          document,
          ref,
          "\"$ref\" names \"#"
              + SchemaErrors.excerpt(pointer)
              + "\", which "
              + Schemas.displayPath(target)
              + " does not have",
          "check the path" + " after #: e.g. #/$defs/NAME for a definition under \"$defs\"");
      return Optional.empty();
    }
    if (!file.isEmpty() && !check(target)) {
      return Optional.empty();
    }
    return Optional.of(new Target(target, pointer));
  }

  private void report(String document, JsonNode node, String message, String hint) {
    SourcePos pos = StructuredText.pos(Schemas.displayPath(document), node, 1);
    if (reported.add(pos)) {
      problems.add(pos, message, hint);
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
