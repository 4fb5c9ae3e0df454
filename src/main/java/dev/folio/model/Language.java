package dev.folio.model;

import java.util.Locale;
import java.util.Objects;

/**
 * One language of a site, as {@code folio.yaml} configures it.
 *
 * @param code BCP 47 tag: {@code <html lang>}, {@code hreflang}, the theme's strings
 * @param folder the folder of its pages under {@code content/}, and its key in text written for
 *     every language ({@code {zh: …, en: …}}) and in {@code i18n/FOLDER.yaml}
 * @param name its name in its own script, for the language switch ({@code 中文})
 * @param locale how numbers and dates are written (the JDK's locale data); {@code code} unless
 *     {@code folio.yaml} names another (e.g. {@code en-GB} for pages in {@code en})
 */
public record Language(String code, String folder, String name, Locale locale) {
  public Language {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(locale, "locale");
  }

  /** A language whose numbers and dates follow its own code. */
  public static Language of(String code, String folder, String name) {
    return new Language(code, folder, name, Locale.forLanguageTag(code));
  }
}
