package dev.folio.scaffold;

import dev.folio.load.EditorSchemas;
import dev.folio.load.SourceLoader;
import dev.folio.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The files of a new, small, working report: {@code folio.yaml}, a cover and one section per
 * language, a data file with its schema, a chart, the GitHub Pages workflow, {@code .gitignore}, a
 * README and the editor's copies of Folio's schemas. Its words come in the languages the theme has
 * strings for (docs/theme.md); other languages get the English words to translate.
 */
public final class NewSite {
  private static final String WORDS = "/dev/folio/scaffold/";
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private NewSite() {}

  /** The languages of BCP 47 {@code codes}, with a folder and a name each. */
  public static List<Language> languages(List<String> codes) {
    List<Language> languages = new ArrayList<>();
    Set<String> folders = new HashSet<>();
    for (String code : codes) {
      Locale locale = new Locale.Builder().setLanguageTag(code.strip()).build();
      String folder =
          locale.getLanguage()
              + (locale.getScript().isEmpty()
                  ? ""
                  : "-" + locale.getScript().toLowerCase(Locale.ROOT));
      if (!folders.add(folder)) {
        folder = locale.toLanguageTag().toLowerCase(Locale.ROOT);
        folders.add(folder);
      }
      String name =
          locale.getScript().isEmpty()
              ? locale.getDisplayLanguage(locale)
              : locale.getDisplayName(locale);
      name = name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
      languages.add(Language.of(locale.toLanguageTag(), folder, name));
    }
    return languages;
  }

  /** Path in the new project → its text; {@code workflow} is its GitHub Pages workflow. */
  public static Map<String, String> files(
      List<Language> languages, LocalDate today, PagesWorkflow workflow) {
    Map<String, JsonNode> words = new LinkedHashMap<>();
    languages.forEach(lang -> words.put(lang.folder(), words(lang)));
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
                                    + quoted(words.get(l.folder()).get(key).asString()))
                        .toList())
                + "}";
    Map<String, String> files = new LinkedHashMap<>();
    files.put("folio.yaml", config(languages, every, today));
    for (Language lang : languages) {
      JsonNode w = words.get(lang.folder());
      files.put(
          "content/" + lang.folder() + "/index.md",
          page(
              w.get("reportTitle"),
              10,
              null,
              w.get("description"),
              w.get("introduction").asString() + "\n"));
      files.put(
          "content/" + lang.folder() + "/findings.md",
          page(
              w.get("sectionTitle"),
              20,
              1,
              w.get("sectionDescription"),
              "## "
                  + w.get("heading").asString()
                  + "\n\n"
                  + w.get("paragraph").asString()
                  + "\n\n```table measurements\n```\n\n"
                  + "```chart measurements\n```\n\n```note\n"
                  + w.get("noteText").asString()
                  + "\n```\n"));
    }
    files.put("content/data/measurements.yaml", data(every, today));
    files.put("schemas/measurements.schema.json", resource("measurements.schema.json"));
    files.put("content/charts.yaml", charts(every));
    files.putAll(EditorSchemas.files(languages));
    for (Language lang : languages) {
      if (!SourceLoader.themeHasStrings(lang)) {
        files.put("i18n/" + lang.folder() + ".yaml", untranslated(lang));
      }
    }
    files.put(".github/workflows/pages.yml", workflow.text());
    files.put(".gitignore", "/site/\n/.site.*\n");
    files.put("README.md", resource("README.md"));
    return files;
  }

  private static String config(
      List<Language> languages, Function<String, String> every, LocalDate today) {
    StringBuilder yaml =
        new StringBuilder()
            .append("# yaml-language-server: $schema=schemas/folio.schema.json\n")
            .append("# The site's configuration; `folio check` validates it (docs/authoring.md).\n")
            .append("title: ")
            .append(every.apply("title"))
            .append('\n')
            .append("description: ")
            .append(every.apply("description"))
            .append('\n')
            .append("languages:\n");
    for (Language lang : languages) {
      yaml.append("  - code: ")
          .append(lang.code())
          .append('\n')
          .append("    folder: ")
          .append(lang.folder())
          .append('\n')
          .append("    name: ")
          .append(quoted(lang.name()))
          .append('\n');
    }
    return yaml.append("defaultLanguage: ")
        .append(languages.get(0).folder())
        .append('\n')
        .append("report:\n")
        .append("  title: ")
        .append(every.apply("reportTitle"))
        .append('\n')
        .append("  authors:\n")
        .append("    - name: ")
        .append(every.apply("author"))
        .append('\n')
        .append("  institution: ")
        .append(every.apply("institution"))
        .append('\n')
        .append("  date: ")
        .append(today)
        .append('\n')
        .toString();
  }

  private static String page(
      JsonNode title, int order, Integer section, JsonNode description, String body) {
    return "---\ntitle: "
        + quoted(title.asString())
        + "\norder: "
        + order
        + "\n"
        + (section == null ? "" : "section: " + section + "\n")
        + "description: "
        + quoted(description.asString())
        + "\n---\n"
        + body;
  }

  private static String data(Function<String, String> every, LocalDate today) {
    StringBuilder yaml =
        new StringBuilder()
            .append("# yaml-language-server: $schema=../../schemas/measurements.schema.json\n")
            .append("title: ")
            .append(every.apply("tableTitle"))
            .append('\n')
            .append("provenance:\n  sources:\n    - name: ")
            .append(every.apply("source"))
            .append("\n  asOf: ")
            .append(today)
            .append('\n')
            .append("columns:\n")
            .append("  - key: region\n    label: ")
            .append(every.apply("region"))
            .append('\n')
            .append("  - key: value\n    label: ")
            .append(every.apply("value"))
            .append("\n    format: number\n")
            .append("rows:\n");
    String[] regions = {"north", "south", "east", "west"};
    int[] values = {42, 35, 58, 27};
    for (int i = 0; i < regions.length; i++) {
      yaml.append("  - id: ")
          .append(regions[i])
          .append('\n')
          .append("    region: ")
          .append(every.apply(regions[i]))
          .append('\n')
          .append("    value: ")
          .append(values[i])
          .append('\n');
    }
    return yaml.toString();
  }

  private static String charts(Function<String, String> every) {
    return "# Charts drawn from the data files; a page places one with ```chart ID.\n"
        + "charts:\n"
        + "  - id: measurements\n"
        + "    kind: bars\n"
        + "    table: measurements\n"
        + "    label: region\n"
        + "    value: value\n"
        + "    title: "
        + every.apply("chartTitle")
        + "\n"
        + "    description: "
        + every.apply("chartDescription")
        + "\n";
  }

  /**
   * The theme's interface strings in English, for a language the theme has none for: every one must
   * exist in every language, so the new site builds, and each waits to be translated.
   */
  private static String untranslated(Language lang) {
    String english;
    try (InputStream in = NewSite.class.getResourceAsStream("/dev/folio/theme/i18n/en.yaml")) {
      english = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String body =
        english.substring(english.indexOf('\n', english.indexOf("\n# A project") + 1) + 1);
    return "# The theme's interface strings for "
        + lang.name()
        + " ("
        + lang.code()
        + "): Folio"
        + " has none in this language,\n# so these are the English ones, to translate. Keep each"
        + " {placeholder}; docs/theme.md says\n# where each string shows.\n"
        + body;
  }

  /**
   * The scaffold's words in a language: the file its code finds as the theme's strings do ({@code
   * zh-Hant.yaml} for zh-TW), else English (to translate).
   */
  static JsonNode words(Language lang) {
    String text = null;
    for (String name : SourceLoader.builtinNames(lang)) {
      text = text == null ? optionalResource(name + ".yaml") : text;
    }
    return YAML.readTree(text == null ? resource("en.yaml") : text);
  }

  /** A YAML double-quoted scalar. */
  static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String resource(String name) {
    String text = optionalResource(name);
    if (text == null) {
      throw new IllegalStateException(WORDS + name + " is missing from Folio's class path");
    }
    return text;
  }

  private static String optionalResource(String name) {
    try (InputStream in = NewSite.class.getResourceAsStream(WORDS + name)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
