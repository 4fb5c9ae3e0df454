package dev.folio.render.view;

import java.util.List;

/**
 * The navigation of one page ({@code page.nav}): the entries of its language in reading order,
 * where an entry is a page at the top of the language's folder or a section (a folder, {@code
 * content/FOLDER/SECTION/}). Only the section that holds the current page is expanded, and every
 * list is bounded: a long one shows a window around the current entry, with links to the contents
 * page for the rest. So a page's navigation stays the same size however large the site.
 *
 * <p>The entries come in three parts: those before the current one, the current one, and those
 * after it. The parts before and after are the same for every page of a section, so the theme
 * renders each once per build ({@code <@fragment template="nav-entries.ftlh" view=…/>}).
 *
 * @param before the entries shown before the current one (every entry shown, on a page that is not
 *     in the navigation: search, contents), with the link to the entries before the window
 * @param current the current page's entry: its section, expanded, or the page itself; null on a
 *     page that is not in the navigation
 * @param after the entries shown after the current one, with the link to the entries after the
 *     window
 * @param contents the language's contents page, which lists every page ({@code current} on it)
 */
public record NavView(NavPart before, NavItem current, NavPart after, NavLink contents) {

  /**
   * Entries shown together, in reading order, none of them current nor expanded.
   *
   * @param earlier the entries before these that the window leaves out, or null
   * @param items the entries
   * @param later the entries after these that the window leaves out, or null
   */
  public record NavPart(NavMore earlier, List<NavItem> items, NavMore later) {
    /** No entries. */
    public static final NavPart NONE = new NavPart(null, List.of(), null);
  }

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
