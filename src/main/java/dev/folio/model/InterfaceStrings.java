package dev.folio.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One language's interface strings, key → text: the theme's, then the enabled extensions', then the
 * project's own {@code i18n/FOLDER.yaml} (each later one adds keys or overrides them).
 *
 * @param path the project's file for this language, where a missing key is to be added
 * @param positions where each key was defined, for problems about it
 * @param builtin the keys the theme and the site's extensions define, in any language they ship:
 *     every language needs them, from a built-in file or its own
 */
public record InterfaceStrings(
    Language lang,
    String path,
    Map<String, String> strings,
    Map<String, SourcePos> positions,
    Set<String> builtin) {
  public InterfaceStrings {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(path, "path");
    strings = Collections.unmodifiableMap(new TreeMap<>(strings));
    positions = Collections.unmodifiableMap(new TreeMap<>(positions));
    builtin = Collections.unmodifiableSet(new TreeSet<>(builtin));
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(strings.get(key));
  }

  /**
   * A string Folio itself needs (not a template's): its text, or, when it is missing, its key and a
   * problem in {@code problems} that says where to add it.
   */
  public String required(String key, Problems problems) {
    String text = strings.get(key);
    if (text == null) {
      problems.add(
          Problem.at(
              SourcePos.file(path),
              "interface string \"" + key + "\" is not defined",
              "Folio needs it; add \"" + key + ": …\" to " + path));
      return key;
    }
    return text;
  }
}
