package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Text that readers see, in every language of the site: language folder ({@code zh}, {@code en}) to
 * string. A missing translation never gets this far: the loader reports it.
 */
public record Text(Map<String, String> values) {
  public Text {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    values.forEach(
        (language, text) -> {
          Objects.requireNonNull(language, "language");
          Objects.requireNonNull(text, "text in " + language);
        });
  }

  /** {@code Text.of("zh", "模型", "en", "Model")}: folders and strings, in pairs. */
  public static Text of(String... foldersAndStrings) {
    if (foldersAndStrings.length % 2 != 0) {
      throw new IllegalArgumentException("folders and strings come in pairs");
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < foldersAndStrings.length; i += 2) {
      values.put(foldersAndStrings[i], foldersAndStrings[i + 1]);
    }
    return new Text(values);
  }

  /** The same words in every language: a name, a number, a formula. */
  public static Text same(Iterable<Language> languages, String text) {
    Map<String, String> values = new LinkedHashMap<>();
    languages.forEach(language -> values.put(language.folder(), text));
    return new Text(values);
  }

  /** Text made for each language by {@code text}. */
  public static Text each(Iterable<Language> languages, Function<Language, String> text) {
    Map<String, String> values = new LinkedHashMap<>();
    languages.forEach(language -> values.put(language.folder(), text.apply(language)));
    return new Text(values);
  }

  /** The text in {@code language}; a language it lacks is a Folio bug (the loader checks). */
  public String in(Language language) {
    String text = values.get(language.folder());
    if (text == null) {
      throw new IllegalStateException("no " + language.folder() + " text in " + values);
    }
    return text;
  }

  /** This text followed by {@code other}, language by language. */
  public Text append(Text other) {
    Map<String, String> joined = new LinkedHashMap<>();
    values.forEach((language, text) -> joined.put(language, text + other.values.get(language)));
    return new Text(joined);
  }
}
