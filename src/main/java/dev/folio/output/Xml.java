package dev.folio.output;

/** Text as XML writes it, in an element or in a double-quoted attribute. */
final class Xml {
  private Xml() {}

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
