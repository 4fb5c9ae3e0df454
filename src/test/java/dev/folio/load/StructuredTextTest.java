package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** YAML and JSON as {@link StructuredText} reads them, and what it says when it cannot. */
class StructuredTextTest {
  private static List<Problem> problems(String text, InputFormat format) {
    Problems problems = new Problems();
    Optional<JsonNode> node = StructuredText.parse("f", text, format, 1, problems);
    try {
      problems.throwIfAny();
    } catch (ContentException e) {
      assertThat(node).isEmpty();
      return e.problems();
    }
    assertThat(node).isPresent();
    return List.of();
  }

  @Test
  void anEmojiAcrossTheEndOfTheParsersBufferIsRead() {
    // snakeyaml-engine reads 1,024 characters at a time; a surrogate pair split by that
    // boundary made it read past its buffer (IndexOutOfBoundsException, exit 3)
    for (int at = 1000; at < 1060; at++) {
      for (String text :
          List.of(
              "a: " + "x".repeat(at) + "😀\n",
              "a: \"" + "x".repeat(at) + "😀\"\n",
              "a: " + "😀".repeat(at) + "\n")) {
        Problems problems = new Problems();
        Optional<JsonNode> node = StructuredText.parse("f", text, InputFormat.YAML, 1, problems);
        assertThat(node).as("at %d", at).isPresent();
        assertThat(node.get().get("a").asString()).endsWith("😀");
        try {
          problems.throwIfAny();
        } catch (ContentException e) {
          fail("at " + at + ": " + e.problems());
        }
      }
    }
  }

  @Test
  void yamlWithoutAnchorsIsScannedOnlyWhenJacksonFindsItWrongOrDeep() {
    // Deeper than Folio reads, but not than Jackson does: still refused, where it is too deep.
    StringBuilder deep = new StringBuilder();
    for (int level = 0; level <= YamlScan.MAX_DEPTH; level++) {
      deep.append("  ".repeat(level)).append("k").append(level).append(":\n");
    }
    deep.append("  ".repeat(YamlScan.MAX_DEPTH + 1)).append("v: 1\n");
    List<Problem> tooDeep = problems(deep.toString(), InputFormat.YAML);
    assertThat(tooDeep).hasSize(1);
    assertThat(tooDeep.get(0).message())
        .isEqualTo("the values are nested more than " + YamlScan.MAX_DEPTH + " levels deep");
    assertThat(tooDeep.get(0).pos().line()).isEqualTo(YamlScan.MAX_DEPTH + 1);

    // As deep as Folio reads: read.
    StringBuilder fits = new StringBuilder();
    for (int level = 0; level < YamlScan.MAX_DEPTH - 1; level++) {
      fits.append("  ".repeat(level)).append("k").append(level).append(":\n");
    }
    fits.append("  ".repeat(YamlScan.MAX_DEPTH - 1)).append("v: 1\n");
    assertThat(problems(fits.toString(), InputFormat.YAML)).isEmpty();

    // A syntax error and a duplicate key, each worded as before: by the scan, then by Jackson.
    List<Problem> syntax = problems("title: \"open\norder: 3\n", InputFormat.YAML);
    assertThat(syntax).hasSize(1);
    assertThat(syntax.get(0).message()).contains("quote");
    List<Problem> twice = problems("a: 1\na: 2\n", InputFormat.YAML);
    assertThat(twice).hasSize(1);
    assertThat(twice.get(0).message()).contains("Duplicate", "\"a\"");

    // An anchor, an alias: scanned first, refused.
    assertThat(problems("a: &x 1\nb: 2\n", InputFormat.YAML).get(0).message())
        .contains("YAML anchor");
  }

  @Test
  void aNumberThatDoesNotParseIsNamedWithoutJavasWords() {
    for (String value : List.of("1.0e-2147483649", "!!float x")) {
      List<Problem> problems = problems("a: " + value + "\n", InputFormat.YAML);
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).message())
          .contains("is written or tagged as a number, but it" + " is not one Folio can read")
          .doesNotContain("Exception")
          .doesNotContain("java");
      assertThat(problems.get(0).hint()).contains("write a plain number");
    }
  }

  @Test
  void aJsonNumberBeyondBigDecimalsRangeIsAProblemAtItsValue() {
    // Jackson's JSON parser let this NumberFormatException escape unwrapped (exit 3)
    List<Problem> problems = problems("{\n  \"a\": [1,\n    1.0e-2147483649]\n}", InputFormat.JSON);
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.pos().line()).isEqualTo(3);
              assertThat(problem.pos().column()).isEqualTo(5);
              assertThat(problem.message())
                  .startsWith("\"1.0e-2147483649\" is written or tagged as a" + " number");
            });
  }

  @Test
  void anUnclosedObjectOrListIsNamedWithoutTheParsersInternalSource() {
    for (String text : List.of("{\"a\": [1, 2}", "{\"a\": {\"b\": 1]", "{\"a\": 1", "{\"a\": [1")) {
      List<Problem> problems = problems(text, InputFormat.JSON);
      assertThat(problems).hasSize(1);
      assertThat(problems.get(0).message())
          .startsWith("JSON syntax error: ")
          .doesNotContain("[Source")
          .doesNotContain("REDACTED")
          .doesNotContain("`")
          .doesNotContain("Feature");
    }
    assertThat(problems("{\"a\": 1", InputFormat.JSON).get(0).message())
        .isEqualTo("JSON syntax error: Unexpected end-of-input: the object {…} is not closed");
  }

  @Test
  void aKeyIsFoundBeforeItsValueInBlockFlowAndJsonText() {
    String block = "rows:\n  - id: a\n    relased: 2020-05-28\n";
    JsonNode value = parsed(block, InputFormat.YAML).get("rows").get(0).get("relased");
    assertThat(StructuredText.keyOf("f", block, "relased", value, 1))
        .isEqualTo(new SourcePos("f", 3, 5));
    String flow = "a: {relased: 1, released: 2}\n";
    value = parsed(flow, InputFormat.YAML).get("a").get("relased");
    assertThat(StructuredText.keyOf("f", flow, "relased", value, 1))
        .isEqualTo(new SourcePos("f", 1, 5));
    String nextLine = "title: x\nlangauges:\n  - en\n";
    value = parsed(nextLine, InputFormat.YAML).get("langauges");
    assertThat(StructuredText.keyOf("f", nextLine, "langauges", value, 2))
        .isEqualTo(new SourcePos("f", 3, 1));
    String json = "{\"id\": \"x\",\n  \"id2\": \"id\"}";
    value = parsed(json, InputFormat.JSON).get("id2");
    assertThat(StructuredText.keyOf("f", json, "id2", value, 1))
        .isEqualTo(new SourcePos("f", 2, 3));
  }

  @Test
  void aQuoteLeftOpenIsReportedWhereItOpens() {
    List<Problem> problems =
        problems("a: {x: \"one, y: 2}\nb: {x: \"two\", y: 3}\n", InputFormat.YAML);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).pos()).isEqualTo(new SourcePos("f", 1, 8));
    assertThat(problems.get(0).message()).contains("the quote \" that opens here is not closed");
    assertThat(problems.get(0).hint()).contains("\\\"");
    assertThat(problems("a: 'it''s'\nb: \"say \\\"x\\\"\"\n", InputFormat.YAML)).isEmpty();
  }

  @Test
  void theEndOfTheFileIsNamedInAReadersWords() {
    List<Problem> problems = problems("a: 1\nb: {x: 1, y: 2\n", InputFormat.YAML);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).pos()).isEqualTo(new SourcePos("f", 2, 4));
    assertThat(problems.get(0).message())
        .isEqualTo(
            "YAML syntax error: the {…} that opens here is not closed before the end of the file")
        .doesNotContain("<")
        .doesNotContain("stream");
  }

  private static JsonNode parsed(String text, InputFormat format) {
    return StructuredText.parse("f", text, format, 1, new Problems()).orElseThrow();
  }
}
