package dev.folio.render;

import com.ibm.icu.util.ULocale;
import dev.folio.model.Language;

/**
 * Which way a language's text runs, from its code's likely script (CLDR's likely subtags, through
 * ICU): {@code rtl} for Arabic, Hebrew, Persian, Urdu… (ar, he, fa, ur, and any code written in a
 * right-to-left script, such as {@code az-Arab}), {@code ltr} for every other.
 */
final class TextDirection {
  private TextDirection() {}

  /** {@code rtl} or {@code ltr}, for an HTML {@code dir} attribute. */
  static String of(Language lang) {
    return of(lang.code());
  }

  /** {@code rtl} or {@code ltr} for a BCP 47 code. */
  static String of(String code) {
    return ULocale.forLanguageTag(code).isRightToLeft() ? "rtl" : "ltr";
  }
}
