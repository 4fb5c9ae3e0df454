package dev.folio.model;

import java.util.Objects;

/** Text that readers see, in both languages (a missing translation never gets this far). */
public record Text(String zh, String en) {
  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public String in(Lang lang) {
    return lang == Lang.ZH ? zh : en;
  }
}
