package dev.folio.render;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.render.view.ContentsView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The navigation of one language, built once and shared by all its pages. Pages are grouped as
 * their files are: a page at the top of {@code content/FOLDER/} is an entry of its own, and the
 * pages of a folder {@code content/FOLDER/SECTION/} (and below) form one section, led by its first
 * page. Entries stand where their first page stands in the {@code order}; the reading order
 * (navigation, contents page, previous and next) takes each section's pages together.
 *
 * <p>A page's view of it is bounded, as in mdBook's and Hugo's documentation themes: every section
 * but the current one is collapsed to its first page, and a list longer than {@link #MAX_ENTRIES}
 * (or a section longer than {@link #MAX_PAGES}) shows a window around the current entry, with links
 * to the contents page for the rest. Each view costs O(MAX_ENTRIES + MAX_PAGES), whatever the size
 * of the site, and the collapsed entries around the current one are made once for all the pages of
 * its entry.
 */
final class Navigation {
  /** The most entries (pages and sections) a page's navigation lists. */
  static final int MAX_ENTRIES = 20;

  /** The most pages of the current section a page's navigation lists. */
  static final int MAX_PAGES = 20;

  /** An entry: pages {@code first} to {@code first + count - 1} of the reading order. */
  private record Entry(String anchor, int first, int count) {}

  private final List<Page> order;
  private final List<Entry> entries;
  private final Map<String, Integer> positions = new HashMap<>();

  /** The entries before and after a current entry, collapsed. */
  private record Parts(NavView.NavPart before, NavView.NavPart after) {}

  /**
   * The parts around each current entry, by root and entry: every page of a section shares them, so
   * the template renders them once ({@code <@fragment>}) rather than once per page.
   */
  private final Map<String, Parts> parts = new ConcurrentHashMap<>();

  /**
   * The link to each page of the reading order, none current, by root: the pages of a section show
   * the same links around their own, and a template's {@code <@fragment>} finds a link it rendered
   * before by the very object, without comparing and hashing an equal one made for each page.
   */
  private final Map<String, NavLink[]> links = new ConcurrentHashMap<>();

  /** The entry of each page of the reading order. */
  private final int[] entryOf;

  /** The site path of each page of the reading order, {@code en/chips/}. */
  private final String[] paths;

  private final String contentsPath;
  private final String contentsLabel;

  /**
   * @param slug the report the pages belong to (empty at the site's root)
   * @param pages the language's pages of the report, sorted by {@code order}
   * @param contentsLabel the title of the contents page, which the navigation links to
   */
  Navigation(Language lang, String slug, List<Page> pages, String contentsLabel) {
    Map<String, List<Page>> groups = new LinkedHashMap<>();
    for (Page page : pages) {
      String folder = folder(page.key());
      groups
          .computeIfAbsent(folder == null ? page.key() : folder + "/", g -> new ArrayList<>())
          .add(page);
    }
    order = new ArrayList<>(pages.size());
    entries = new ArrayList<>(groups.size());
    Set<String> anchors = new HashSet<>();
    for (Map.Entry<String, List<Page>> group : groups.entrySet()) {
      String anchor = null;
      if (group.getKey().endsWith("/")) {
        String base =
            "section-"
                + group.getKey().substring(0, group.getKey().length() - 1).replaceAll("\\s", "-");
        anchor = base;
        for (int n = 2; !anchors.add(anchor); n++) {
          anchor = base + "-" + n;
        }
      }
      entries.add(new Entry(anchor, order.size(), group.getValue().size()));
      order.addAll(group.getValue());
    }
    entryOf = new int[order.size()];
    paths = new String[order.size()];
    for (int e = 0; e < entries.size(); e++) {
      Entry entry = entries.get(e);
      for (int i = entry.first(); i < entry.first() + entry.count(); i++) {
        entryOf[i] = e;
      }
    }
    for (int i = 0; i < order.size(); i++) {
      positions.put(order.get(i).key(), i);
      paths[i] = order.get(i).sitePath();
    }
    this.contentsPath = Page.sitePath(lang, slug, Page.CONTENTS);
    this.contentsLabel = contentsLabel;
  }

  /** A page as the navigation shows it: see {@link #inputs()}. */
  private record Link(String key, String title, Integer section, String sitePath) {}

  /**
   * What the views of the navigation read: each page's key, title, section and path, in reading
   * order, and the contents page's path and title. Equal inputs, equal views.
   */
  List<Object> inputs() {
    List<Object> inputs = new ArrayList<>(order.size() + 2);
    for (int i = 0; i < order.size(); i++) {
      Page page = order.get(i);
      inputs.add(new Link(page.key(), page.title(), page.section(), paths[i]));
    }
    inputs.add(contentsPath);
    inputs.add(contentsLabel);
    return inputs;
  }

  /** The section a key belongs to ({@code models} of {@code models/gpt}), or null. */
  static String folder(String key) {
    int slash = key.indexOf('/');
    return slash < 0 ? null : key.substring(0, slash);
  }

  /** The language's pages in reading order. */
  List<Page> pages() {
    return order;
  }

  /** The navigation as a content page shows it. */
  NavView view(Page current, String root) {
    return view(positions.get(current.key()), root, false);
  }

  /** The navigation of a page of Folio's own (search, contents): no page is current. */
  NavView generatedPageView(String root, boolean contents) {
    return view(-1, root, contents);
  }

  private NavView view(int current, String root, boolean contentsCurrent) {
    int currentEntry = current < 0 ? -1 : entryOf[current];
    String contentsHref = root + contentsPath;
    Parts around =
        parts.computeIfAbsent(
            root + '\n' + currentEntry, key -> parts(currentEntry, root, contentsHref));
    return new NavView(
        around.before(),
        currentEntry < 0 ? null : currentItem(currentEntry, current, root, contentsHref),
        around.after(),
        new NavLink(contentsLabel, contentsHref, contentsCurrent, null));
  }

  /**
   * The entries of the window around {@code currentEntry} but that one, collapsed: all of them
   * before it when there is none (-1).
   */
  private Parts parts(int currentEntry, String root, String contentsHref) {
    int[] window = window(entries.size(), currentEntry, MAX_ENTRIES);
    int before = window[0] == 0 ? 0 : entries.get(window[0]).first();
    int after = window[1] == entries.size() ? 0 : order.size() - entries.get(window[1]).first();
    NavView.NavMore earlier = before > 0 ? new NavView.NavMore(before, contentsHref) : null;
    NavView.NavMore later = after > 0 ? new NavView.NavMore(after, contentsHref) : null;
    if (currentEntry < 0) {
      return new Parts(
          new NavView.NavPart(earlier, collapsed(window[0], window[1], root), later),
          NavView.NavPart.NONE);
    }
    return new Parts(
        new NavView.NavPart(earlier, collapsed(window[0], currentEntry, root), null),
        new NavView.NavPart(null, collapsed(currentEntry + 1, window[1], root), later));
  }

  /** Entries {@code from} to {@code to - 1}, each shown as its first page; none is current. */
  private List<NavView.NavItem> collapsed(int from, int to, String root) {
    List<NavView.NavItem> items = new ArrayList<>(Math.max(0, to - from));
    for (int e = from; e < to; e++) {
      Entry entry = entries.get(e);
      items.add(
          new NavView.NavItem(
              link(entry.first(), root, -1),
              entry.anchor(),
              entry.count(),
              false,
              List.of(),
              null,
              null));
    }
    return List.copyOf(items);
  }

  /** The entry of the current page: the page itself, or its section expanded around it. */
  private NavView.NavItem currentItem(int e, int current, String root, String contentsHref) {
    Entry entry = entries.get(e);
    if (entry.anchor() == null) {
      return new NavView.NavItem(
          link(entry.first(), root, current), null, entry.count(), false, List.of(), null, null);
    }
    int others = entry.count() - 1;
    int[] pages = window(others, current - entry.first() - 1, MAX_PAGES);
    List<NavLink> links = new ArrayList<>(pages[1] - pages[0]);
    for (int p = pages[0]; p < pages[1]; p++) {
      links.add(link(entry.first() + 1 + p, root, current));
    }
    String more = contentsHref + "#" + entry.anchor();
    return new NavView.NavItem(
        link(entry.first(), root, current),
        entry.anchor(),
        entry.count(),
        true,
        links,
        pages[0] > 0 ? new NavView.NavMore(pages[0], more) : null,
        pages[1] < others ? new NavView.NavMore(others - pages[1], more) : null);
  }

  /** Every entry with all its pages, for the contents page. */
  ContentsView contents(String root) {
    List<NavView.NavItem> items = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      List<NavLink> links = new ArrayList<>(Math.max(0, entry.count() - 1));
      for (int i = entry.first() + 1; i < entry.first() + entry.count(); i++) {
        links.add(link(i, root, -1));
      }
      items.add(
          new NavView.NavItem(
              link(entry.first(), root, -1),
              entry.anchor(),
              entry.count(),
              entry.anchor() != null,
              links,
              null,
              null));
    }
    return new ContentsView(items, order.size());
  }

  /** The page before {@code page} in reading order, or null. */
  NavLink previous(Page page, String root) {
    int i = positions.get(page.key());
    return i > 0 ? link(i - 1, root, -1) : null;
  }

  /** The page after {@code page} in reading order, or null. */
  NavLink next(Page page, String root) {
    int i = positions.get(page.key());
    return i < order.size() - 1 ? link(i + 1, root, -1) : null;
  }

  private NavLink link(int i, String root, int current) {
    Page page = order.get(i);
    if (i == current) {
      return new NavLink(page.title(), root + paths[i], true, page.section());
    }
    NavLink[] byPage = links.computeIfAbsent(root, r -> new NavLink[order.size()]);
    NavLink link = byPage[i];
    if (link == null) {
      // Two threads may both make it: equal links, and either will do.
      link = new NavLink(page.title(), root + paths[i], false, page.section());
      byPage[i] = link;
    }
    return link;
  }

  /**
   * The part {@code [from, to)} of a list of {@code size} to show, at most {@code max} long: all of
   * it if it fits, else a window with {@code current} in its middle (the start of the list when
   * nothing in it is current).
   */
  static int[] window(int size, int current, int max) {
    if (size <= max) {
      return new int[] {0, size};
    }
    int from = current < 0 ? 0 : Math.max(0, Math.min(current - (max - 1) / 2, size - max));
    return new int[] {from, from + max};
  }
}
