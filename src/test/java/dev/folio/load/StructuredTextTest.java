package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import dev.folio.model.ContentException;
import dev.folio.model.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** YAML and JSON as {@link StructuredText} reads them, and what it says when it cannot. */
class StructuredTextTest {
  @Test
  void anEmojiAcrossTheEndOfTheParsersBufferIsRead() {
    // snakeyaml-engine reads 1,024 characters at a time; a surrogate pair split by that
    // boundary made it read past its buffer (IndexOutOfBoundsException, exit 3)
    for (int at = 1000; at < 1060; at++) {
      for (String text : List.of("a: " + "x".repeat(at) + "😀\n",
          "a: \"" + "x".repeat(at) + "😀\"\n", "a: " + "😀".repeat(at) + "\n")) {
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
}
