package dev.folio.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** One language's interface strings ({@code content/i18n/<lang>.yaml}), key → text. */
public record InterfaceStrings(Lang lang, String path, Map<String, String> strings,
    Map<String, SourcePos> positions) {
  public InterfaceStrings {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(path, "path");
    strings = java.util.Collections.unmodifiableMap(new TreeMap<>(strings));
    positions = java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
  }
}
