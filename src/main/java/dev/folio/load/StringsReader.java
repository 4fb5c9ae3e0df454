package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.InterfaceStrings;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
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
   * The built-in strings under {@code resourceFolder} for a language: the file named by its code
   * ({@code zh-CN.yaml}), else by its code without the region ({@code zh.yaml} for zh-CN, en.yaml
   * for en-GB). A code with a script only matches files in that script: zh-Hans gets {@code
   * zh.yaml}, whose script {@code scripts.properties} says is Hans; zh-Hant never does.
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

  /** A project's own strings file. */
  Optional<Entries> project(String path, String text) {
    return entries(path, text);
  }

  /**
   * Merges the built-in sources, then the project's (later ones win), into one language's strings.
   */
  static InterfaceStrings merge(
      Language lang, String projectPath, List<Entries> builtins, Optional<Entries> project) {
    Map<String, String> strings = new LinkedHashMap<>();
    Map<String, SourcePos> positions = new LinkedHashMap<>();
    Set<String> builtin = new TreeSet<>();
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

  static List<String> lookupTags(String code) {
    Locale locale = Locale.forLanguageTag(code);
    List<String> tags = new ArrayList<>(List.of(locale.toLanguageTag()));
    String base =
        locale.getLanguage() + (locale.getScript().isEmpty() ? "" : "-" + locale.getScript());
    if (!tags.contains(base)) {
      tags.add(base);
    }
    if (!locale.getScript().isEmpty()
        && locale.getScript().equals(SCRIPTS.getProperty(locale.getLanguage()))) {
      tags.add(locale.getLanguage());
    }
    return tags;
  }

  /** The script each built-in strings file without one in its name is written in. */
  private static final Properties SCRIPTS = scripts();

  private static Properties scripts() {
    Properties scripts = new Properties();
    try (InputStream in =
        StringsReader.class.getResourceAsStream("/dev/folio/theme/i18n/scripts.properties")) {
      if (in != null) {
        scripts.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scripts;
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
