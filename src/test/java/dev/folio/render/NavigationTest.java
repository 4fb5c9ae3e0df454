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
        new Document(),
        1,
        List.of(),
        Set.of());
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

  private static List<String> labels(List<NavLink> links) {
    return links.stream().map(NavLink::label).toList();
  }

  @Test
  void aSmallSiteIsListedWholeWithTheCurrentSectionExpanded() {
    Navigation nav = site();
    NavView view = nav.view(nav.pages().get(32), "../../../"); // b/q2
    assertThat(view.earlier()).isNull();
    assertThat(view.later()).isNull();
    assertThat(view.items())
        .extracting(item -> item.link().label())
        .containsExactly("T index", "T a/p1", "T b/q1", "T about");
    NavView.NavItem a = view.items().get(1);
    assertThat(a.anchor()).isEqualTo("section-a");
    assertThat(a.expanded()).isFalse();
    assertThat(a.pages()).isEmpty();
    assertThat(a.pageCount()).isEqualTo(30);
    NavView.NavItem b = view.items().get(2);
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
    NavView.NavItem a = view.items().get(1);
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
    assertThat(first.items().get(1).link().current()).isTrue();
    assertThat(first.items().get(1).earlier()).isNull();
    assertThat(first.items().get(1).later().count()).isEqualTo(29 - Navigation.MAX_PAGES);
  }

  @Test
  void manyEntriesShowAWindowAroundTheCurrentOne() {
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pages.add(page("p" + i, i));
    }
    Navigation nav = new Navigation(EN, "", pages, "Contents");
    NavView view = nav.view(pages.get(50), "../../");
    assertThat(view.items()).hasSize(Navigation.MAX_ENTRIES);
    assertThat(view.earlier().count() + view.items().size() + view.later().count()).isEqualTo(100);
    assertThat(view.items().stream().filter(item -> item.link().current()).count()).isOne();
    NavView search = nav.generatedPageView("../../", false);
    assertThat(search.earlier()).isNull();
    assertThat(search.items().get(0).link().label()).isEqualTo("T p0");
    assertThat(nav.generatedPageView("../../", true).contents().current()).isTrue();
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
