package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.Problems;
import dev.folio.model.Report;
import dev.folio.model.Series;
import dev.folio.model.Similarity;
import dev.folio.model.SiteConfig;
import dev.folio.model.Text;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads a report's {@code report.yaml} ({@code content/reports/SLUG/report.yaml}): validated
 * against Folio's own schema, then what a schema cannot say: text in exactly the site's languages,
 * a real date, a series that {@code folio.yaml} declares.
 */
final class ReportReader {
  static final String FILE = "report.yaml";
  private static final String SCHEMA = Schemas.builtinSchema("report.schema.json");

  private final Schemas schemas;
  private final SiteConfig config;
  private final Problems problems;

  ReportReader(Schemas schemas, SiteConfig config, Problems problems) {
    this.schemas = schemas;
    this.config = config;
    this.problems = problems;
  }

  /** The report in folder {@code slug}, whose {@code report.yaml} at {@code path} reads text. */
  Optional<Report> read(String slug, String path, String text) {
    Optional<JsonNode> root = StructuredText.parse(path, text, InputFormat.YAML, 1, problems);
    if (root.isEmpty() || !schemas.validate(path, text, root.get(), SCHEMA, 1, problems)) {
      return Optional.empty();
    }
    JsonNode report = root.get();
    int before = problems.size();
    MetadataFields fields = new MetadataFields(path, config.languages(), problems);
    String seriesId = report.has("series") ? report.get("series").asString() : null;
    Text series = seriesId == null ? null : series(report.get("series"), fields);
    Report read =
        new Report(
            slug,
            fields.text(report.get("title")),
            series,
            seriesId,
            report.has("number") ? report.get("number").asString() : null,
            fields.authors(report.get("authors")),
            fields.optionalText(report.get("institution")),
            fields.date("date", report.get("date")),
            fields.optionalText(report.get("abstract")),
            report.has("supersedes") ? report.get("supersedes").asString() : null,
            report.has("supersedes") ? fields.pos(report.get("supersedes")) : null,
            report.has("movedFrom"),
            ConfigReader.extensions(report.get("extensions"), path, 1),
            report.has("baseline") ? report.get("baseline").asString() : null,
            report.has("baseline") ? fields.pos(report.get("baseline")) : null,
            fields.pos(report));
    return problems.size() > before ? Optional.empty() : Optional.of(read);
  }

  /** The name of the series {@code id} names, which {@code folio.yaml} declares. */
  private Text series(JsonNode id, MetadataFields fields) {
    Series series = config.series().get(id.asString());
    if (series == null) {
      problems.add(
          fields.pos(id),
          "there is no series \"" + id.asString() + "\" in folio.yaml",
          Similarity.closest(id.asString(), config.series().keySet())
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse(
                  config.series().isEmpty()
                      ? "declare it under series: in folio.yaml, with its name in every language"
                      : "the series are " + String.join(", ", config.series().keySet())));
      return null;
    }
    return series.name();
  }
}
