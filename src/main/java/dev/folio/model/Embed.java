package dev.folio.model;

import java.util.Optional;

/**
 * Something placed into a page by a fenced block's info string: {@code ```table NAME} places a
 * data table, {@code ```note} an editor's note. Any other info string is ordinary code.
 */
public record Embed(Kind kind, String name) {
  public enum Kind { TABLE, NOTE }

  public static Optional<Embed> parse(String info) {
    String[] words = info == null ? new String[0] : info.strip().split("\\s+");
    if (words.length == 2 && words[0].equals("table")) {
      return Optional.of(new Embed(Kind.TABLE, words[1]));
    }
    if (words.length == 1 && words[0].equals("note")) {
      return Optional.of(new Embed(Kind.NOTE, null));
    }
    return Optional.empty();
  }
}
