package dev.folio.render.view;

/**
 * A page that leads to another address ({@code view}, in {@code redirect.ftlh}): a series' latest
 * report, or a page that moved. GitHub Pages has no server redirects, so the page refreshes to the
 * target at once and names it canonical.
 *
 * @param lang the language's folder
 * @param htmlLang its BCP 47 code
 * @param title the target's title
 * @param href the target, relative to this page
 * @param canonical the target's absolute address (or root-relative, without a base URL)
 * @param root the relative path back to the site's root
 * @param message what the page says before its link to the target
 */
public record RedirectView(
    String lang,
    String htmlLang,
    String title,
    String href,
    String canonical,
    String root,
    String message) {}
