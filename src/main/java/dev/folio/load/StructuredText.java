package dev.folio.load;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.DefaultNodeReader;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses YAML and JSON into trees whose nodes remember their line and column, so that every later
 * complaint about a value can point at it. Strict: a duplicate key is an error, and decimals stay
 * exact.
 */
final class StructuredText {
  private static final NodeReader READER =
      DefaultNodeReader.builder()
          .locationAware()
          .yamlMapper(
              YAMLMapper.builder(YamlInput.factory())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                  .build())
          .jsonMapper(
              JsonMapper.builder(
                      JsonFactory.builder()
                          .streamReadConstraints(
                              StreamReadConstraints.builder()
                                  .maxNestingDepth(YamlScan.MAX_DEPTH)
                                  .build())
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                  .build())
          .build();

  private StructuredText() {}

  /**
   * Parses {@code text}; on a syntax error reports it and returns empty.
   *
   * @param firstLine the file line on which {@code text} starts (front matter starts on line 2)
   */
  static Optional<JsonNode> parse(
      String path, String text, InputFormat format, int firstLine, Problems problems) {
    // YamlScan finds what Jackson reads without complaint (anchors, aliases, deep nesting), and
    // words a syntax error better. Text without "&" and "*" has no anchor and no alias: it is
    // scanned only if Jackson finds it wrong or deep, which spares a second parse of every page's
    // front matter. The problems are the same either way.
    boolean yaml = format == InputFormat.YAML;
    boolean scanned = yaml && (text.indexOf('&') >= 0 || text.indexOf('*') >= 0);
    if (scanned && !YamlScan.check(path, text, firstLine, problems)) {
      return Optional.empty();
    }
    try {
      JsonNode node = READER.readTree(text, format);
      if (yaml
          && !scanned
          && depth(node) > YamlScan.MAX_DEPTH
          && !YamlScan.check(path, text, firstLine, problems)) {
        return Optional.empty();
      }
      if (node == null || node.isMissingNode() || node.isNull()) {
        problems.add(
            new SourcePos(path, firstLine, 1),
            "the file has no content",
            "write the fields this file needs; see docs/authoring.md");
        return Optional.empty();
      }
      return numbersInRange(path, node, firstLine, problems) ? Optional.of(node) : Optional.empty();
    } catch (JacksonException e) {
      if (yaml && !scanned && !YamlScan.check(path, text, firstLine, problems)) {
        return Optional.empty();
      }
      syntaxError(path, text, format, firstLine, e, problems);
      return Optional.empty();
    } catch (NumberFormatException e) {
      if (yaml && !scanned && !YamlScan.check(path, text, firstLine, problems)) {
        return Optional.empty();
      }
      // Jackson's JSON parser lets a number beyond BigDecimal's exponent range
      // (1.0e-2147483649) escape unwrapped, without a position: find the value in the text.
      Matcher number = NUMBER_VALUE.matcher(String.valueOf(e.getMessage()));
      String value = number.find() ? number.group(1).replace("\\\"", "\"") : "";
      int at = value.isEmpty() ? -1 : text.indexOf(value);
      unreadableNumber(posAt(path, text, Math.max(0, at), firstLine), value, problems);
      return Optional.empty();
    }
  }

  /** How deeply {@code node}'s arrays and objects nest: 0 for a value, 1 for a flat object. */
  private static int depth(JsonNode node) {
    int deepest = 0;
    if (node.isContainer()) {
      for (JsonNode child : node) {
        deepest = Math.max(deepest, depth(child));
      }
      return deepest + 1;
    }
    return 0;
  }

  /** Jackson's syntax error, or a number it cannot read, at its place in the file. */
  private static void syntaxError(
      String path,
      String text,
      InputFormat format,
      int firstLine,
      JacksonException e,
      Problems problems) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 1 : Math.max(1, at.getLineNr());
    int column = at == null ? 1 : Math.max(1, at.getColumnNr());
    Matcher number = MALFORMED_NUMBER.matcher(String.valueOf(e.getOriginalMessage()));
    if (number.find()) {
      // the parser stands at the end of the value: point at its start
      String value =
          (number.group(1) != null ? number.group(1) : number.group(2)).replace("\\\"", "\"");
      String[] lines = text.split("\n", -1);
      if (line <= lines.length && !value.isEmpty()) {
        int start = lines[line - 1].lastIndexOf(value, Math.max(0, column - 1));
        column = start >= 0 ? start + 1 : column;
      }
      unreadableNumber(new SourcePos(path, firstLine - 1 + line, column), value, problems);
      return;
    }
    String message = readable(e.getOriginalMessage());
    problems.add(
        new SourcePos(path, firstLine - 1 + line, column),
        (format == InputFormat.YAML ? "YAML" : "JSON") + " syntax error: " + message,
        syntaxHint(message, format));
  }

  private static void unreadableNumber(SourcePos pos, String value, Problems problems) {
    problems.add(
        pos,
        "\""
            + SchemaErrors.excerpt(value, 60)
            + "\" is written or tagged as a"
            + " number, but it is not one Folio can read",
        "write a plain number such as 1500 or"
            + " 2.5e-3 (between 1e-300 and 1e300), or put text in quotes");
  }

  /** The value in a NumberFormatException of Jackson's number parser. */
  private static final Pattern NUMBER_VALUE =
      Pattern.compile("Value \"((?:[^\"\\\\]|\\\\.)*)\" cannot be deserialized");

  /**
   * The largest magnitude a number may have: Folio computes with doubles, and charts and computed
   * tables must be able to add, multiply and scale what they are given.
   */
  static final BigDecimal LARGEST = new BigDecimal("1e300");

  /** The smallest magnitude of a number other than 0, for the same reason. */
  static final BigDecimal SMALLEST = new BigDecimal("1e-300");

  /** Whether every number in the tree is 0 or between 1e-300 and 1e300 in magnitude. */
  private static boolean numbersInRange(
      String path, JsonNode root, int firstLine, Problems problems) {
    ArrayDeque<JsonNode> todo = new ArrayDeque<>(List.of(root));
    boolean ok = true;
    while (!todo.isEmpty()) {
      JsonNode node = todo.pop();
      if (node.isNumber()) {
        BigDecimal value = node.decimalValue().abs();
        if (value.compareTo(LARGEST) > 0 || value.signum() != 0 && value.compareTo(SMALLEST) < 0) {
          problems.add(
              pos(path, node, firstLine),
              "the number "
                  + SchemaErrors.excerpt(node.asString())
                  + " is "
                  + (value.compareTo(LARGEST) > 0 ? "too large" : "too" + " small")
                  + ": Folio reads numbers between 1e-300 and 1e300 (and 0)",
              "check the number; write 0 for nothing");
          ok = false;
        }
      }
      node.forEach(todo::push);
    }
    return ok;
  }

  /** A parser's message without the library's own names and settings. */
  private static String readable(String message) {
    String text = message == null ? "the text cannot be read" : message;
    if (text.contains("nesting depth")) {
      return "the values are nested too deeply";
    }
    if (text.contains("length") && text.contains("exceeds")) {
      return "a value is too long to read";
    }
    int cut = text.indexOf("\n");
    text = cut < 0 ? text : text.substring(0, cut);
    // Jackson names where the unclosed object began by an internal source it redacts: drop it.
    text =
        text.replaceAll(
                "\\s*\\((?:for [A-Za-z]+ starting at|start marker at) \\[Source:" + "[^\\]]*\\]\\)",
                "")
            .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
            .replaceAll("\\s*\\(from `[^`]*`\\)", "")
            .replaceAll("`[a-z]+(\\.[A-Za-z]+)+`", "")
            .replaceAll("\\s*\\((?:java|tools|com|org)\\.[\\w.$]+\\)", "")
            .replaceAll("\\b(?:java|tools|com|org)\\.(?:[a-z]\\w*\\.)+([A-Z]\\w*)", "$1")
            .replace("expected close marker for Object", "the object {…} is not closed")
            .replace("expected close marker for Array", "the list […] is not closed");
    return SchemaErrors.excerpt(text, 200).strip();
  }

  /** Jackson's message for a value that looks (or is tagged) like a number but does not parse. */
  private static final Pattern MALFORMED_NUMBER =
      Pattern.compile(
          "Malformed numeric value.*?Value \"((?:[^\"\\\\]|\\\\.)*)\" cannot be deserialized"
              + "|Malformed numeric value '([^']*?)(?::|')",
          Pattern.DOTALL);

  private static String syntaxHint(String message, InputFormat format) {
    String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
    if (lower.contains("duplicate")) {
      return "each key may appear once in an object; remove or rename the second one";
    }
    if (format == InputFormat.YAML) {
      return "check the indentation and that text containing ': ' or '#' is quoted";
    }
    return "check for a missing comma, quote or bracket just before this point";
  }

  /**
   * Where the key {@code name} whose value is {@code value} was written in {@code text} (which
   * starts on the file's line {@code firstLine}): the tree keeps the positions of values only, so
   * the key is the last {@code name}, bare or quoted and followed by a colon, before its value. The
   * value's position if it cannot be found.
   */
  static SourcePos keyOf(String path, String text, String name, JsonNode value, int firstLine) {
    SourcePos at = pos(path, value, firstLine);
    int offset = offset(text, at.line() - firstLine + 1, at.column());
    if (offset < 0) {
      return at;
    }
    int found = -1;
    for (String form : List.of(name, "\"" + name + "\"", "'" + name + "'")) {
      int i = text.lastIndexOf(form, offset - 1);
      while (i >= 0 && !isKeyAt(text, i, form.length(), offset)) {
        i = i == 0 ? -1 : text.lastIndexOf(form, i - 1);
      }
      found = Math.max(found, i);
    }
    return found < 0 ? at : posAt(path, text, found, firstLine);
  }

  /**
   * The file position of {@code offset} in {@code text}, which starts on line {@code firstLine}.
   */
  static SourcePos posAt(String path, String text, int offset, int firstLine) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(path, firstLine - 1 + line, offset - lineStart + 1);
  }

  /**
   * Whether {@code text} has a key {@code length} characters long at {@code start}: it follows a
   * space, a line start, a brace or a comma, and a colon follows it before {@code end}.
   */
  private static boolean isKeyAt(String text, int start, int length, int end) {
    if (start > 0 && " \t\n\r{,".indexOf(text.charAt(start - 1)) < 0) {
      return false;
    }
    int i = start + length;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i < end && text.charAt(i) == ':';
  }

  /** The offset in {@code text} of a 1-based line and column; -1 if there is none. */
  private static int offset(String text, int line, int column) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) {
        return -1;
      }
    }
    int offset = start + column - 1;
    return offset <= text.length() ? offset : -1;
  }

  /** Where {@code node} was written, shifted to the file's own line numbers. */
  static SourcePos pos(String path, JsonNode node, int firstLine) {
    TokenStreamLocation at = node == null ? null : JsonNodes.tokenStreamLocationOf(node);
    if (at == null || at.getLineNr() < 1) {
      return new SourcePos(path, firstLine, 1);
    }
    return new SourcePos(path, firstLine - 1 + at.getLineNr(), Math.max(1, at.getColumnNr()));
  }
}
