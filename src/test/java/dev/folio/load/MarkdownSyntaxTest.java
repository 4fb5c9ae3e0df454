package dev.folio.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Folio's Markdown parser makes the tree commonmark's own inline parser makes. */
class MarkdownSyntaxTest {
  /** Commonmark as configured by MarkdownSyntax, but with its own inline parser for every block. */
  private static final Parser COMMONMARK =
      Parser.builder()
          .extensions(MarkdownSyntax.EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static final List<String> SAMPLES =
      List.of(
          "plain",
          "trailing spaces   ",
          "trailing tab\t",
          "   ",
          "a  \nhard break",
          "soft\nbreak",
          "| a | b  |\n|:--|--:|\n| 1.5% | (x) - y #z |\n| 中文，标点。 | x\\|y |\n| | *e* |",
          "# Heading #\n\nSetext\n===",
          "- one\n- two *em*\n  - nested `code`",
          "1. ordered; \"quoted\" 'single' {braces} $5 @x ^y ~z +w =v",
          "&amp; &copy; &#35; <b>html</b> <https://x.y> ![img](a.png) [link](b.md) [ref]",
          "a_b_c *a*b* __s__ **t** \\* escaped",
          "> quote\n> more\n\n```\ncode\n```",
          "Ünïcode ﬁ ligature ＡＢＣ 全角 🤖 emoji",
          "windows\r\nline ends\r\n\r\n| a |\r\n|--|\r\n| b |\r\n",
          "old mac\rline ends\r\rlast",
          "no line end at the end",
          "ends with two\n\n",
          "x".repeat(20_000) + "\nlonger than a reader's buffer\r\n" + "中".repeat(9_000));

  @Test
  void parsesEveryFixtureAndSampleAsCommonmarksInlineParserDoes() throws IOException {
    List<String> texts = new ArrayList<>(SAMPLES);
    for (Path root : List.of(Path.of("src/test/resources/sites"), Path.of("content"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
          texts.add(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
    assertTrue(texts.size() > 100, "fixture pages found: " + texts.size());
    for (String text : texts) {
      assertEquals(
          dump(MarkdownSyntax.keepReportedPositions(COMMONMARK.parse(text))),
          dump(MarkdownSyntax.parse(text)),
          text);
    }
  }

  @Test
  void aBodyParsedWhereItLiesInItsFileIsTheTreeOfTheBodyAlone() {
    String frontMatter = "---\ntitle: 前言\norder: 1\n---\n";
    for (String body : SAMPLES) {
      String text = frontMatter + body;
      assertEquals(
          dump(MarkdownSyntax.parse(body)),
          dump(MarkdownSyntax.parse(text, frontMatter.length())),
          body);
    }
    assertEquals(
        dump(MarkdownSyntax.parse("")),
        dump(MarkdownSyntax.parse(frontMatter, frontMatter.length())));
  }

  @Test
  void fencedBlocksLinksAndImagesKeepTheirPositionsAndNothingElseDoes() {
    Node document =
        MarkdownSyntax.parse(
            "Intro *em*\n\n| a |\n|--|\n| see [x](y.md) ![i](z.png) |\n\n```table t\n```");
    assertEquals("[]", spans(document));
    Node paragraph = document.getFirstChild();
    assertEquals("[]", spans(paragraph));
    assertEquals("[]", spans(paragraph.getFirstChild()));
    Node table = paragraph.getNext();
    assertEquals("[]", spans(table));
    Node cell = table.getLastChild().getFirstChild().getFirstChild();
    assertEquals("[]", spans(cell));
    Node link = cell.getFirstChild().getNext();
    Node image = link.getNext().getNext();
    assertEquals("[SourceSpan{line=4, column=6, input=29, length=9}]", spans(link));
    assertEquals("[SourceSpan{line=4, column=16, input=39, length=11}]", spans(image));
    Node fenced = document.getLastChild();
    assertEquals(
        "[SourceSpan{line=6, column=0, input=54, length=10},"
            + " SourceSpan{line=7, column=0, input=65, length=3}]",
        spans(fenced));
  }

  private static String spans(Node node) {
    return node.getSourceSpans().toString();
  }

  @Test
  void aLineIsPlainOnlyWithoutCharactersThatStartInlineSyntax() {
    PlainLineFirst parser = (PlainLineFirst) PlainLineFirst.create(null);
    assertTrue(parser.isPlain("Revenue (2023): 1,234.5 — 中文 %/-#"));
    for (String special : List.of("*", "_", "`", "\\", "&", "<", "[", "]", "!", "\n")) {
      assertFalse(parser.isPlain("a" + special + "b"), special);
    }
    // Longer than the array it starts with, plain and not.
    assertTrue(parser.isPlain("中文 plain ".repeat(100)));
    assertFalse(parser.isPlain("中文 plain ".repeat(100) + "*"));
  }

  /** Every node with its fields and source spans, one a line, indented by depth. */
  private static String dump(Node document) {
    StringBuilder out = new StringBuilder();
    dump(document, 0, out);
    return out.toString();
  }

  private static void dump(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append(node).append(' ').append(node.getSourceSpans());
    out.append('\n');
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      dump(child, depth + 1, out);
    }
  }
}
