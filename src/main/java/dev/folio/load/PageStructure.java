package dev.folio.load;

import dev.folio.model.Embed;
import dev.folio.model.Page;
import dev.folio.model.SourcePos;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * What a page's Markdown places, where links may lead in it, and its links and images, found in one
 * walk when the page is read: the one place that tells an embed's fenced block from code. Notes are
 * parsed here and walked where they stand, so their embeds and headings are the page's too.
 *
 * <p>Anchors are made the way the renderer's heading-anchor extension makes heading ids (the text
 * of the heading, lower-cased, through one {@link IdGenerator} in document order), so a link's
 * {@code #anchor} can be checked before anything is rendered.
 */
final class PageStructure extends AbstractVisitor {
  private final Set<String> extensionEmbeds;

  /** Where a node of the body (or a note) stands: (line index, column index) → position. */
  private final BiFunction<Integer, Integer, SourcePos> bodyPos;

  private final IdGenerator ids =
      IdGenerator.builder().defaultId("id").prefix("").suffix("").build();
  private final List<Embed> embeds = new ArrayList<>();
  private final Set<String> anchors = new LinkedHashSet<>();
  private final List<Page.WrittenLink> links = new ArrayList<>();

  /** Body line index where the Markdown being walked starts (non-zero inside a note). */
  private int lineOffset;

  private PageStructure(
      Set<String> extensionEmbeds, BiFunction<Integer, Integer, SourcePos> bodyPos) {
    this.extensionEmbeds = extensionEmbeds;
    this.bodyPos = bodyPos;
  }

  /** A page's embeds, anchors, and links and images. */
  record Found(List<Embed> embeds, Set<String> anchors, List<Page.WrittenLink> links) {}

  /**
   * @param extensionEmbeds the names of the embeds the site's extensions declare
   * @param bodyPos the position in the file of a body line and column (0-based)
   */
  static Found of(
      Node document, Set<String> extensionEmbeds, BiFunction<Integer, Integer, SourcePos> bodyPos) {
    PageStructure structure = new PageStructure(extensionEmbeds, bodyPos);
    document.accept(structure);
    return new Found(structure.embeds, structure.anchors, structure.links);
  }

  /** What a fenced block's info string places, among a site's embeds. */
  static Optional<Embed.Kind> kind(String info, Set<String> extensionEmbeds) {
    String[] words = words(info);
    if (words.length == 2 && words[0].equals("table")) {
      return Optional.of(Embed.Kind.TABLE);
    }
    if (words.length == 2 && words[0].equals("chart")) {
      return Optional.of(Embed.Kind.CHART);
    }
    if (words.length == 1 && words[0].equals("note")) {
      return Optional.of(Embed.Kind.NOTE);
    }
    if (words.length == 1 && extensionEmbeds.contains(words[0])) {
      return Optional.of(Embed.Kind.EXTENSION);
    }
    return Optional.empty();
  }

  private static String[] words(String info) {
    return info == null || info.isBlank() ? new String[0] : info.strip().split("\\s+");
  }

  @Override
  public void visit(Heading heading) {
    List<String> parts = new ArrayList<>();
    heading.accept(
        new AbstractVisitor() {
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
    visitChildren(heading); // for its links
  }

  @Override
  public void visit(Link link) {
    links.add(new Page.WrittenLink(link.getDestination(), pos(link), false));
    visitChildren(link);
  }

  @Override
  public void visit(Image image) {
    links.add(new Page.WrittenLink(image.getDestination(), pos(image), true));
    visitChildren(image);
  }

  /** Where a link or image is ({@link MarkdownSyntax} keeps their spans). */
  private SourcePos pos(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return bodyPos.apply(lineOffset, 0);
    }
    return bodyPos.apply(lineOffset + spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
  }

  @Override
  public void visit(FencedCodeBlock block) {
    kind(block.getInfo(), extensionEmbeds)
        .ifPresent(
            kind -> {
              String[] words = words(block.getInfo());
              String name = kind == Embed.Kind.NOTE ? null : words[words.length - 1];
              int lineIndex = lineOffset + block.getSourceSpans().get(0).getLineIndex();
              SourcePos pos =
                  bodyPos.apply(lineIndex, block.getSourceSpans().get(0).getColumnIndex());
              Embed.Note note =
                  kind == Embed.Kind.NOTE
                      ? new Embed.Note(MarkdownSyntax.parse(block.getLiteral()), lineIndex + 1)
                      : null;
              Embed embed = new Embed(kind, name, block.getLiteral(), pos, block, note);
              embeds.add(embed);
              if (embed.anchor() != null) {
                anchors.add(embed.anchor());
              }
              if (note != null) {
                // A note's body is Markdown too, walked where it stands.
                int outer = lineOffset;
                lineOffset = note.bodyLineIndex();
                note.document().accept(this);
                lineOffset = outer;
              }
            });
  }
}
