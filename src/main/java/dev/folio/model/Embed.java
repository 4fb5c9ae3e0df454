package dev.folio.model;

import java.util.List;
import java.util.Objects;
import org.commonmark.node.Node;

/**
 * Something a page places with a fenced block, found when the page was read: {@code ```table NAME}
 * places a data table, {@code ```chart ID} a chart of {@code content/charts.yaml}, {@code ```note}
 * an editor's note, and {@code ```NAME} an embed an enabled extension adds (the live cost
 * calculator). Any other fenced block is ordinary code and no embed.
 *
 * <p>Two embeds are equal when they say the same at the same place: the block they were read from
 * and a note's parsed Markdown are how later stages find and render them, derived from the rest,
 * and not compared.
 *
 * @param name the table, chart or extension embed; null for a note
 * @param body the block's text (a note's Markdown; nothing for the others)
 * @param pos where the block starts
 * @param block the fenced block in the page's (or its note's) Markdown
 * @param note a note's Markdown, parsed; null for the other kinds
 */
public record Embed(Kind kind, String name, String body, SourcePos pos, Node block, Note note) {
  public enum Kind {
    TABLE,
    NOTE,
    CHART,
    EXTENSION
  }

  /**
   * An editor's note: its Markdown parsed, and the line of the page its first line is on, counted
   * from the page's body (0-based, as commonmark counts), for the positions of what it holds. The
   * embeds inside a note are the page's too, right after the note's own.
   */
  public record Note(Node document, int bodyLineIndex) {
    public Note {
      Objects.requireNonNull(document, "document");
    }
  }

  public Embed {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(block, "block");
    if ((kind == Kind.NOTE) != (note != null)) {
      throw new IllegalArgumentException("a note, and only a note, has a parsed body");
    }
  }

  /**
   * The id of what a table or chart embed shows in the page ({@code table-NAME}, {@code chart-ID}),
   * which links may point at; null for the other kinds.
   */
  public String anchor() {
    return switch (kind) {
      case TABLE -> tableAnchor(name);
      case CHART -> chartAnchor(name);
      default -> null;
    };
  }

  /** The id a table has in a page that embeds it. */
  public static String tableAnchor(String table) {
    return "table-" + table;
  }

  /** The id a chart has in a page that embeds it. */
  public static String chartAnchor(String chart) {
    return "chart-" + chart;
  }

  /** The embeds of {@code kind} among {@code embeds}, in their order. */
  public static List<Embed> ofKind(List<Embed> embeds, Kind kind) {
    return embeds.stream().filter(embed -> embed.kind == kind).toList();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Embed that
        && kind == that.kind
        && Objects.equals(name, that.name)
        && body.equals(that.body)
        && pos.equals(that.pos);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, name, body, pos);
  }
}
