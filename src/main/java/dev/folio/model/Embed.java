package dev.folio.model;

import java.util.Optional;

/**
 * Something placed into a page by a fenced block's info string: {@code ```table NAME} places a
 * data table, {@code ```chart ID} a chart of {@code content/charts.yaml}, {@code ```note} an
 * editor's note, {@code ```calculator} the live cost calculator. Any other info string is
 * ordinary code.
 */
public record Embed(Kind kind, String name) {
  public enum Kind { TABLE, NOTE, CHART, CALCULATOR }

  /** The data files the calculator reads its models, accelerators and scenarios from. */
  public static final java.util.List<String> CALCULATOR_TABLES =
      java.util.List.of("llm-specs", "accelerators", "cost-scenarios");

  public static Optional<Embed> parse(String info) {
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
    if (words.length == 1 && words[0].equals("calculator")) {
      return Optional.of(new Embed(Kind.CALCULATOR, null));
    }
    return Optional.empty();
  }
}
