package dev.folio.render.view;

import java.util.List;

/**
 * The site's root page: a language chooser that needs no JavaScript. The default language comes
 * first; the others follow in the site's order.
 *
 * @param title the site's title in every language, joined
 * @param meta what the root page tells the sites it is shared on (the default language's card), or
 *     null (the 404 page)
 */
public record ChooserView(
    String root,
    String title,
    List<Choice> choices,
    List<Alternate> alternates,
    String canonical,
    MetaView meta) {
  /**
   * One language: its home page, its name in itself, and the site title in it.
   *
   * @param lang the language's folder
   * @param htmlLang its BCP 47 code
   */
  public record Choice(
      String lang,
      String htmlLang,
      String href,
      String languageName,
      String siteTitle,
      String description,
      String notFoundTitle,
      String notFoundBack) {}
}
