package dev.folio.load;

import com.ibm.icu.util.ULocale;
import com.networknt.schema.InputFormat;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads interface strings, flat maps of key to text: the built-in ones of the theme (and of
 * extensions) from Folio's class path, and the project's {@code i18n/FOLDER.yaml}, which add keys
 * or override them.
 */
final class StringsReader {
  private static final String SCHEMA = Schemas.builtinSchema("interface-strings.schema.json");

  private final Schemas schemas;
  private final Problems problems;

  StringsReader(Schemas schemas, Problems problems) {
    this.schemas = schemas;
    this.problems = problems;
  }

  /** Keys and texts with where each was written, in file order. */
  record Entries(Map<String, String> strings, Map<String, SourcePos> positions) {}

  /**
   * The built-in strings under {@code resourceFolder} for a language: the first file of {@link
   * #lookupTags} there ({@code zh.yaml} for zh-CN, {@code zh-Hant.yaml} for zh-TW, {@code en.yaml}
   * for en-GB).
   */
  Optional<Entries> builtin(String resourceFolder, String displayFolder, Language lang) {
    for (String tag : lookupTags(lang.code())) {
      String resource = resourceFolder + "/" + tag + ".yaml";
      String path = displayFolder + "/" + tag + ".yaml";
      Entries known = BUILTIN.get(resource + " " + path);
      if (known != null) {
        return Optional.of(known);
      }
      try (InputStream in = StringsReader.class.getResourceAsStream(resource)) {
        if (in != null) {
          Optional<Entries> read =
              entries(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
          read.ifPresent(
              entries ->
                  BUILTIN.put(
                      resource + " " + path,
                      new Entries(
                          Collections.unmodifiableMap(entries.strings()),
                          Collections.unmodifiableMap(entries.positions()))));
          return read;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The built-in strings files read so far, by resource and shown path: they are part of Folio, so
   * each is read and checked once per process (a dev server rebuilds many times).
   */
  private static final Map<String, Entries> BUILTIN = new ConcurrentHashMap<>();

  /**
   * Every key of the built-in strings under {@code resourceFolder}, in whichever language its files
   * define it: what a language must have when the folder ships no file for it (a project's own
   * {@code i18n/FOLDER.yaml} then defines them all).
   */
  Set<String> requiredKeys(String resourceFolder) {
    return REQUIRED.computeIfAbsent(
        resourceFolder,
        folder -> {
          Set<String> keys = new TreeSet<>();
          ClassPathFolder.files(folder)
              .forEach(
                  (name, bytes) -> {
                    if (name.endsWith(".yaml") && !name.contains("/")) {
                      keys.addAll(
                          entries(folder + "/" + name, new String(bytes, StandardCharsets.UTF_8))
                              .map(entries -> entries.strings().keySet())
                              .orElse(Set.of()));
                    }
                  });
          return Collections.unmodifiableSet(keys);
        });
  }

  /** The keys of each built-in strings folder, read once per process (they are part of Folio). */
  private static final Map<String, Set<String>> REQUIRED = new ConcurrentHashMap<>();

  /** A project's own strings file. */
  Optional<Entries> project(String path, String text) {
    return entries(path, text);
  }

  /**
   * Merges the built-in sources, then the project's (later ones win), into one language's strings.
   */
  static InterfaceStrings merge(
      Language lang,
      String projectPath,
      List<Entries> builtins,
      Set<String> required,
      Optional<Entries> project) {
    Map<String, String> strings = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new LinkedHashMap<>();
    Set<String> builtin = new TreeSet<>(required);
    for (Entries source : builtins) {
      strings.putAll(source.strings());
      positions.putAll(source.positions());
      builtin.addAll(source.strings().keySet());
    }
    project.ifPresent(
        own -> {
          strings.putAll(own.strings());
          positions.putAll(own.positions());
        });
    return new InterfaceStrings(lang, projectPath, strings, positions, builtin);
  }

  /**
   * The names, most specific first, of the built-in strings files that may serve a language: the
   * code as written, then with its likely script and region (CLDR's likely subtags, through ICU:
   * zh-TW is zh-Hant-TW, zh-CN zh-Hans-CN, ja ja-Jpan-JP), then the language with its script, and a
   * name without a script only when that script is the name's own likely script. So zh-TW and zh-HK
   * get {@code zh-Hant.yaml}, zh-CN, zh-SG and zh-Hans get {@code zh.yaml} (zh is likely Hans), and
   * sr-Latn never gets a Cyrillic {@code sr.yaml}.
   */
  static List<String> lookupTags(String code) {
    ULocale max = ULocale.addLikelySubtags(ULocale.forLanguageTag(code));
    String lang = max.getLanguage();
    String script = max.getScript();
    String region = max.getCountry();
    Set<String> tags = new LinkedHashSet<>();
    tags.add(Locale.forLanguageTag(code).toLanguageTag());
    if (!script.isEmpty() && !region.isEmpty()) {
      tags.add(lang + "-" + script + "-" + region);
    }
    if (!region.isEmpty() && likelyScript(lang + "-" + region).equals(script)) {
      tags.add(lang + "-" + region);
    }
    if (!script.isEmpty()) {
      tags.add(lang + "-" + script);
    }
    if (likelyScript(lang).equals(script)) {
      tags.add(lang);
    }
    return List.copyOf(tags);
  }

  private static String likelyScript(String tag) {
    return ULocale.addLikelySubtags(ULocale.forLanguageTag(tag)).getScript();
  }

  private Optional<Entries> entries(String path, String text) {
    Optional<JsonNode> node = StructuredText.parse(path, text, InputFormat.YAML, 1, problems);
    if (node.isEmpty() || !schemas.validate(path, text, node.get(), SCHEMA, 1, problems)) {
      return Optional.empty();
    }
    Map<String, String> strings = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new LinkedHashMap<>();
    for (var entry : node.get().properties()) {
      strings.put(entry.getKey(), entry.getValue().asString());
      positions.put(entry.getKey(), StructuredText.pos(path, entry.getValue(), 1));
    }
    return Optional.of(new Entries(strings, positions));
  }
}
