package dev.folio.render.view;

import java.util.List;

/**
 * What a page tells the sites it is shared on and the indexes that read it ({@code page.meta}):
 * Open Graph and Twitter card tags, with the page's card image, and on a report's cover its
 * citation: Google Scholar's {@code citation_*} tags and schema.org JSON-LD.
 *
 * @param url the page's address (absolute when the site's origin is known)
 * @param image the page's card, a 1200×630 PNG (its address), or null for a site without images
 * @param imageAlt what the card shows, in words
 * @param locale the page's language as Open Graph writes it ({@code zh_CN})
 * @param alternates the other languages of the site, the same way
 * @param type {@code article}, or {@code website} for a page of the site rather than a report
 * @param citation the {@code citation_*} tags, in order; empty but on a report's cover
 * @param jsonLd schema.org JSON-LD of the report (Folio wrote and escaped it for a {@code script}
 *     element), or null
 */
public record MetaView(
    String title,
    String description,
    String siteName,
    String url,
    String image,
    String imageAlt,
    String locale,
    List<String> alternates,
    String type,
    List<Tag> citation,
    String jsonLd) {
  /** A {@code <meta name content>}. */
  public record Tag(String name, String content) {}
}
