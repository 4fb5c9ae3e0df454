package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart kind lives in its class, registered once in {@link ChartKinds}, and in the charts schema,
 * which must agree with it: the schema allows exactly the kinds' codes, and a setting exactly when
 * some kind reads it.
 */
class ChartKindsTest {
  private static final Set<String> OWN = Set.of("id", "kind", "table", "title", "description");

  private static JsonNode chartSchema() throws IOException {
    try (InputStream in =
        ChartKind.class.getResourceAsStream("/dev/folio/schemas/charts.schema.json")) {
      return JsonMapper.builder().build().readTree(in).get("$defs").get("chart");
    }
  }

  @Test
  void theSchemaAllowsEveryKindsCodeAndNoOther() throws IOException {
    List<String> codes = new ArrayList<>();
    chartSchema()
        .get("properties")
        .get("kind")
        .get("enum")
        .forEach(code -> codes.add(code.asString()));
    assertThat(codes)
        .containsExactlyElementsOf(ChartKinds.all().stream().map(ChartKind::code).toList());
    for (String code : codes) {
      assertThat(ChartKinds.of(code).code()).isEqualTo(code);
    }
    assertThatThrownBy(() -> ChartKinds.of("pie")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theSchemaAllowsASettingExactlyWhenAKindReadsIt() throws IOException {
    Set<String> inSchema = new TreeSet<>();
    chartSchema().get("properties").properties().forEach(p -> inSchema.add(p.getKey()));
    inSchema.removeAll(OWN);
    Set<String> read = new TreeSet<>();
    ChartKinds.all().forEach(kind -> read.addAll(kind.settings()));
    assertThat(read).isEqualTo(inSchema);
  }
}
