package dev.folio.render.view;

import java.util.List;

/**
 * The navigation of one page ({@code page.nav}): the entries of its language in reading order,
 * where an entry is a page at the top of the language's folder or a section (a folder, {@code
 * content/FOLDER/SECTION/}). Only the section that holds the current page is expanded, and every
 * list is bounded: a long one shows a window around the current entry, with links to the contents
 * page for the rest. So a page's navigation stays the same size however large the site.
 *
 * @param items the entries shown, in reading order
 * @param earlier the entries before the window, or null when the window starts at the first
 * @param later the entries after the window, or null when it ends at the last
 * @param contents the language's contents page, which lists every page ({@code current} on it)
 */
public record NavView(List<NavItem> items, NavMore earlier, NavMore later, NavLink contents) {

  /**
   * An entry: a page, or a section led by its first page.
   *
   * @param link the page, or the section's first page
   * @param anchor a section's id on the contents page ({@code section-FOLDER}); null for a page
   * @param pageCount how many pages the entry holds (1 for a page)
   * @param expanded whether {@code pages} lists the section's pages: in the navigation, the section
   *     that holds the current page; on the contents page, every section
   * @param pages the section's other pages in reading order (a window when the section is long);
   *     empty unless expanded
   * @param earlier the section's pages before the window, or null
   * @param later the section's pages after the window, or null
   */
  public record NavItem(
      NavLink link,
      String anchor,
      int pageCount,
      boolean expanded,
      List<NavLink> pages,
      NavMore earlier,
      NavMore later) {}

  /** Pages a bounded list leaves out: how many, and where the contents page lists them. */
  public record NavMore(int count, String href) {}
}
