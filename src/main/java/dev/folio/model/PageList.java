package dev.folio.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A report's pages, immutable, in order, and found by language and key at once: a check that looks
 * up every page's translation (or a link's target) must not scan every page for each, which at
 * 10,000 pages made the checks quadratic.
 */
final class PageList extends AbstractList<Page> implements RandomAccess {
  private final List<Page> pages;
  private final Map<String, Page> byKey = new HashMap<>();
  private final Map<Language, List<Page>> byLanguage = new LinkedHashMap<>();

  private PageList(List<Page> pages) {
    this.pages = List.copyOf(pages);
    for (Page page : this.pages) {
      byKey.putIfAbsent(key(page.lang(), page.key()), page);
      byLanguage.computeIfAbsent(page.lang(), lang -> new ArrayList<>()).add(page);
    }
    byLanguage.replaceAll((lang, list) -> List.copyOf(list));
  }

  static PageList of(List<Page> pages) {
    return pages instanceof PageList indexed ? indexed : new PageList(pages);
  }

  private static String key(Language lang, String key) {
    return lang.folder() + '\u0000' + key;
  }

  /** The first page of {@code lang} with {@code key}. */
  Optional<Page> find(Language lang, String key) {
    return Optional.ofNullable(byKey.get(key(lang, key)));
  }

  /** The pages of {@code lang}, in order. */
  List<Page> of(Language lang) {
    return byLanguage.getOrDefault(lang, List.of());
  }

  @Override
  public Page get(int index) {
    return pages.get(index);
  }

  @Override
  public int size() {
    return pages.size();
  }
}
