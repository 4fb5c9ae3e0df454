package dev.folio.load;

import dev.folio.model.CalendarDates;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.Report;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The fields {@code folio.yaml} and a report's {@code report.yaml} share, read from one file of
 * YAML that its schema accepted: text in every language of the site, authors, dates. What a schema
 * cannot say (a language the site does not have, a day not in the calendar) is a problem at its
 * place.
 */
final class MetadataFields {
  private final String path;
  private final List<Language> languages;
  private final Problems problems;

  MetadataFields(String path, List<Language> languages, Problems problems) {
    this.path = path;
    this.languages = languages;
    this.problems = problems;
  }

  /** Text in exactly the site's languages; each missing or unknown one is a problem. */
  Text text(JsonNode node) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> folders = languages.stream().map(Language::folder).toList();
    for (var entry : node.properties()) {
      if (!folders.contains(entry.getKey())) {
        problems.add(
            pos(entry.getValue()),
            "\"" + entry.getKey() + "\" is not a language of this site",
            "its languages are " + String.join(", ", folders) + " (the folders under languages:)");
      }
    }
    for (Language language : languages) {
      JsonNode value = node.get(language.folder());
      if (value == null) {
        problems.add(
            pos(node),
            "the " + language.folder() + " text is missing",
            "add \"" + language.folder() + ": …\" (" + language.name() + ")");
        values.put(language.folder(), "");
      } else {
        values.put(language.folder(), value.asString());
      }
    }
    return new Text(values);
  }

  Text optionalText(JsonNode node) {
    return node == null ? null : text(node);
  }

  List<Report.Author> authors(JsonNode list) {
    List<Report.Author> authors = new ArrayList<>();
    for (JsonNode author : list) {
      authors.add(new Report.Author(text(author.get("name")), optionalText(author.get("role"))));
    }
    return authors;
  }

  /**
   * The date in {@code field}, in the calendar (the schema checked its form), or a problem at it.
   */
  LocalDate date(String field, JsonNode date) {
    Optional<CalendarDates.Wrong> wrong = CalendarDates.check(date.asString(), false);
    if (wrong.isPresent()) {
      problems.add(pos(date), "\"" + field + "\" " + wrong.get().message(), wrong.get().hint());
      return LocalDate.of(1970, 1, 1);
    }
    return LocalDate.parse(date.asString());
  }

  SourcePos pos(JsonNode node) {
    return StructuredText.pos(path, node, 1);
  }
}
