package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Lang;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads {@code content/i18n/<lang>.yaml}: a flat map of interface-string keys to text. */
final class StringsReader {
  private static final String SCHEMA = Schemas.builtinSchema("interface-strings.schema.json");

  private final Schemas schemas;
  private final Problems problems;

  StringsReader(Schemas schemas, Problems problems) {
    this.schemas = schemas;
    this.problems = problems;
  }

  Optional<InterfaceStrings> read(String path, Lang lang, String text) {
    Optional<JsonNode> node = StructuredText.parse(path, text, InputFormat.YAML, 1, problems);
    if (node.isEmpty() || !schemas.validate(path, node.get(), SCHEMA, 1)) {
      return Optional.empty();
    }
    Map<String, String> strings = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new LinkedHashMap<>();
    for (var entry : node.get().properties()) {
      strings.put(entry.getKey(), entry.getValue().asString());
      positions.put(entry.getKey(), StructuredText.pos(path, entry.getValue(), 1));
    }
    return Optional.of(new InterfaceStrings(lang, path, strings, positions));
  }
}
