package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.BaseUrl;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.Publication;
import dev.folio.model.Report;
import dev.folio.model.Series;
import dev.folio.model.Similarity;
import dev.folio.model.SiteConfig;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code folio.yaml}: validated against Folio's own schema ({@code folio.schema.json}), then
 * the rules a schema cannot state: codes that are real BCP 47 tags, distinct languages, a default
 * that is one of them, text in exactly the site's languages, a base URL that parses.
 */
final class ConfigReader {
  private static final String SCHEMA = Schemas.builtinSchema("folio.schema.json");
  private static final String PATH = SiteConfig.PATH;

  private final Schemas schemas;
  private final Problems problems;
  private List<Language> languages = List.of();

  ConfigReader(Schemas schemas, Problems problems) {
    this.schemas = schemas;
    this.problems = problems;
  }

  Optional<SiteConfig> read(String text) {
    Optional<JsonNode> root = StructuredText.parse(PATH, text, InputFormat.YAML, 1, problems);
    if (root.isEmpty() || !schemas.validate(PATH, text, root.get(), SCHEMA, 1, problems)) {
      return Optional.empty();
    }
    JsonNode config = root.get();
    languages = languages(config.get("languages"));
    if (languages.isEmpty()) {
      return Optional.empty();
    }
    int before = problems.size();
    Language defaultLanguage = defaultLanguage(config.get("defaultLanguage"));
    Text title = text(config.get("title"));
    Text description = text(config.get("description"));
    Map<String, SiteConfig.ExtensionSettings> extensions =
        extensions(config.get("extensions"), PATH, 1);
    Report report = config.has("report") ? report(config.get("report"), extensions) : null;
    String baseUrl = config.has("baseUrl") ? baseUrl(config.get("baseUrl")) : null;
    Map<String, Series> series = series(config.get("series"));
    Publication publication = publication(config.get("publication"));
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            languages,
            defaultLanguage,
            baseUrl,
            title,
            description,
            series,
            report,
            extensions,
            publication,
            config.has("history") ? config.get("history").asBoolean() : null));
  }

  /** {@code publication:}: the schema checked its shape; font folders are the site's languages. */
  private Publication publication(JsonNode node) {
    if (node == null) {
      return Publication.DEFAULT;
    }
    Map<String, List<Publication.FontFile>> fonts = new LinkedHashMap<>();
    JsonNode named = node.get("fonts");
    if (named != null) {
      List<String> folders = languages.stream().map(Language::folder).toList();
      for (var language : named.properties()) {
        if (!folders.contains(language.getKey())) {
          problems.add(
              pos(language.getValue()),
              "\"" + language.getKey() + "\" is not the folder of one of the site's languages",
              Similarity.closest(language.getKey(), folders)
                  .map(s -> "did you mean \"" + s + "\"?")
                  .orElse("name one of " + String.join(", ", folders)));
          continue;
        }
        List<Publication.FontFile> files = new ArrayList<>();
        for (JsonNode file : language.getValue()) {
          files.add(new Publication.FontFile(file.asString(), pos(file)));
        }
        fonts.put(language.getKey(), files);
      }
    }
    JsonNode license = node.get("license");
    return new Publication(
        !node.has("pdf") || node.get("pdf").asBoolean(),
        !node.has("images") || node.get("images").asBoolean(),
        fonts,
        license == null
            ? null
            : new Publication.License(
                text(license.get("name")),
                license.has("url") ? license.get("url").asString() : null));
  }

  private List<Language> languages(JsonNode list) {
    List<Language> read = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    Set<String> folders = new TreeSet<>();
    boolean ok = true;
    for (JsonNode language : list) {
      JsonNode code = language.get("code");
      JsonNode folder = language.get("folder");
      Optional<Locale> locale = locale(code);
      Optional<Locale> numbers = language.has("locale") ? locale(language.get("locale")) : locale;
      if (!codes.add(code.asString().toLowerCase(Locale.ROOT))) {
        problems.add(
            pos(code),
            "the language " + code.asString() + " is listed twice",
            "list each language once");
        ok = false;
      }
      if (!folders.add(folder.asString())) {
        problems.add(
            pos(folder),
            "two languages have the folder \"" + folder.asString() + "\"",
            "give each language its own folder, e.g. zh and zh-hant");
        ok = false;
      }
      if (locale.isEmpty() || numbers.isEmpty()) {
        ok = false;
        continue;
      }
      read.add(
          new Language(
              locale.get().toLanguageTag(),
              folder.asString(),
              language.get("name").asString(),
              numbers.get()));
    }
    return ok ? read : List.of();
  }

  /** A well-formed BCP 47 tag, or a problem at it. */
  private Optional<Locale> locale(JsonNode tag) {
    try {
      return Optional.of(new Locale.Builder().setLanguageTag(tag.asString()).build());
    } catch (IllformedLocaleException e) {
      problems.add(
          pos(tag),
          "\"" + tag.asString() + "\" is not a BCP 47 language tag",
          "write a tag such as zh-CN, en, en-GB, ja or zh-Hant");
      return Optional.empty();
    }
  }

  private Language defaultLanguage(JsonNode folder) {
    if (folder == null) {
      return languages.get(0);
    }
    for (Language language : languages) {
      if (language.folder().equals(folder.asString())) {
        return language;
      }
    }
    List<String> known = languages.stream().map(Language::folder).toList();
    problems.add(
        pos(folder),
        "\"" + folder.asString() + "\" is not the folder of one of the" + " site's languages",
        Similarity.closest(folder.asString(), known)
            .map(s -> "did you mean \"" + s + "\"?")
            .orElse("name one of " + String.join(", ", known)));
    return languages.get(0);
  }

  /** The report a site publishes at its root: its pages' addresses start at the site's. */
  private Report report(JsonNode report, Map<String, SiteConfig.ExtensionSettings> extensions) {
    return new Report(
        "",
        text(report.get("title")),
        optionalText(report.get("series")),
        null,
        null,
        fields().authors(report.get("authors")),
        optionalText(report.get("institution")),
        fields().date("report.date", report.get("date")),
        null,
        null,
        null,
        false,
        extensions,
        report.has("baseline") ? report.get("baseline").asString() : null,
        report.has("baseline") ? pos(report.get("baseline")) : null,
        pos(report));
  }

  private Map<String, Series> series(JsonNode list) {
    Map<String, Series> series = new LinkedHashMap<>();
    if (list != null) {
      for (var one : list.properties()) {
        series.put(
            one.getKey(),
            new Series(one.getKey(), text(one.getValue().get("name")), pos(one.getValue())));
      }
    }
    return series;
  }

  private String baseUrl(JsonNode node) {
    try {
      BaseUrl.parse(node.asString());
    } catch (IllegalArgumentException e) {
      problems.add(
          pos(node),
          "baseUrl: " + e.getMessage(),
          "write a path such as /repo-name/ or a URL such as https://owner.github.io/repo-name/");
    }
    return node.asString();
  }

  /** The extensions {@code extensions} (of the file at {@code path}) enables, with settings. */
  static Map<String, SiteConfig.ExtensionSettings> extensions(
      JsonNode extensions, String path, int firstLine) {
    Map<String, SiteConfig.ExtensionSettings> read = new LinkedHashMap<>();
    if (extensions == null) {
      return read;
    }
    for (var extension : extensions.properties()) {
      Map<String, SiteConfig.Setting> values = new LinkedHashMap<>();
      for (var setting : extension.getValue().properties()) {
        JsonNode value = setting.getValue();
        String written = value.isNumber() ? value.decimalValue().toPlainString() : value.asString();
        values.put(
            setting.getKey(),
            new SiteConfig.Setting(written, StructuredText.pos(path, value, firstLine)));
      }
      read.put(
          extension.getKey(),
          new SiteConfig.ExtensionSettings(
              extension.getKey(),
              values,
              StructuredText.pos(path, extension.getValue(), firstLine)));
    }
    return read;
  }

  private Text text(JsonNode node) {
    return fields().text(node);
  }

  private Text optionalText(JsonNode node) {
    return fields().optionalText(node);
  }

  private MetadataFields fields() {
    return new MetadataFields(PATH, languages, problems);
  }

  private static SourcePos pos(JsonNode node) {
    return StructuredText.pos(PATH, node, 1);
  }
}
