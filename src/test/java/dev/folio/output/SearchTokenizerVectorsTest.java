package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.NodeScript;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search tokenizer exists twice: {@link SearchIndex#tokens} builds the index, {@code tokens()}
 * in the theme's {@code search.js} splits a reader's query. Both run on the shared vectors of
 * {@code src/test/resources/search/tokenizer-vectors.json} (Latin, digits, CJK pairs, mixed
 * scripts, punctuation, case folding, full-width forms, emoji) and must give every vector's tokens,
 * and every token's shard, so that what a query looks up is what the index holds.
 */
class SearchTokenizerVectorsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path VECTORS =
      TestSites.resources().resolve("search/tokenizer-vectors.json");
  private static JsonNode vectors;

  @BeforeAll
  static void readTheVectors() {
    vectors = JSON.readTree(VECTORS.toFile());
    assertThat(vectors.get("tokens").size()).as("token vectors").isGreaterThan(30);
    assertThat(vectors.get("shards").size()).as("shard vectors").isGreaterThan(5);
  }

  @Test
  void theJavaTokenizerGivesEveryVectorsTokensAndShards() {
    List<List<String>> tokens = new ArrayList<>();
    vectors.get("tokens").forEach(v -> tokens.add(SearchIndex.tokens(v.get("text").asString())));
    List<Integer> shards = new ArrayList<>();
    vectors
        .get("shards")
        .forEach(
            v -> shards.add(SearchIndex.shard(v.get("token").asString(), v.get("shards").asInt())));
    assertThat(disagreements(tokens, shards))
        .as("vectors on which SearchIndex disagrees")
        .isEmpty();
  }

  @Test
  void theJavaScriptTokenizerGivesEveryVectorsTokensAndShards() {
    JsonNode results = node();
    List<List<String>> tokens = new ArrayList<>();
    results.get("tokens").forEach(list -> tokens.add(strings(list)));
    List<Integer> shards = new ArrayList<>();
    results.get("shards").forEach(shard -> shards.add(shard.asInt()));
    assertThat(disagreements(tokens, shards)).as("vectors on which search.js disagrees").isEmpty();
  }

  /** Every vector that {@code tokens} and {@code shards} (in the vectors' order) get wrong. */
  private static List<String> disagreements(List<List<String>> tokens, List<Integer> shards) {
    assertThat(tokens).as("token lists").hasSize(vectors.get("tokens").size());
    assertThat(shards).as("shards").hasSize(vectors.get("shards").size());
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode vector = vectors.get("tokens").get(i);
      List<String> expected = strings(vector.get("tokens"));
      if (!tokens.get(i).equals(expected)) {
        wrong.add(
            vector.get("about").asString()
                + ": "
                + JSON.writeValueAsString(vector.get("text").asString())
                + " gives "
                + JSON.writeValueAsString(tokens.get(i))
                + ", not "
                + JSON.writeValueAsString(expected));
      }
    }
    for (int i = 0; i < shards.size(); i++) {
      JsonNode vector = vectors.get("shards").get(i);
      if (shards.get(i) != vector.get("shard").asInt()) {
        wrong.add(
            "the shard of "
                + JSON.writeValueAsString(vector.get("token").asString())
                + " among "
                + vector.get("shards").asInt()
                + " is "
                + shards.get(i)
                + ", not "
                + vector.get("shard").asInt());
      }
    }
    return wrong;
  }

  private static List<String> strings(JsonNode array) {
    List<String> strings = new ArrayList<>();
    array.forEach(item -> strings.add(item.asString()));
    return strings;
  }

  /** What {@code src/test/js/search-tokens.mjs} prints: search.js run on the vectors. */
  private static JsonNode node() {
    return JSON.readTree(NodeScript.run("search-tokens.mjs", List.of(VECTORS.toString())));
  }
}
