package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.Node;
import tools.jackson.databind.JsonNode;

/** Reads one page: YAML front matter between {@code ---} lines, then a Markdown body. */
final class PageReader {
  private static final String FRONT_MATTER_SCHEMA =
      Schemas.builtinSchema("front-matter.schema.json");

  private final Schemas schemas;
  private final Set<String> extensionEmbeds;
  private final Problems problems;

  /**
   * @param extensionEmbeds the names of the embeds the site's extensions declare
   */
  PageReader(Schemas schemas, Set<String> extensionEmbeds, Problems problems) {
    this.schemas = schemas;
    this.extensionEmbeds = extensionEmbeds;
    this.problems = problems;
  }

  /** The page {@code key} of report {@code report} in {@code lang}, read from its text. */
  Optional<Page> read(String path, String key, Language lang, String report, String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      problems.add(
          new SourcePos(path, 1, 1),
          "the page has no front matter",
          "start the file with a line \"---\", then \"title: …\" and \"order: …\", then \"---\"."
              + " Did you forget to add \"---\"?");
      return Optional.empty();
    }
    int end = 1;
    while (end < lines.length && !lines[end].strip().equals("---")) {
      end++;
    }
    if (end == lines.length) {
      problems.add(
          new SourcePos(path, 1, 1),
          "the front matter is not closed",
          "add a line \"---\" after the front matter's last field");
      return Optional.empty();
    }
    String yaml = String.join("\n", Arrays.asList(lines).subList(1, end));
    Optional<JsonNode> frontMatter =
        StructuredText.parse(path, yaml, InputFormat.YAML, 2, problems);
    if (frontMatter.isEmpty()
        || !schemas.validate(path, yaml, frontMatter.get(), FRONT_MATTER_SCHEMA, 2, problems)) {
      return Optional.empty();
    }
    JsonNode fields = frontMatter.get();
    int bodyLine = end + 2;
    String body = String.join("\n", Arrays.asList(lines).subList(end + 1, lines.length));
    Node document = MarkdownSyntax.parse(body);
    PageStructure.Found found =
        PageStructure.of(
            document,
            extensionEmbeds,
            (line, column) -> new SourcePos(path, bodyLine + line, column + 1));
    return Optional.of(
        new Page(
            key,
            lang,
            report,
            path,
            fields.get("title").asString(),
            fields.get("order").asInt(),
            fields.has("section") ? fields.get("section").asInt() : null,
            fields.has("description") ? fields.get("description").asString() : null,
            body,
            document,
            bodyLine,
            found.embeds(),
            found.anchors()));
  }
}
