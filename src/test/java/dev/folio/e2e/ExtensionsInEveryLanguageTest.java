package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@code sites/extensions} (both built-in extensions, the calculator included) in every built-in
 * language but zh and en, which its golden case covers: it builds with no missing interface string,
 * each language gets its own file of each extension's strings by its code (zh-TW gets zh-Hant.yaml,
 * pt-BR pt.yaml), and no page shows an extension's string in English.
 */
@NeedsTeaVm
class ExtensionsInEveryLanguageTest {
  /** Code → folder: regional codes, so that the likely-script lookup finds each file. */
  private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

  static {
    LANGUAGES.put("ja-JP", "ja");
    LANGUAGES.put("ko-KR", "ko");
    LANGUAGES.put("zh-TW", "zh-tw");
    LANGUAGES.put("fr-FR", "fr");
    LANGUAGES.put("de-DE", "de");
    LANGUAGES.put("es-ES", "es");
    LANGUAGES.put("pt-BR", "pt");
    LANGUAGES.put("ru-RU", "ru");
    LANGUAGES.put("ar-EG", "ar");
  }

  /** The fixture's texts in every language: {zh: 中文, en: English}. */
  private static final Pattern BILINGUAL = Pattern.compile("\\{zh: ([^,{}]*), en: ([^,{}]*)}");

  private static final String STRINGS = "src/main/resources/dev/folio/extensions/";

  @Test
  void theExtensionsSpeakEveryBuiltInLanguage(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "extensions");
    translate(source);
    Folio.build(source, dir.resolve("site"));

    Map<String, String> english = new LinkedHashMap<>();
    english.putAll(read(Folio.projectDir().resolve(STRINGS + "inference/i18n/en.yaml")));
    english.putAll(read(Folio.projectDir().resolve(STRINGS + "growth/i18n/en.yaml")));
    Map<String, String> japanese =
        read(Folio.projectDir().resolve(STRINGS + "inference/i18n/ja.yaml"));
    Map<String, String> traditional =
        read(Folio.projectDir().resolve(STRINGS + "inference/i18n/zh-Hant.yaml"));
    assertThat(title(dir, "ja")).isEqualTo(japanese.get("calc.title"));
    assertThat(title(dir, "zh-tw")).isEqualTo(traditional.get("calc.title"));

    // A phrase of English words, whole words only (so "usdPerAcceleratorHour" in the calculator's
    // data is no "Accelerator").
    List<Pattern> leftovers =
        english.values().stream()
            .filter(value -> !value.contains("{") && value.matches(".*\\p{L}{3,} \\p{L}{3,}.*"))
            .map(value -> Pattern.compile("(?<!\\p{L})" + Pattern.quote(value) + "(?!\\p{L})"))
            .toList();
    List<String> found = new ArrayList<>();
    for (String folder : LANGUAGES.values()) {
      for (String page : List.of("index.html", "cost/index.html")) {
        String html =
            Jsoup.parse(
                    dir.resolve("site").resolve(folder).resolve(page).toFile(),
                    StandardCharsets.UTF_8.name())
                .outerHtml();
        for (Pattern leftover : leftovers) {
          Matcher matcher = leftover.matcher(html);
          if (matcher.find()) {
            found.add(folder + "/" + page + ": " + matcher.group());
          }
        }
      }
    }
    assertThat(found).as("extension strings left in English").isEmpty();
  }

  /**
   * A language no built-in file serves (Swahili), whose project file has the theme's strings but
   * not the extensions': a problem that names the extensions' keys at the file to add them to, not
   * an internal error once an extension asks for one.
   */
  @Test
  void aLanguageWithTheThemesStringsButNotTheExtensionsIsAProblemNotACrash(@TempDir Path dir)
      throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "extensions");
    Path config = source.resolve("folio.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace(
                "  - {code: zh-CN, folder: zh, name: 中文}\n"
                    + "  - {code: en, folder: en, name: English, locale: en-GB}",
                "  - {code: sw, folder: en, name: Kiswahili}")
            .replaceAll("\\{zh: ([^,{}]*), en: ([^,{}]*)}", "{en: $2}"));
    TestSites.deleteTree(source.resolve("content/zh"));
    Files.createDirectories(source.resolve("i18n"));
    Files.copy(
        Folio.projectDir().resolve("src/main/resources/dev/folio/theme/i18n/en.yaml"),
        source.resolve("i18n/en.yaml"));

    Folio.Run check = Folio.run("check", "--source", source.toString());

    assertThat(check.exitCode()).as(check.err()).isEqualTo(1);
    assertThat(check.err())
        .contains("i18n/en.yaml:1:1: ")
        .containsPattern("\\d+ interface strings of the theme or an extension have no en")
        .contains("calc.")
        .doesNotContain("internal error");
  }

  /**
   * The fixture's languages become {@link #LANGUAGES}, its pages the Chinese ones (so that no
   * English on a page comes from the content), each bilingual text the Chinese one.
   */
  private static void translate(Path source) throws IOException {
    Path config = source.resolve("folio.yaml");
    String languages =
        LANGUAGES.entrySet().stream()
            .map(
                language ->
                    "  - {code: %s, folder: %s, name: %s}"
                        .formatted(language.getKey(), language.getValue(), language.getValue()))
            .collect(Collectors.joining("\n"));
    String yaml =
        Files.readString(config)
            .replace(
                "  - {code: zh-CN, folder: zh, name: 中文}\n"
                    + "  - {code: en, folder: en, name: English, locale: en-GB}",
                languages);
    assertThat(yaml).contains("ar-EG");
    Files.writeString(config, yaml);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path file : walk.filter(path -> path.toString().endsWith(".yaml")).toList()) {
        String folders = String.join(", ", LANGUAGES.values());
        Matcher bilingual = BILINGUAL.matcher(Files.readString(file));
        StringBuilder text = new StringBuilder();
        while (bilingual.find()) {
          String chinese = bilingual.group(1);
          bilingual.appendReplacement(
              text,
              Matcher.quoteReplacement(
                  LANGUAGES.values().stream()
                      .map(folder -> folder + ": " + chinese)
                      .collect(Collectors.joining(", ", "{", "}"))));
        }
        bilingual.appendTail(text);
        assertThat(text.toString()).as(file + " after " + folders).doesNotContain("en: ");
        Files.writeString(file, text.toString());
      }
    }
    Path content = source.resolve("content");
    for (String folder : LANGUAGES.values()) {
      TestSites.copyTree(content.resolve("zh"), content.resolve(folder));
    }
    TestSites.deleteTree(content.resolve("zh"));
    TestSites.deleteTree(content.resolve("en"));
  }

  private static String title(Path dir, String folder) throws IOException {
    return Jsoup.parse(
            dir.resolve("site").resolve(folder).resolve("cost/index.html").toFile(),
            StandardCharsets.UTF_8.name())
        .select("#calc-title")
        .text();
  }

  private static Map<String, String> read(Path file) throws IOException {
    JsonNode node = YAMLMapper.builder().build().readTree(Files.readString(file));
    Map<String, String> strings = new LinkedHashMap<>();
    for (var entry : node.properties()) {
      strings.put(entry.getKey(), entry.getValue().asString());
    }
    return strings;
  }
}
