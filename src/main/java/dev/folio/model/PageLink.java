package dev.folio.model;

import java.net.URI;
import java.util.Optional;

/**
 * A Markdown link to another page, written as the target's file name relative to the linking
 * page ({@code llm-models.md}, {@code ../en/x.md} is not allowed: links stay in one language).
 */
public record PageLink(String key, String fragment) {
  /**
   * The page a link points to, or empty when {@code href} is not a link to a {@code .md} file
   * (an external URL, an anchor on the same page, a download).
   */
  public static Optional<PageLink> parse(String fromKey, String href) {
    if (href == null || href.isEmpty() || href.startsWith("#") || href.contains("://")
        || href.startsWith("mailto:") || href.startsWith("/")) {
      return Optional.empty();
    }
    int hash = href.indexOf('#');
    String file = hash < 0 ? href : href.substring(0, hash);
    String fragment = hash < 0 ? null : href.substring(hash + 1);
    if (!file.endsWith(".md")) {
      return Optional.empty();
    }
    int slash = fromKey.lastIndexOf('/');
    String base = slash < 0 ? "" : fromKey.substring(0, slash + 1);
    String resolved = URI.create("x:/" + base).resolve(file.replace(" ", "%20")).getPath();
    String key = resolved.substring(1, resolved.length() - ".md".length());
    return Optional.of(new PageLink(key, fragment));
  }
}
