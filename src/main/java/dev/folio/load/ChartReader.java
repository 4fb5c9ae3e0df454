package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.ChartSpec;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code content/charts.yaml}: the charts pages can place, validated against Folio's own
 * schema ({@code charts.schema.json}). Whether the tables and fields a chart names exist is the
 * checker's business; this only reads what is written, keeping every position.
 */
final class ChartReader {
  static final String PATH = "content/charts.yaml";
  private static final String SCHEMA = Schemas.builtinSchema("charts.schema.json");
  private static final Set<String> OWN = Set.of("id", "kind", "table", "title", "description");

  private final Schemas schemas;
  private final List<Language> languages;
  private final Problems problems;

  ChartReader(Schemas schemas, List<Language> languages, Problems problems) {
    this.schemas = schemas;
    this.languages = List.copyOf(languages);
    this.problems = problems;
  }

  Optional<List<ChartSpec>> read(String path, String text) {
    Optional<JsonNode> root = StructuredText.parse(path, text, InputFormat.YAML, 1, problems);
    if (root.isEmpty() || !schemas.validate(path, text, root.get(), SCHEMA, 1, problems)) {
      return Optional.empty();
    }
    List<ChartSpec> charts = new ArrayList<>();
    for (JsonNode chart : root.get().get("charts")) {
      Map<String, ChartSpec.Setting> settings = new LinkedHashMap<>();
      for (var field : chart.properties()) {
        if (!OWN.contains(field.getKey())) {
          JsonNode value = field.getValue();
          String written =
              value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
          settings.put(
              field.getKey(), new ChartSpec.Setting(written, StructuredText.pos(path, value, 1)));
        }
      }
      charts.add(
          new ChartSpec(
              chart.get("id").asString(),
              chart.get("kind").asString(),
              chart.get("table").asString(),
              text(chart.get("title")),
              text(chart.get("description")),
              settings,
              StructuredText.pos(path, chart, 1),
              StructuredText.pos(path, chart.get("id"), 1),
              StructuredText.pos(path, chart.get("table"), 1)));
    }
    return Optional.of(charts);
  }

  private Text text(JsonNode node) {
    return Text.each(languages, l -> node.get(l.folder()).asString());
  }
}
