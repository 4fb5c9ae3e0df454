package dev.folio.model;

import java.util.List;

/** The site's languages. Order matters: it is the order of output everywhere. */
public enum Lang {
  ZH("zh", "zh-CN"),
  EN("en", "en");

  public static final List<Lang> ALL = List.of(values());

  private final String code;
  private final String htmlLang;

  Lang(String code, String htmlLang) {
    this.code = code;
    this.htmlLang = htmlLang;
  }

  /** Folder name and key in bilingual text: {@code zh}, {@code en}. */
  public String code() {
    return code;
  }

  /** BCP 47 tag for {@code <html lang>} and {@code hreflang}. */
  public String htmlLang() {
    return htmlLang;
  }

  public Lang other() {
    return this == ZH ? EN : ZH;
  }

  public static Lang ofCode(String code) {
    for (Lang lang : values()) {
      if (lang.code.equals(code)) {
        return lang;
      }
    }
    throw new IllegalArgumentException("unknown language: " + code);
  }
}
