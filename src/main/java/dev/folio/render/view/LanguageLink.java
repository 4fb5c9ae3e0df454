package dev.folio.render.view;

/**
 * A link to the same page in another language, for the language switch.
 *
 * @param lang the language's folder, remembered as the reader's choice
 * @param htmlLang its BCP 47 code, for {@code hreflang} and {@code lang}
 * @param name its name in its own script
 */
public record LanguageLink(String lang, String htmlLang, String href, String name) {}
