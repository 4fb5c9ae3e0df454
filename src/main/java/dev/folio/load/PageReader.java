package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
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
    // Lines found by their bounds, not split into strings; the body is parsed where it lies.
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd)) {
      problems.add(
          new SourcePos(path, 1, 1),
          "the page has no front matter",
          "start the file with a line \"---\", then \"title: …\" and \"order: …\", then \"---\"."
              + " Did you forget to add \"---\"?");
      return Optional.empty();
    }
    int yamlStart = firstEnd + 1;
    int end = 1; // the closing line's index
    int start = yamlStart;
    while (start <= text.length() && !isFence(text, start, lineEnd(text, start))) {
      start = lineEnd(text, start) + 1;
      end++;
    }
    if (start > text.length()) {
      problems.add(
          new SourcePos(path, 1, 1),
          "the front matter is not closed",
          "add a line \"---\" after the front matter's last field");
      return Optional.empty();
    }
    String yaml = start == yamlStart ? "" : text.substring(yamlStart, start - 1);
    Optional<JsonNode> frontMatter =
        StructuredText.parse(path, yaml, InputFormat.YAML, 2, problems);
    if (frontMatter.isEmpty()
        || !schemas.validate(path, yaml, frontMatter.get(), FRONT_MATTER_SCHEMA, 2, problems)) {
      return Optional.empty();
    }
    JsonNode fields = frontMatter.get();
    int bodyLine = end + 2;
    int closeEnd = lineEnd(text, start);
    int bodyStart = Math.min(closeEnd + 1, text.length());
    Node document = MarkdownSyntax.parse(text, bodyStart);
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
            text,
            bodyStart,
            document,
            bodyLine,
            found.embeds(),
            found.anchors(),
            found.links()));
  }

  /** Where the line starting at {@code start} ends: at its newline, or at the end of the text. */
  private static int lineEnd(String text, int start) {
    int newline = text.indexOf('\n', start);
    return newline < 0 ? text.length() : newline;
  }

  /** Whether {@code text[start, end)} is a front matter fence: {@code ---} and white space. */
  private static boolean isFence(String text, int start, int end) {
    return text.substring(start, end).strip().equals("---");
  }
}
