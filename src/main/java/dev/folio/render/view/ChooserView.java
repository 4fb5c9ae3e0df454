package dev.folio.render.view;

import java.util.List;

/** The site's root page: a language chooser that needs no JavaScript. */
public record ChooserView(String root, List<Choice> choices, List<Alternate> alternates,
    String canonical) {
  /** One language: its home page, its name in itself, and the site title in it. */
  public record Choice(String lang, String htmlLang, String href, String languageName,
      String siteTitle, String description, String notFoundTitle, String notFoundBack) {}
}
