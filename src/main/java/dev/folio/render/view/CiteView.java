package dev.folio.render.view;

/**
 * How to cite a report, on its cover ({@code page.cite}): the reference in the language's citation
 * style, and the reference as files for reference managers.
 *
 * @param text the reference as the style writes it
 * @param bibHref BibTeX
 * @param risHref RIS
 * @param cslHref CSL-JSON
 */
public record CiteView(String text, String bibHref, String risHref, String cslHref) {}
