package dev.folio.render.view;

/**
 * A report's PDF edition as its web pages link it ({@code page.pdf}): every page of the report
 * links the PDF of its language, and a content page the page of the PDF it starts on.
 *
 * @param href the PDF, relative to the page
 * @param name the file name a download is saved as
 * @param size its size as the language writes it ({@code 1.2 MB}), or null when it is not made yet
 *     ({@code serve} makes it when it is requested)
 * @param page the page of the PDF this page starts on, or null
 * @param pageHref the PDF opened at that page ({@code report.pdf#page=5}), or null
 */
public record PdfLink(String href, String name, String size, Integer page, String pageHref) {}
