package dev.folio.render;

import dev.folio.load.MarkdownSyntax;
import dev.folio.model.Embed;
import dev.folio.model.LinkTarget;
import dev.folio.model.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to HTML for one page: raw HTML is escaped (content is not trusted), links to {@code
 * other.md} become links to the other page's URL, and {@code ```table}, {@code ```chart}, {@code
 * ```note} and extension blocks become data tables, charts, editor's notes and what the extensions
 * render.
 */
final class MarkdownHtml {
  /** What the embeds in a page need from the rest of the renderer. */
  interface Embeds {
    String tableHtml(String name) throws Templates.TemplateProblem;

    String chartHtml(String id) throws Templates.TemplateProblem;

    /** An extension's embed, e.g. the calculator of {@code ```calculator}. */
    String extensionHtml(String name) throws Templates.TemplateProblem;

    String noteLabel();
  }

  /**
   * Where links and ids lead in another edition than the web's (the PDF edition, where every page
   * of the report is a part of one document): null for the web pages.
   */
  interface Links {
    /** The href of a link ({@code image} false) or the src of an image within the site. */
    String href(LinkTarget target, boolean image);

    /** What this page's heading ids start with, so that they are unique in the document. */
    String idPrefix();
  }

  private final Page page;
  private final String root;
  private final Embeds embeds;
  private final Links links;
  private final HtmlRenderer renderer;

  /** What rendering found out for the search index: heading ids, embeds' HTML, notes. */
  private final Map<Node, String> headingIds = new IdentityHashMap<>();

  private final Map<Node, String> embedHtml = new IdentityHashMap<>();
  private final Map<Node, Node> notes = new IdentityHashMap<>();

  MarkdownHtml(Page page, String root, Embeds embeds) {
    this(page, root, embeds, null);
  }

  /**
   * @param links where links lead in another edition than the web's, or null
   */
  MarkdownHtml(Page page, String root, Embeds embeds, Links links) {
    this.page = page;
    this.root = root;
    this.embeds = embeds;
    this.links = links;
    List<Extension> extensions = new ArrayList<>(MarkdownSyntax.EXTENSIONS);
    extensions.add(
        links == null
            ? HeadingAnchorExtension.create()
            : HeadingAnchorExtension.builder().idPrefix(links.idPrefix()).build());
    this.renderer =
        HtmlRenderer.builder()
            .extensions(extensions)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> new Attributes())
            .nodeRendererFactory(EmbedRenderer::new)
            .build();
  }

  String render() throws Templates.TemplateProblem {
    try {
      // Sized for the page at once: grown from commonmark's default, the builder was copied a
      // dozen times and allocated several times the page.
      StringBuilder html = builder(page.bodyLength() * 3 / 2 + 256);
      renderer.render(page.document(), html);
      return html.toString();
    } catch (EmbedFailure failure) {
      throw failure.problem;
    }
  }

  /**
   * A builder with room for {@code capacity} characters, of two bytes each if the page's text has a
   * character beyond Latin-1 (so will its HTML): a builder of one byte a character copies itself
   * into a new array of two at the first such character, which on Chinese pages came soon and cost
   * a copy of the whole array. Either way the string is the same.
   */
  private StringBuilder builder(int capacity) {
    if (!beyondLatin1(page.text(), page.bodyStart())) {
      return new StringBuilder(capacity);
    }
    StringBuilder wide = new StringBuilder("\u0100");
    wide.setLength(0);
    wide.ensureCapacity(capacity);
    return wide;
  }

  /** Whether {@code text} has a character beyond Latin-1 from {@code start}. */
  private static boolean beyondLatin1(String text, int start) {
    for (int i = start, length = text.length(); i < length; i++) {
      if (text.charAt(i) > 0xff) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's sections as the search index takes them, from the Markdown as rendered (call after
   * {@link #render}): the text before the first {@code ##} or {@code ###} heading (after the
   * description), then each such heading with its anchor and the text under it. An embed's text is
   * that of its HTML, without a chart's drawing.
   *
   * @param url the page's path in the site, {@code en/chips/}
   * @param lead what the page's header shows besides its title (the home page's cover, the
   *     description), the start of the first section
   */
  List<SearchSection> sections(String url, String lead) {
    List<SearchSection> sections = new ArrayList<>();
    String anchor = "";
    String heading = "";
    StringBuilder text = new StringBuilder(lead).append(' ');
    for (Node child = page.document().getFirstChild(); child != null; child = child.getNext()) {
      String id = headingIds.get(child);
      if (id != null) {
        addSection(sections, url, anchor, heading, text);
        anchor = id;
        StringBuilder title = new StringBuilder();
        text(child, title);
        heading = SearchSection.collapse(title);
        text.setLength(0);
      } else {
        text(child, text);
        text.append(' ');
      }
    }
    addSection(sections, url, anchor, heading, text);
    if (sections.isEmpty()) {
      sections.add(new SearchSection(url, page.title(), "", ""));
    }
    return sections;
  }

  private void addSection(
      List<SearchSection> sections, String url, String anchor, String heading, StringBuilder text) {
    String body = SearchSection.collapse(text);
    if (!body.isEmpty() || !heading.isEmpty()) {
      sections.add(
          new SearchSection(
              url + (anchor.isEmpty() ? "" : "#" + anchor), page.title(), heading, body));
    }
  }

  /** The text a reader sees of a node: what Jsoup's {@code text()} of its HTML would give. */
  private void text(Node node, StringBuilder out) {
    if (node instanceof Text text) {
      out.append(text.getLiteral());
    } else if (node instanceof Code code) {
      out.append(code.getLiteral());
    } else if (node instanceof HtmlInline html) {
      out.append(html.getLiteral());
    } else if (node instanceof HtmlBlock html) {
      out.append(html.getLiteral()).append(' ');
    } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
      out.append(' ');
    } else if (node instanceof IndentedCodeBlock code) {
      out.append(code.getLiteral()).append(' ');
    } else if (node instanceof FencedCodeBlock block) {
      String html = embedHtml.get(block);
      Node note = notes.get(block);
      if (html != null) {
        out.append(SearchSection.htmlText(html)).append(' ');
      } else if (note != null) {
        out.append(embeds.noteLabel()).append(' ');
        text(note, out);
      } else {
        out.append(block.getLiteral()).append(' ');
      }
    } else if (!(node instanceof Image)) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        text(child, out);
      }
      if (node instanceof Block || node instanceof TableCell) {
        out.append(' ');
      }
    }
  }

  /**
   * Where a link within the site leads, relative to this page; null for an address on the web,
   * which stays as written (the checker has refused every invalid link).
   */
  private String href(LinkTarget target) {
    if (target instanceof LinkTarget.Page linked) {
      String report = linked.report() == null ? page.report() : linked.report();
      return root + Page.sitePath(page.lang(), report, linked.key()) + fragment(linked.fragment());
    }
    if (target instanceof LinkTarget.StaticFile file) {
      return root + encodePath(file.sitePath()) + fragment(file.fragment());
    }
    if (target instanceof LinkTarget.SamePage same) {
      return fragment(same.fragment());
    }
    return null;
  }

  private static String fragment(String fragment) {
    return fragment == null ? "" : "#" + fragment;
  }

  /** A site path as a URL path: each segment percent-encoded where it must be. */
  static String encodePath(String path) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return encoded.toString();
  }

  private final class Attributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      String destination =
          node instanceof Link link
              ? link.getDestination()
              : node instanceof Image image ? image.getDestination() : null;
      if (destination != null) {
        LinkTarget target = page.linkTarget(destination);
        String href = links != null ? links.href(target, node instanceof Image) : href(target);
        if (href != null) {
          attributes.put(node instanceof Link ? "href" : "src", href);
          // The sanitiser marks every link nofollow; a link within the site is not untrusted.
          attributes.remove("rel");
        }
      }
      if (node instanceof Heading heading
          && node.getParent() == page.document()
          && (heading.getLevel() == 2 || heading.getLevel() == 3)
          && attributes.get("id") != null) {
        headingIds.put(node, attributes.get("id"));
      }
      if (node instanceof TableCell) {
        // GFM writes the obsolete align attribute; the HTML checker rejects it.
        String align = attributes.remove("align");
        if (align != null) {
          attributes.put("class", "align-" + align);
        }
      }
    }
  }

  private final class EmbedRenderer implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    EmbedRenderer(HtmlNodeRendererContext context) {
      this.context = context;
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
      FencedCodeBlock block = (FencedCodeBlock) node;
      Embed embed = page.embedAt(block);
      if (embed == null) {
        code(block);
      } else if (embed.kind() != Embed.Kind.NOTE) {
        html.line();
        try {
          String rendered =
              switch (embed.kind()) {
                case TABLE -> embeds.tableHtml(embed.name());
                case CHART -> embeds.chartHtml(embed.name());
                default -> embeds.extensionHtml(embed.name());
              };
          embedHtml.put(block, rendered);
          html.raw(rendered);
        } catch (Templates.TemplateProblem problem) {
          throw new EmbedFailure(problem);
        }
        html.line();
      } else {
        note(block, embed.note().document());
      }
    }

    private void note(FencedCodeBlock block, Node inner) {
      html.line();
      html.tag("aside", Map.of("class", "note"));
      html.tag("p", Map.of("class", "note-label"));
      html.text(embeds.noteLabel());
      html.tag("/p");
      notes.put(block, inner);
      for (Node child = inner.getFirstChild(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
      html.tag("/aside");
      html.line();
    }

    private void code(FencedCodeBlock block) {
      String info = block.getInfo() == null ? "" : block.getInfo().strip();
      String language = info.isEmpty() ? null : info.split("\\s+")[0];
      html.line();
      html.tag("pre");
      html.tag("code", language == null ? Map.of() : Map.of("class", "language-" + language));
      html.text(block.getLiteral());
      html.tag("/code");
      html.tag("/pre");
      html.line();
    }
  }

  /** Carries a template problem out of commonmark's renderer, which cannot throw it. */
  private static final class EmbedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Templates.TemplateProblem problem;

    EmbedFailure(Templates.TemplateProblem problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }
  }
}
