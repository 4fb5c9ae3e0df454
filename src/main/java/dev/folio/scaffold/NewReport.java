package dev.folio.scaffold;

import dev.folio.model.Language;
import dev.folio.model.SiteConfig;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The files of a new report in a site of several ({@code folio add report SLUG}): its {@code
 * report.yaml}, a cover and one section in every language of the site, with placeholder words in
 * each language Folio has them for (English words to translate in the others).
 */
public final class NewReport {
  private NewReport() {}

  /**
   * Path in the project → its text.
   *
   * @param series the id of the series it belongs to, or null
   */
  public static Map<String, String> files(
      SiteConfig config, String slug, LocalDate date, String series) {
    List<Language> languages = config.languages();
    Map<String, JsonNode> words = new LinkedHashMap<>();
    languages.forEach(lang -> words.put(lang.folder(), NewSite.words(lang)));
    Function<String, String> every =
        key ->
            "{"
                + String.join(
                    ", ",
                    languages.stream()
                        .map(
                            l ->
                                l.folder()
                                    + ": "
                                    + NewSite.quoted(words.get(l.folder()).get(key).asString()))
                        .toList())
                + "}";
    String folder = "content/reports/" + slug + "/";
    Map<String, String> files = new LinkedHashMap<>();
    files.put(folder + "report.yaml", report(every, date, series));
    for (Language lang : languages) {
      JsonNode w = words.get(lang.folder());
      files.put(
          folder + lang.folder() + "/index.md",
          page(w.get("reportTitle"), 10, w.get("description"), w.get("reportIntroduction")));
      files.put(
          folder + lang.folder() + "/findings.md",
          page(w.get("sectionTitle"), 20, w.get("sectionDescription"), w.get("reportFindings")));
    }
    return files;
  }

  private static String report(Function<String, String> every, LocalDate date, String series) {
    return "# yaml-language-server: $schema=../../../schemas/report.schema.json\n"
        + "# This report's metadata; `folio check` validates it (docs/authoring.md).\n"
        + "title: "
        + every.apply("reportTitle")
        + "\n"
        + (series == null ? "" : "series: " + series + "\n")
        + "authors:\n"
        + "  - name: "
        + every.apply("author")
        + "\n"
        + "institution: "
        + every.apply("institution")
        + "\n"
        + "date: "
        + date
        + "\n"
        + "abstract: "
        + every.apply("description")
        + "\n";
  }

  private static String page(JsonNode title, int order, JsonNode description, JsonNode body) {
    return "---\ntitle: "
        + NewSite.quoted(title.asString())
        + "\norder: "
        + order
        + "\ndescription: "
        + NewSite.quoted(description.asString())
        + "\n---\n"
        + body.asString()
        + "\n";
  }
}
