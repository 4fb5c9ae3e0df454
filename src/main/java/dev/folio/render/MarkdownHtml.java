package dev.folio.render;

import dev.folio.load.MarkdownSyntax;
import dev.folio.model.Embed;
import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.LinkTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Markdown to HTML for one page: raw HTML is escaped (content is not trusted), links to
 * {@code other.md} become links to the other page's URL, and {@code ```table},
 * {@code ```chart}, {@code ```note} and extension blocks become data tables, charts, editor's
 * notes and what the extensions render.
 */
final class MarkdownHtml {
  /** What the embeds in a page need from the rest of the renderer. */
  interface Embeds {
    String tableHtml(String name) throws Templates.TemplateProblem;

    String chartHtml(String id) throws Templates.TemplateProblem;

    /** An extension's embed, e.g. the calculator of {@code ```calculator}. */
    String extensionHtml(String name) throws Templates.TemplateProblem;

    /** What a fenced block's info string places. */
    java.util.Optional<Embed> embed(String info);

    String noteLabel();
  }

  private final Page page;
  private final String root;
  private final Embeds embeds;
  private final HtmlRenderer renderer;

  MarkdownHtml(Page page, String root, Embeds embeds) {
    this.page = page;
    this.root = root;
    this.embeds = embeds;
    List<org.commonmark.Extension> extensions = new ArrayList<>(MarkdownSyntax.EXTENSIONS);
    extensions.add(HeadingAnchorExtension.create());
    this.renderer = HtmlRenderer.builder()
        .extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> new Attributes())
        .nodeRendererFactory(EmbedRenderer::new)
        .build();
  }

  String render() throws Templates.TemplateProblem {
    try {
      return renderer.render(page.document());
    } catch (EmbedFailure failure) {
      throw failure.problem;
    }
  }

  /**
   * Where a link within the site leads, relative to this page; null for an address on the web,
   * which stays as written (the checker has refused every invalid link).
   */
  private String href(LinkTarget target) {
    if (target instanceof LinkTarget.Page linked) {
      return pageHref(root, page.lang(), linked.key()) + fragment(linked.fragment());
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
  private static String encodePath(String path) {
    StringBuilder encoded = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
          .replace("+", "%20"));
    }
    return encoded.toString();
  }

  /** The URL of another page of the same language, relative to this page. */
  static String pageHref(String root, Language lang, String key) {
    return root + lang.folder() + "/" + (Page.HOME.equals(key) ? "" : key + "/");
  }

  private final class Attributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      String destination = node instanceof Link link ? link.getDestination()
          : node instanceof Image image ? image.getDestination() : null;
      if (destination != null) {
        String href = href(LinkTarget.parse(page.path(), page.lang().folder(), destination));
        if (href != null) {
          attributes.put(node instanceof Link ? "href" : "src", href);
          // The sanitiser marks every link nofollow; a link within the site is not untrusted.
          attributes.remove("rel");
        }
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
      var embed = embeds.embed(block.getInfo());
      if (embed.isEmpty()) {
        code(block);
      } else if (embed.get().kind() != Embed.Kind.NOTE) {
        html.line();
        try {
          html.raw(switch (embed.get().kind()) {
            case TABLE -> embeds.tableHtml(embed.get().name());
            case CHART -> embeds.chartHtml(embed.get().name());
            default -> embeds.extensionHtml(embed.get().name());
          });
        } catch (Templates.TemplateProblem problem) {
          throw new EmbedFailure(problem);
        }
        html.line();
      } else {
        note(block);
      }
    }

    private void note(FencedCodeBlock block) {
      html.line();
      html.tag("aside", Map.of("class", "note"));
      html.tag("p", Map.of("class", "note-label"));
      html.text(embeds.noteLabel());
      html.tag("/p");
      Node inner = MarkdownSyntax.parse(block.getLiteral());
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
    private final transient Templates.TemplateProblem problem;

    EmbedFailure(Templates.TemplateProblem problem) {
      super(problem.getMessage(), null, false, false);
      this.problem = problem;
    }
  }
}
