package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {
  @Test
  void suggestsTheClosestNameOnlyWhenItIsClose() {
    List<String> fields = List.of("company", "model", "params", "publishedAs");
    assertThat(Similarity.closest("parms", fields)).contains("params");
    assertThat(Similarity.closest("Modle", fields)).contains("model");
    assertThat(Similarity.closest("xyzzy", fields)).isEmpty();
  }
}
