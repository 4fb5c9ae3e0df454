package dev.folio.render.view;

import java.util.List;

/**
 * One page as its template sees it. {@code root} is the relative path back to the site root
 * ({@code ../../}), so every link works under any base URL.
 */
public record PageView(
    String lang,
    String htmlLang,
    String siteTitle,
    String title,
    String description,
    Integer section,
    String bodyHtml,
    String root,
    String canonical,
    List<Alternate> alternates,
    String switchHref,
    String switchLang,
    String switchLabel,
    List<NavLink> nav,
    NavLink previous,
    NavLink next,
    boolean home) {}
