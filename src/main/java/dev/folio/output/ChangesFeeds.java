package dev.folio.output;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.Renderer;
import dev.folio.render.view.ChangesView;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An Atom feed of each report's Changes page in every language ({@code
 * FOLDER/SLUG/changes/feed.xml} ), an entry per commit that changed its data since it was
 * published: readers and data users subscribe to a report's updates. Edits not yet committed are no
 * entries. Ids are name-based UUIDs of the report, language and commit, so that they stay the same
 * wherever the site moves.
 */
public final class ChangesFeeds {
  private static final String FILE = "feed.xml";

  private ChangesFeeds() {}

  public static Output render(
      List<Renderer> reports, List<Language> languages, BaseUrl base, TaskRunner tasks) {
    List<OutputFile> files = new ArrayList<>();
    for (Renderer report : reports) {
      if (!report.hasChanges()) {
        continue;
      }
      for (Language lang : languages) {
        String page = Page.sitePath(lang, report.content().slug(), Page.CHANGES);
        files.add(
            tasks.run(
                Task.of(
                    Task.Boundary.OUTPUT,
                    page + FILE,
                    () ->
                        List.of(
                            report.content().history(),
                            report.content().tables(),
                            report.content().pages(lang),
                            report.content().report() == null ? "" : report.content().report(),
                            report.content().config(),
                            report.content().strings(lang),
                            base),
                    () ->
                        OutputFile.text(
                            page + FILE, feed(report, lang, base.url(page), base.url(""))))));
      }
    }
    return Output.of(files);
  }

  private static String feed(Renderer report, Language lang, String pageUrl, String rootUrl) {
    Content content = report.content();
    ChangesView changes = report.changeViews(lang).view(rootUrl);
    String title =
        (content.report() != null ? content.report().title() : content.config().title()).in(lang);
    String updated =
        changes.entries().stream()
            .map(ChangesView.Entry::datetime)
            .filter(time -> time != null)
            .findFirst()
            .orElse(
                content.history().baseline().time().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    StringBuilder xml =
        new StringBuilder()
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
            .append(Xml.escape(lang.code()))
            .append("\">\n");
    element(xml, "  ", "title", title + " · " + report.label(lang, "changes.title"));
    element(xml, "  ", "id", id(content.slug(), lang, null));
    link(xml, "  ", "self", pageUrl + FILE);
    link(xml, "  ", "alternate", pageUrl);
    element(xml, "  ", "updated", updated);
    xml.append("  <author>\n");
    element(xml, "    ", "name", author(content, lang));
    xml.append("  </author>\n");
    for (ChangesView.Entry entry : changes.entries()) {
      if (entry.commit() != null) {
        entry(xml, content, lang, pageUrl, entry, report);
      }
    }
    return xml.append("</feed>\n").toString();
  }

  private static void entry(
      StringBuilder xml,
      Content content,
      Language lang,
      String pageUrl,
      ChangesView.Entry entry,
      Renderer report) {
    xml.append("  <entry>\n");
    element(
        xml, "    ", "title", entry.when() + report.label(lang, "punct.colon") + entry.reason());
    element(xml, "    ", "id", id(content.slug(), lang, entry.commit()));
    link(xml, "    ", "alternate", pageUrl + "#" + entry.anchor());
    element(xml, "    ", "updated", entry.datetime());
    StringBuilder html = new StringBuilder("<ul>");
    for (ChangesView.Item item : entry.items()) {
      html.append("<li>")
          .append(Xml.escape(item.kind()))
          .append(Xml.escape(report.label(lang, "punct.colon")))
          .append("<a href=\"")
          .append(Xml.escape(item.href()))
          .append("\">")
          .append(Xml.escape(item.table()))
          .append("</a>");
      if (item.row() != null) {
        html.append(" · ").append(Xml.escape(item.row()));
      }
      if (item.field() != null) {
        html.append(" · ")
            .append(Xml.escape(item.field()))
            .append(Xml.escape(report.label(lang, "punct.colon")))
            .append(Xml.escape(item.before()))
            .append(" → ")
            .append(Xml.escape(item.after()));
      }
      html.append("</li>");
    }
    html.append("</ul>");
    element(xml, "    ", "content type=\"html\"", html.toString());
    xml.append("  </entry>\n");
  }

  /** Who the changes are by: the report's institution, else the site. */
  private static String author(Content content, Language lang) {
    if (content.report() != null && content.report().institution() != null) {
      return content.report().institution().in(lang);
    }
    return content.config().title().in(lang);
  }

  /** A stable id for the feed of a report and language ({@code commit} null), or an entry. */
  private static String id(String slug, Language lang, String commit) {
    String name =
        "folio-changes:" + slug + ":" + lang.folder() + (commit == null ? "" : ":" + commit);
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }

  private static void element(StringBuilder xml, String indent, String tag, String text) {
    String name = tag.contains(" ") ? tag.substring(0, tag.indexOf(' ')) : tag;
    xml.append(indent)
        .append('<')
        .append(tag)
        .append('>')
        .append(Xml.escape(text))
        .append("</")
        .append(name)
        .append(">\n");
  }

  private static void link(StringBuilder xml, String indent, String rel, String href) {
    xml.append(indent)
        .append("<link rel=\"")
        .append(rel)
        .append("\" href=\"")
        .append(Xml.escape(href))
        .append("\"/>\n");
  }
}
