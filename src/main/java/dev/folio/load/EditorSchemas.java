package dev.folio.load;

import dev.folio.model.Language;
import dev.folio.model.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Copies of Folio's own schemas for a project's editor: {@code schemas/folio.schema.json}, which
 * {@code folio.yaml}'s first line names, and {@code schemas/data-file.schema.json}, which every
 * data file's schema refers to, its text made to require the project's languages. Folio itself
 * always checks with the schemas built into it; these copies only let an editor complete and check
 * fields as one types.
 */
public final class EditorSchemas {
  /** The files, by their path in the project. */
  public static final List<String> FILES =
      List.of(
          "schemas/folio.schema.json", "schemas/report.schema.json", "schemas/" + Schemas.ENVELOPE);

  private static final JsonMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private EditorSchemas() {}

  /** Path in the project → text, for a site in {@code languages}. */
  public static Map<String, String> files(List<Language> languages) {
    Schemas schemas = new Schemas(Path.of("."), languages, new Problems());
    Map<String, String> files = new LinkedHashMap<>();
    for (String path : FILES) {
      String name = path.substring("schemas/".length());
      try {
        ObjectNode schema = (ObjectNode) PRETTY.readTree(schemas.builtinText(name));
        schema.put(
            "$comment",
            "A copy of Folio's built-in "
                + name
                + " for your editor, written"
                + " by `folio new` or `folio schemas`. Folio checks with the one built into it, so"
                + " this copy never changes a build; rewrite it with `folio schemas` after changing"
                + " the languages or upgrading Folio.");
        files.put(path, PRETTY.writeValueAsString(schema) + "\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }
}
