package dev.folio.render;

import java.util.Map;

/**
 * What a report's web pages say of its PDF edition in their language: where it is and, once it is
 * made, its size and the page each of the report's pages starts on ({@code serve} makes a PDF only
 * when it is requested, and its pages then link it without them).
 *
 * @param path the PDF's path in the site, {@code zh/SLUG/report.pdf}
 * @param name the file name a download is saved as
 * @param size its size in bytes, or null if it is not made yet
 * @param pages the page each of the report's pages (by key) starts on, from 1; empty if not made
 */
public record PdfFacts(String path, String name, Long size, Map<String, Integer> pages) {
  public PdfFacts {
    pages = Map.copyOf(pages);
  }
}
