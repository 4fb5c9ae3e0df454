package dev.folio.load;

import com.networknt.schema.InputFormat;
import com.networknt.schema.serialization.DefaultNodeReader;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Parses YAML and JSON into trees whose nodes remember their line and column, so that every
 * later complaint about a value can point at it. Strict: a duplicate key is an error, and
 * decimals stay exact.
 */
final class StructuredText {
  private static final NodeReader READER = DefaultNodeReader.builder()
      .locationAware()
      .yamlMapper(YAMLMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build())
      .jsonMapper(JsonMapper.builder()
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
  static Optional<JsonNode> parse(String path, String text, InputFormat format, int firstLine,
      Problems problems) {
    try {
      JsonNode node = READER.readTree(text, format);
      if (node == null || node.isMissingNode() || node.isNull()) {
        problems.add(new SourcePos(path, firstLine, 1), "the file has no content",
            "write the fields this file needs; see docs/authoring.md");
        return Optional.empty();
      }
      return Optional.of(node);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(1, at.getLineNr());
      int column = at == null ? 1 : Math.max(1, at.getColumnNr());
      problems.add(new SourcePos(path, firstLine - 1 + line, column),
          (format == InputFormat.YAML ? "YAML" : "JSON") + " syntax error: " + e.getOriginalMessage(),
          syntaxHint(e.getOriginalMessage(), format));
      return Optional.empty();
    }
  }

  private static String syntaxHint(String message, InputFormat format) {
    String lower = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("duplicate")) {
      return "each key may appear once in an object; remove or rename the second one";
    }
    if (format == InputFormat.YAML) {
      return "check the indentation and that text containing ': ' or '#' is quoted";
    }
    return "check for a missing comma, quote or bracket just before this point";
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
