package dev.folio.render;

import dev.folio.model.Content;
import dev.folio.config.BaseUrl;
import dev.folio.model.Language;
import dev.folio.model.Page;

/** {@code sitemap.xml}: every page in every language, each with its translations. */
final class Sitemap {
  private Sitemap() {}

  static String xml(Content content, BaseUrl base) {
    StringBuilder xml = new StringBuilder()
        .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        .append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (Language lang : content.languages()) {
      for (Page page : content.pages(lang)) {
        xml.append("  <url>\n    <loc>").append(escape(base.url(
            SiteRenderer.sitePath(lang, page.key())))).append("</loc>\n");
        for (Language alternate : content.languages()) {
          xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
              .append(alternate.code()).append("\" href=\"")
              .append(escape(base.url(SiteRenderer.sitePath(alternate, page.key()))))
              .append("\"/>\n");
        }
        xml.append("  </url>\n");
      }
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
