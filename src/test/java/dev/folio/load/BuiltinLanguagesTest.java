package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every language the theme and the built-in extensions ship (and {@code folio new}'s words in it)
 * has exactly the keys of en.yaml, each with en.yaml's placeholders, and no value left in English
 * but those that are the same on purpose.
 */
class BuiltinLanguagesTest {
  /** The languages issue 22 asks for, at least: each must have its files. */
  private static final List<String> REQUIRED =
      List.of("en", "zh", "zh-Hant", "ja", "ko", "fr", "de", "es", "pt", "ru", "ar");

  /** Keys whose value is no word: a pattern, punctuation or a CSL style's id. */
  private static final Set<String> NOT_WORDS =
      Set.of(
          "report.work",
          "report.author",
          "punct.list",
          "punct.colon",
          "punct.semicolon",
          "punct.period",
          "punct.comma",
          "punct.open",
          "punct.close",
          "image.rights",
          "citation.style");

  /**
   * Symbols every language writes alike: units (SI, bytes, FLOP, US$) and number formats. A value
   * made of these alone, besides placeholders, digits and punctuation ("{value} GB/s", "TFLOP/s",
   * "FP16 / BF16 — 2 bytes"), is no word left in English.
   */
  private static final Set<String> SYMBOLS =
      Set.of(
          "GB", "MB", "TB", "FLOP", "TFLOP", "PFLOP", "s", "ms", "µs", "min", "h", "US$", "byte",
          "bytes", "FP32", "FP16", "BF16", "FP8", "INT8", "INT4");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z]+}");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}µ$][\\p{L}\\p{N}$]*");

  /** The inference-cost extension's three units of output speed. */
  private static final Set<String> TOKENS_PER_SECOND =
      Set.of(
          "calc.unit.tokensPerSecond",
          "cost.unit.tokensPerSecond",
          "cost.cli.unit.tokensPerSecond");

  /** Words a language writes as English does, reviewed one by one. */
  private static final Map<String, Set<String>> SAME_AS_ENGLISH =
      Map.of(
          "theme/de", Set.of("revisions.note"),
          "theme/es", Set.of("value.no"),
          "theme/fr", Set.of("nav.label", "table.source", "errata.note", "chart.images"),
          "theme/pt", Set.of("footer.source", "footer.sourceNoInstitution"),
          "scaffold/de", Set.of("region", "west"),
          // "tokens" is the word Spanish and Brazilian AI writing uses (as German writes "Token").
          "inference/es", TOKENS_PER_SECOND,
          "inference/pt", TOKENS_PER_SECOND);

  @ParameterizedTest
  @ValueSource(
      strings = {"theme/i18n", "scaffold", "extensions/inference/i18n", "extensions/growth/i18n"})
  void everyLanguageHasExactlyTheEnglishKeysAndNoEnglishLeftOver(String folder)
      throws IOException, URISyntaxException {
    Path dir =
        Path.of(getClass().getResource("/dev/folio/" + folder + "/en.yaml").toURI()).getParent();
    Map<String, String> english = read(dir.resolve("en.yaml"));
    Set<String> languages = new TreeSet<>();
    try (Stream<Path> files = Files.list(dir)) {
      files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".yaml"))
          .forEach(name -> languages.add(name.substring(0, name.length() - 5)));
    }
    assertThat(languages).containsAll(REQUIRED);
    // theme, scaffold, inference, growth
    String kind = folder.replaceFirst("^extensions/", "").replaceFirst("/i18n$", "");
    for (String lang : languages) {
      if (lang.equals("en")) {
        continue;
      }
      Map<String, String> strings = read(dir.resolve(lang + ".yaml"));
      assertThat(strings.keySet())
          .as("%s/%s.yaml: its keys", folder, lang)
          .containsExactlyInAnyOrderElementsOf(english.keySet());
      Set<String> same = new TreeSet<>();
      Map<String, String> placeholders = new TreeMap<>();
      strings.forEach(
          (key, value) -> {
            if (value.equals(english.get(key)) && !NOT_WORDS.contains(key) && !symbolsOnly(value)) {
              same.add(key);
            }
            if (!placeholders(value).equals(placeholders(english.get(key)))) {
              placeholders.put(key, value);
            }
          });
      assertThat(placeholders)
          .as("%s/%s.yaml: values whose {placeholders} are not en.yaml's", folder, lang)
          .isEmpty();
      assertThat(same)
          .as("%s/%s.yaml: values left as in English", folder, lang)
          .isEqualTo(SAME_AS_ENGLISH.getOrDefault(kind + "/" + lang, Set.of()));
    }
  }

  /** Whether a value holds no word, only placeholders, digits, punctuation and {@link #SYMBOLS}. */
  private static boolean symbolsOnly(String value) {
    Matcher token = TOKEN.matcher(PLACEHOLDER.matcher(value).replaceAll(" "));
    while (token.find()) {
      if (!SYMBOLS.contains(token.group())) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> placeholders(String value) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(value == null ? "" : value);
    while (placeholder.find()) {
      found.add(placeholder.group());
    }
    return found;
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
