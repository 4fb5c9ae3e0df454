package dev.folio.load.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The pieces of text that are translations of each other, as one version of a file holds them: a
 * page's front matter and each of its sections (the text before its first heading, then each {@code
 * #}, {@code ##} or {@code ###} heading with what follows it), a data row's text in each language,
 * a chart's title and description in each language. A block is named by what it is ({@code page KEY
 * 2}, {@code row TABLE/ID/FIELD}); its text is per language.
 */
final class Blocks {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** A heading that starts a section: {@code #}, {@code ##} or {@code ###} and a space. */
  private static final Pattern HEADING = Pattern.compile("#{1,3} .*");

  private Blocks() {}

  /**
   * A page's blocks: its front matter ({@code page KEY front}) and sections ({@code page KEY i}),
   * each with the line it starts on (1-based), in language {@code lang}.
   */
  static Map<String, Block> page(String key, String lang, String text) {
    Map<String, Block> blocks = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    int body = 0;
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      int end = 1;
      while (end < lines.length && !lines[end].strip().equals("---")) {
        end++;
      }
      blocks.put("page " + key + " front", block(lang, lines, 0, Math.min(end + 1, lines.length)));
      body = Math.min(end + 1, lines.length);
    }
    List<Integer> starts = sectionStarts(lines, body);
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.length;
      blocks.put("page " + key + " " + i, block(lang, lines, starts.get(i), end));
    }
    return blocks;
  }

  /** Where a page's sections start: its body's first line, then each heading outside code. */
  private static List<Integer> sectionStarts(String[] lines, int body) {
    List<Integer> starts = new ArrayList<>(List.of(body));
    boolean fence = false;
    for (int i = body; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fence = !fence;
      } else if (!fence && i > body && HEADING.matcher(line).matches()) {
        starts.add(i);
      }
    }
    return starts;
  }

  private static Block block(String lang, String[] lines, int from, int to) {
    String text = String.join("\n", List.of(lines).subList(from, to)).strip();
    return new Block(Map.of(lang, text), from + 1);
  }

  /**
   * A data file's text blocks: each row's fields written in every language ({@code row
   * TABLE/ID/FIELD}); a table without ids has none.
   */
  static Map<String, Block> data(String table, RawTable raw) {
    Map<String, Block> blocks = new LinkedHashMap<>();
    raw.rows()
        .forEach(
            (id, fields) ->
                fields.forEach(
                    (field, value) -> {
                      if (value.isObject()) {
                        blocks.put("row " + table + "/" + id + "/" + field, localized(value));
                      }
                    }));
    return blocks;
  }

  /**
   * The text blocks of two versions of a data file ({@link #data(String, RawTable)}) that may
   * differ, into {@code was} and {@code is}: the blocks of the rows of {@code after}, and of those
   * of {@code before} that {@code after} has too. A field whose value is one node in both (a row
   * the versions share, parsed once: {@link Versions}) has the same text, and is left out.
   */
  static void data(
      String table,
      RawTable before,
      RawTable after,
      Map<String, Block> was,
      Map<String, Block> is) {
    after
        .rows()
        .forEach(
            (id, fields) -> {
              Map<String, JsonNode> old = before.rows().get(id);
              fields.forEach(
                  (field, value) -> {
                    JsonNode prior = old == null ? null : old.get(field);
                    if (!value.isObject() || prior == value) {
                      return;
                    }
                    String key = "row " + table + "/" + id + "/" + field;
                    is.put(key, localized(value));
                    if (prior != null && prior.isObject()) {
                      was.put(key, localized(prior));
                    }
                  });
            });
  }

  /** A charts file's text blocks: each chart's title and description in every language. */
  static Map<String, Block> charts(String text) {
    Map<String, Block> blocks = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (RuntimeException e) {
      return blocks;
    }
    JsonNode charts = root == null ? null : root.get("charts");
    if (charts == null || !charts.isArray()) {
      return blocks;
    }
    for (JsonNode chart : charts) {
      String id = chart.path("id").asString("");
      for (String field : List.of("title", "description")) {
        if (chart.path(field).isObject()) {
          blocks.put("chart " + id + "/" + field, localized(chart.get(field)));
        }
      }
    }
    return blocks;
  }

  private static Block localized(JsonNode value) {
    Map<String, String> texts = new LinkedHashMap<>();
    value.properties().forEach(entry -> texts.put(entry.getKey(), entry.getValue().asString("")));
    return new Block(texts, 0);
  }

  /** A block's text in each language that version has it in, and its first line (0: unknown). */
  record Block(Map<String, String> texts, int line) {}
}
