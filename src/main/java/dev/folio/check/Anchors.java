package dev.folio.check;

import dev.folio.load.MarkdownSyntax;
import dev.folio.model.Embed;
import dev.folio.model.Page;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;

/**
 * The anchors a page will have, for checking {@code #anchor} links before anything is rendered:
 * its headings' ids, made the way the renderer's heading-anchor extension makes them (the text of
 * the heading, lower-cased, through one {@link IdGenerator} in document order, editor's notes
 * included where they stand), and the ids of the tables and charts it embeds.
 */
final class Anchors {
  private Anchors() {}

  static Set<String> of(Page page) {
    Set<String> anchors = new LinkedHashSet<>();
    IdGenerator ids = IdGenerator.builder().defaultId("id").prefix("").suffix("").build();
    collect(page.document(), ids, anchors);
    return java.util.Collections.unmodifiableSet(anchors);
  }

  private static void collect(Node document, IdGenerator ids, Set<String> anchors) {
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Heading heading) {
        List<String> parts = new ArrayList<>();
        heading.accept(new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            parts.add(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            parts.add(code.getLiteral());
          }
        });
        anchors.add(ids.generateId(String.join("", parts).trim().toLowerCase(Locale.ROOT)));
      }

      @Override
      public void visit(FencedCodeBlock block) {
        Embed.parse(block.getInfo(), Set.of()).ifPresent(embed -> {
          switch (embed.kind()) {
            case NOTE -> collect(MarkdownSyntax.parse(block.getLiteral()), ids, anchors);
            case TABLE -> anchors.add("table-" + embed.name());
            case CHART -> anchors.add("chart-" + embed.name());
            default -> { }
          }
        });
      }
    });
  }
}
