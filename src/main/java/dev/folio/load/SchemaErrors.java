package dev.folio.load;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.path.NodePath;
import dev.folio.model.CalendarDates;
import dev.folio.model.Column;
import dev.folio.model.NumberHints;
import dev.folio.model.Problem;
import dev.folio.model.Similarity;
import dev.folio.model.SourcePos;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Turns a JSON Schema violation into a message a content editor can act on. */
final class SchemaErrors {
  private final Schemas schemas;

  /** The text the instance was read from, to find the keys in (the tree knows its values only). */
  private final String text;

  /** The whole instance, whose {@code columns} (in a data file) tell a row field's unit. */
  private final JsonNode root;

  SchemaErrors(Schemas schemas, String text, JsonNode root) {
    this.schemas = schemas;
    this.text = text;
    this.root = root;
  }

  /**
   * A violation that only repeats what another one already says. A failing subschema drops its
   * annotations, so {@code unevaluatedProperties} then also flags fields that are perfectly known:
   * the real mistake is reported on its own.
   */
  boolean isNoise(Error error, List<Error> all) {
    if ("unevaluatedProperties".equals(error.getKeyword())
        && knownFields(error).contains(error.getProperty())) {
      return true;
    }
    if (!"$ref".equals(error.getKeyword()) && !"allOf".equals(error.getKeyword())) {
      return all.stream()
          .anyMatch(
              other ->
                  other != error
                      && other.getKeyword().equals(error.getKeyword())
                      && other.getInstanceLocation().equals(error.getInstanceLocation())
                      && String.valueOf(other.getProperty())
                          .equals(String.valueOf(error.getProperty()))
                      && all.indexOf(other) < all.indexOf(error));
    }
    return true;
  }

  /**
   * One problem per mistake. A value that fits none of the alternatives of an {@code anyOf} or
   * {@code oneOf} fails each of them; it is reported once, as its first alternative's problem, with
   * the fixed values the others allow named in the hint ("or write undisclosed").
   */
  List<Problem> problems(String path, List<Error> errors, int firstLine) {
    Map<String, List<Error>> alternatives = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Error error : errors) {
      if (isNoise(error, errors)) {
        continue;
      }
      String branch = alternativesOf(error);
      if (branch == null) {
        problems.add(problem(path, error, firstLine));
      } else {
        alternatives.computeIfAbsent(branch, k -> new ArrayList<>()).add(error);
      }
    }
    alternatives.values().forEach(group -> problems.add(oneOf(path, group, firstLine)));
    return problems;
  }

  /** Where the alternatives an error belongs to are, with the value it is about; null if none. */
  private static String alternativesOf(Error error) {
    String evaluation = error.getEvaluationPath().toString();
    int at = Math.max(evaluation.lastIndexOf("anyOf"), evaluation.lastIndexOf("oneOf"));
    return at < 0 ? null : evaluation.substring(0, at) + " " + error.getInstanceLocation();
  }

  private Problem oneOf(String path, List<Error> group, int firstLine) {
    Error main = group.stream().filter(e -> !isFixedValue(e)).findFirst().orElse(group.get(0));
    List<String> fixed =
        group.stream()
            .filter(e -> e != main && isFixedValue(e))
            .flatMap(e -> allowed(e).stream())
            .distinct()
            .toList();
    Problem problem = problem(path, main, firstLine);
    if (fixed.isEmpty()) {
      return problem;
    }
    String also = "or write " + String.join(" or ", fixed);
    return Problem.at(
        problem.pos(),
        problem.message(),
        problem.hint() == null ? also : problem.hint() + "; " + also);
  }

  private static boolean isFixedValue(Error error) {
    return "const".equals(error.getKeyword()) || "enum".equals(error.getKeyword());
  }

  private static final Map<String, String> BOUNDS =
      Map.of(
          "minimum",
          "at least",
          "maximum",
          "at most",
          "exclusiveMinimum",
          "more than",
          "exclusiveMaximum",
          "less than");

  /** Values longer than this are cut in messages: a message is one readable line. */
  private static final int EXCERPT = 60;

  Problem problem(String path, Error error, int firstLine) {
    JsonNode node = error.getInstanceNode();
    String field = fieldName(error.getInstanceLocation());
    String keyword = error.getKeyword();
    var pos = StructuredText.pos(path, node, firstLine);
    return switch (keyword) {
      case "required" -> required(pos, field, error);
      case "additionalProperties", "unevaluatedProperties" -> unknownField(path, error, firstLine);
      case "type" ->
          Problem.at(
              pos,
              quoted(field) + " must be " + expectedType(error) + ", got " + shown(node),
              typeHint(error, node));
      case "enum" -> notAllowed(pos, field, error, node);
      case "pattern" ->
          notInCalendar(node)
              .map(wrong -> Problem.at(pos, quoted(field) + " " + wrong.message(), wrong.hint()))
              .orElseGet(
                  () ->
                      Problem.at(
                          pos,
                          quoted(field) + " has the wrong form: " + shown(node),
                          description(error).orElse("it must match " + error.getSchemaNode())));
      case "minItems", "minLength" ->
          Problem.at(pos, quoted(field) + " must not be empty", description(error).orElse(null));
      case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
          Problem.at(
              pos,
              quoted(field)
                  + " must be "
                  + BOUNDS.get(keyword)
                  + " "
                  + error.getSchemaNode()
                  + ", got "
                  + shown(node),
              description(error).orElse(null));
      case "maxLength", "maxItems" ->
          Problem.at(
              pos,
              quoted(field)
                  + " is too long: at most "
                  + error.getSchemaNode()
                  + (keyword.equals("maxItems") ? " items" : " characters"),
              description(error).orElse(null));
      default ->
          Problem.at(
              pos,
              quoted(field) + ": " + stripPath(error.getMessage()),
              description(error).orElse(null));
    };
  }

  /**
   * What is wrong with a value written like a date or a month (2023-13-01) that a pattern rejects:
   * its month or its day, named; empty for anything else.
   */
  private static Optional<CalendarDates.Wrong> notInCalendar(JsonNode node) {
    String value = node == null || !node.isString() ? "" : node.asString();
    if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return CalendarDates.check(value, false);
    }
    return value.matches("[0-9]{4}-[0-9]{2}") ? CalendarDates.check(value, true) : Optional.empty();
  }

  private static Problem required(SourcePos pos, String field, Error error) {
    return Problem.at(
        pos,
        "missing required field \"" + error.getProperty() + "\"" + in(field),
        "add \""
            + error.getProperty()
            + ":\" here; the schema "
            + Schemas.displayPath(error.getSchemaLocation().toString())
            + " lists what this object needs");
  }

  private static Problem notAllowed(SourcePos pos, String field, Error error, JsonNode node) {
    return Problem.at(
        pos,
        quoted(field)
            + " must be one of "
            + String.join(", ", allowed(error))
            + "; got "
            + shown(node),
        Similarity.closest(node.asString(""), allowed(error))
            .map(s -> "did you mean \"" + s + "\"?")
            .orElse(null));
  }

  private Problem unknownField(String path, Error error, int firstLine) {
    String name = error.getProperty();
    JsonNode object = error.getInstanceNode();
    JsonNode value = object != null && name != null ? object.get(name) : null;
    var pos =
        value == null
            ? StructuredText.pos(path, object, firstLine)
            : StructuredText.keyOf(path, text, name, value, firstLine);
    var known = knownFields(error);
    String hint =
        Similarity.closest(name, known)
            .map(s -> "did you mean \"" + s + "\"? Known fields: " + String.join(", ", known))
            .orElse(known.isEmpty() ? "remove it" : "known fields: " + String.join(", ", known));
    String where = fieldName(error.getInstanceLocation());
    return Problem.at(pos, "unknown field \"" + name + "\"" + in(where), hint);
  }

  /** The fields the schema around a rejected property allows. */
  private TreeSet<String> knownFields(Error error) {
    var at = error.getSchemaLocation();
    return schemas.knownProperties(
        new SchemaLocation(at.getAbsoluteIri(), at.getFragment().getParent()));
  }

  private Optional<String> description(Error error) {
    Optional<JsonNode> document =
        schemas.node(error.getSchemaLocation().getAbsoluteIri().toString());
    NodePath parent = error.getSchemaLocation().getFragment().getParent();
    if (document.isEmpty() || parent == null) {
      return Optional.empty();
    }
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < parent.getNameCount(); i++) {
      pointer.append('/').append(parent.getName(i));
    }
    JsonNode description = document.get().at(pointer.toString()).get("description");
    return description != null && description.isString()
        ? Optional.of(description.asString())
        : Optional.empty();
  }

  private static List<String> allowed(Error error) {
    JsonNode values = error.getSchemaNode();
    if (values == null) {
      return List.of();
    }
    if (!values.isArray()) {
      // const: the one value itself
      return List.of(values.isString() ? values.asString() : values.toString());
    }
    return values.valueStream().map(v -> v.isString() ? v.asString() : v.toString()).toList();
  }

  private static String expectedType(Error error) {
    JsonNode type = error.getSchemaNode();
    String name = type != null && type.isString() ? type.asString() : String.valueOf(type);
    return switch (name) {
      case "number" -> "a number";
      case "integer" -> "a whole number";
      case "string" -> "text";
      case "object" -> "an object (indented fields, or {zh: …, en: …} for bilingual text)";
      case "array" -> "a list (lines starting with \"- \")";
      case "boolean" -> "true or false";
      default -> name;
    };
  }

  private String typeHint(Error error, JsonNode node) {
    JsonNode type = error.getSchemaNode();
    if (type != null
        && ("number".equals(type.asString("")) || "integer".equals(type.asString("")))
        && node != null
        && node.isString()) {
      return numberHint(error.getInstanceLocation(), node.asString());
    }
    if (type != null && "string".equals(type.asString("")) && node != null && node.isNumber()) {
      return "quote it to keep it as text, e.g. \"1.10\"";
    }
    return null;
  }

  /** The hint for text at {@code location} that should be a number: its column's, in a row. */
  private String numberHint(NodePath location, String written) {
    int n = location.getNameCount();
    JsonNode columns = root == null ? null : root.get("columns");
    if (n == 3
        && "rows".equals(location.getElement(0))
        && location.getElement(2) instanceof String key
        && columns != null
        && columns.isArray()) {
      for (JsonNode column : columns) {
        if (key.equals(column.path("key").asString(""))) {
          String format = column.path("format").asString("number");
          return NumberHints.hint(
              key,
              Arrays.stream(Column.Format.values())
                  .filter(f -> f.name().equalsIgnoreCase(format))
                  .findFirst()
                  .orElse(null),
              unit(column.get("unit")),
              written);
        }
      }
    }
    return NumberHints.hint(null, null, null, written);
  }

  /**
   * A column's unit as a message names it: as the data file writes it first (the generator knows no
   * language, so it prefers none).
   */
  private static String unit(JsonNode unit) {
    if (unit == null) {
      return null;
    }
    if (unit.isString()) {
      return unit.asString();
    }
    return unit.valueStream()
        .filter(JsonNode::isString)
        .map(JsonNode::asString)
        .findFirst()
        .orElse(null);
  }

  private static String shown(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    if (node.isString()) {
      return "\"" + excerpt(node.asString()) + "\"";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "a list";
    }
    return excerpt(node.toString());
  }

  /** A value as a message quotes it: at most a short line, on one line. */
  static String excerpt(String value) {
    return excerpt(value, EXCERPT);
  }

  /**
   * At most {@code limit} code points of a value, on one line: a line break or other control
   * character is shown as its escape ({@code \u0000}), so that the reader sees it is there.
   */
  static String excerpt(String value, int limit) {
    StringBuilder escaped = new StringBuilder();
    Matcher control = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]").matcher(value);
    while (control.find()) {
      control.appendReplacement(
          escaped,
          Matcher.quoteReplacement(String.format("\\u%04X", (int) control.group().charAt(0))));
    }
    String line = control.appendTail(escaped).toString();
    if (line.codePointCount(0, line.length()) <= limit) {
      return line;
    }
    return line.substring(0, line.offsetByCodePoints(0, limit))
        + "… ("
        + value.length()
        + " characters)";
  }

  /** The last meaningful name of a location: {@code rows[3].params} gives {@code params}. */
  private static String fieldName(NodePath location) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      if (element instanceof Integer index) {
        name.append('[').append(index).append(']');
      } else {
        name.append(name.isEmpty() ? "" : ".").append(element);
      }
    }
    return name.toString();
  }

  private static String quoted(String field) {
    return field.isEmpty() ? "the file" : "\"" + field + "\"";
  }

  private static String in(String field) {
    return field.isEmpty() ? "" : " in " + field;
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }
}
