package dev.folio.extensions.inference;

import java.util.Locale;

/**
 * The code a table cell holds for a value of the model's enums: {@code NOT_DERIVABLE} →
 * notDerivable.
 */
final class Codes {
  private Codes() {}

  static String of(Enum<?> value) {
    String name = value.name().toLowerCase(Locale.ROOT);
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
