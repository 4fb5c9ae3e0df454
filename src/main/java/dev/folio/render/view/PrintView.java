package dev.folio.render.view;

import java.util.List;

/**
 * A report's PDF edition in one language, as the print templates see it ({@code print.ftlh}): the
 * cover, the contents, every page of the report as a part of one document, and what the page frames
 * of print need (running header, "page N of M", fonts). The templates write XHTML.
 *
 * @param lang the language's folder
 * @param htmlLang the language's BCP 47 code
 * @param title the report's title (the document's title)
 * @param description what the document is about (the site's description)
 * @param report the report's metadata as the web cover shows it
 * @param summary the report's abstract, or null
 * @param webHref the report's cover on the web (absolute when the site's origin is known)
 * @param citation how to cite the report, in the language's citation style, or null
 * @param contents every part in reading order, sections with their pages
 * @param parts every page of the report in reading order, with its body
 * @param headerCss the running header as a CSS string ({@code "title"}), for {@code content:}
 * @param footerCss "page N of M" as a CSS content value ({@code "Page " counter(page) …})
 * @param fontFamilies the fonts of the language as a CSS {@code font-family} list
 * @param pageWidth the width of the page's text in millimetres, which charts fill
 */
public record PrintView(
    String lang,
    String htmlLang,
    String title,
    String description,
    ReportView report,
    String summary,
    String webHref,
    String citation,
    List<Entry> contents,
    List<Part> parts,
    String headerCss,
    String footerCss,
    String fontFamilies,
    int pageWidth) {

  /**
   * An entry of the contents and of the PDF's bookmarks: a page, or a heading of one.
   *
   * @param href {@code #ID} of where it starts in the document
   * @param section the section number printed beside it, or null
   * @param entries the headings under a page (levels 2 and 3 of its Markdown)
   */
  public record Entry(String label, String href, Integer section, List<Entry> entries) {}

  /**
   * One page of the report, in the document.
   *
   * @param anchor the id where it starts
   * @param section its section number, or null
   * @param webHref the page on the web
   * @param bodyHtml its Markdown and embeds, rendered for print (XHTML Folio wrote and escaped)
   */
  public record Part(
      String anchor,
      String title,
      Integer section,
      String description,
      String webHref,
      String bodyHtml) {}

  /**
   * What a print template shows in place of an interactive embed (the live calculator): where to
   * find it on the web ({@code view} of {@code print-interactive.ftlh}).
   *
   * @param webHref the page that holds it, on the web
   */
  public record Interactive(String name, String webHref) {}
}
