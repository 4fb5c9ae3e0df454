package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.render.view.ContentsView;
import dev.folio.render.view.NavLink;
import dev.folio.render.view.NavView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Document;
import org.junit.jupiter.api.Test;

class NavigationTest {
  private static final Language EN = Language.of("en", "en", "English");

  private static Page page(String key, int order) {
    return new Page(
        key,
        EN,
        "",
        "content/en/" + key + ".md",
        "T " + key,
        order,
        null,
        null,
        "",
        0,
        new Document(),
        1,
        List.of(),
        Set.of(),
        List.of());
  }

  /** index, then sections a/ (30 pages) and b/ (3 pages), then about. */
  private static Navigation site() {
    List<Page> pages = new ArrayList<>();
    pages.add(page("index", 0));
    for (int i = 1; i <= 30; i++) {
      pages.add(page("a/p" + i, i));
    }
    for (int i = 1; i <= 3; i++) {
      pages.add(page("b/q" + i, 100 + i));
    }
    pages.add(page("about", 200));
    return new Navigation(EN, "", pages, "Contents");
  }

  /** Every entry a view shows, in order: before, the current one, after. */
  private static List<NavView.NavItem> items(NavView view) {
    List<NavView.NavItem> items = new ArrayList<>(view.before().items());
    if (view.current() != null) {
      items.add(view.current());
    }
    items.addAll(view.after().items());
    return items;
  }

  private static NavView.NavMore earlier(NavView view) {
    return view.before().earlier();
  }

  private static NavView.NavMore later(NavView view) {
    return view.current() == null ? view.before().later() : view.after().later();
  }

  private static List<String> labels(List<NavLink> links) {
    return links.stream().map(NavLink::label).toList();
  }

  @Test
  void aSmallSiteIsListedWholeWithTheCurrentSectionExpanded() {
    Navigation nav = site();
    NavView view = nav.view(nav.pages().get(32), "../../../"); // b/q2
    assertThat(earlier(view)).isNull();
    assertThat(later(view)).isNull();
    assertThat(items(view))
        .extracting(item -> item.link().label())
        .containsExactly("T index", "T a/p1", "T b/q1", "T about");
    NavView.NavItem a = items(view).get(1);
    assertThat(a.anchor()).isEqualTo("section-a");
    assertThat(a.expanded()).isFalse();
    assertThat(a.pages()).isEmpty();
    assertThat(a.pageCount()).isEqualTo(30);
    NavView.NavItem b = items(view).get(2);
    assertThat(b.expanded()).isTrue();
    assertThat(labels(b.pages())).containsExactly("T b/q2", "T b/q3");
    assertThat(b.pages().get(0).current()).isTrue();
    assertThat(b.pages().get(0).href()).isEqualTo("../../../en/b/q2/");
    assertThat(view.contents().href()).isEqualTo("../../../en/contents/");
    assertThat(view.contents().current()).isFalse();
  }

  @Test
  void aLongSectionShowsAWindowAroundTheCurrentPageAndLinksToTheRest() {
    Navigation nav = site();
    NavView view = nav.view(nav.pages().get(15), "../../../"); // a/p15
    NavView.NavItem a = items(view).get(1);
    assertThat(a.expanded()).isTrue();
    assertThat(a.pages()).hasSize(Navigation.MAX_PAGES);
    // 29 pages after the section's first: p2…p30; p15 is the 14th, with 9 before it shown.
    assertThat(a.pages().get(0).label()).isEqualTo("T a/p6");
    assertThat(a.pages().stream().filter(NavLink::current).map(NavLink::label))
        .containsExactly("T a/p15");
    assertThat(a.earlier().count()).isEqualTo(4);
    assertThat(a.later().count()).isEqualTo(5);
    assertThat(a.earlier().href()).isEqualTo("../../../en/contents/#section-a");

    NavView first = nav.view(nav.pages().get(1), "../../../"); // a/p1, the section's first
    assertThat(items(first).get(1).link().current()).isTrue();
    assertThat(items(first).get(1).earlier()).isNull();
    assertThat(items(first).get(1).later().count()).isEqualTo(29 - Navigation.MAX_PAGES);
  }

  @Test
  void pagesOfASectionShowTheSameLinksAroundTheirOwnWhichIsTheirsAlone() {
    Navigation nav = site();
    List<NavLink> q1 = items(nav.view(nav.pages().get(31), "../../../")).get(2).pages(); // b/q1
    List<NavLink> q2 = items(nav.view(nav.pages().get(32), "../../../")).get(2).pages(); // b/q2
    // b/q2 and b/q3 shown on b/q1; b/q2 (current) and b/q3 on b/q2.
    assertThat(q1.get(0)).isNotSameAs(q2.get(0)).isNotEqualTo(q2.get(0));
    assertThat(q1.get(0).current()).isFalse();
    assertThat(q2.get(0).current()).isTrue();
    assertThat(q1.get(1)).isSameAs(q2.get(1));
    // Another root (a page at another depth) has links of its own.
    List<NavLink> atRoot = items(nav.view(nav.pages().get(31), "../")).get(2).pages();
    assertThat(atRoot.get(1).href()).isEqualTo("../en/b/q3/");
    assertThat(q1.get(1).href()).isEqualTo("../../../en/b/q3/");
  }

  @Test
  void manyEntriesShowAWindowAroundTheCurrentOne() {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pages.add(page("p" + i, i));
    }
    Navigation nav = new Navigation(EN, "", pages, "Contents");
    NavView view = nav.view(pages.get(50), "../../");
    assertThat(items(view)).hasSize(Navigation.MAX_ENTRIES);
    assertThat(earlier(view).count() + items(view).size() + later(view).count()).isEqualTo(100);
    assertThat(items(view).stream().filter(item -> item.link().current()).count()).isOne();
    NavView search = nav.generatedPageView("../../", false);
    assertThat(earlier(search)).isNull();
    assertThat(items(search).get(0).link().label()).isEqualTo("T p0");
    assertThat(nav.generatedPageView("../../", true).contents().current()).isTrue();
  }

  @Test
  void thePagesOfASectionShareTheEntriesAroundIt() {
    Navigation nav = site();
    NavView p3 = nav.view(nav.pages().get(3), "../../../"); // a/p3
    NavView p20 = nav.view(nav.pages().get(20), "../../../"); // a/p20
    assertThat(p3.before()).isSameAs(p20.before());
    assertThat(p3.after()).isSameAs(p20.after());
    assertThat(p3.current()).isNotEqualTo(p20.current());
    assertThat(p3.after().items())
        .extracting(item -> item.link().label())
        .containsExactly("T b/q1", "T about");
    assertThat(items(p3)).hasSize(4);
    // Nothing in a part is current or open: the template renders a part once for all its pages.
    for (NavView.NavPart part : List.of(p3.before(), p3.after())) {
      assertThat(part.items()).noneMatch(item -> item.link().current() || item.expanded());
    }
    NavView deeper = nav.view(nav.pages().get(3), "../../../../");
    assertThat(deeper.before()).isNotEqualTo(p3.before());
    assertThat(nav.view(nav.pages().get(33), "../../../").before()).isNotEqualTo(p3.before());
  }

  @Test
  void aPageAtTheTopIsItsOwnEntryAndCurrent() {
    Navigation nav = site();
    NavView about = nav.view(nav.pages().get(34), "../../"); // about
    assertThat(about.current().link().current()).isTrue();
    assertThat(about.current().anchor()).isNull();
    assertThat(about.current().expanded()).isFalse();
    assertThat(about.after()).isEqualTo(NavView.NavPart.NONE);
  }

  @Test
  void readingOrderKeepsASectionTogetherAndTheContentsListEveryPage() {
    List<Page> pages =
        List.of(page("index", 0), page("a/one", 1), page("top", 2), page("a/two", 3));
    Navigation nav = new Navigation(EN, "", pages, "Contents");
    assertThat(nav.pages()).extracting(Page::key).containsExactly("index", "a/one", "a/two", "top");
    assertThat(nav.next(pages.get(1), "").label()).isEqualTo("T a/two");
    assertThat(nav.previous(pages.get(0), "")).isNull();
    ContentsView contents = nav.contents("../../");
    assertThat(contents.pageCount()).isEqualTo(4);
    assertThat(contents.items()).hasSize(3);
    assertThat(labels(contents.items().get(1).pages())).containsExactly("T a/two");
  }
}
