package dev.folio.model;

import java.util.Optional;
import java.util.Set;

/**
 * Something placed into a page by a fenced block's info string: {@code ```table NAME} places a
 * data table, {@code ```chart ID} a chart of {@code content/charts.yaml}, {@code ```note} an
 * editor's note, and {@code ```NAME} an embed an enabled extension adds (the live cost
 * calculator). Any other info string is ordinary code.
 *
 * @param name the table, chart or extension embed; null for a note
 */
public record Embed(Kind kind, String name) {
  public enum Kind { TABLE, NOTE, CHART, EXTENSION }

  /** @param extensionEmbeds the names of the embeds the site's extensions add */
  public static Optional<Embed> parse(String info, Set<String> extensionEmbeds) {
    String[] words = info == null ? new String[0] : info.strip().split("\\s+");
    if (words.length == 2 && words[0].equals("table")) {
      return Optional.of(new Embed(Kind.TABLE, words[1]));
    }
    if (words.length == 2 && words[0].equals("chart")) {
      return Optional.of(new Embed(Kind.CHART, words[1]));
    }
    if (words.length == 1 && words[0].equals("note")) {
      return Optional.of(new Embed(Kind.NOTE, null));
    }
    if (words.length == 1 && extensionEmbeds.contains(words[0])) {
      return Optional.of(new Embed(Kind.EXTENSION, words[0]));
    }
    return Optional.empty();
  }
}
