package dev.folio.model;

import java.net.URI;
import java.util.Optional;

/**
 * Where the site is published: a path ({@code /} or {@code /repo-name/}) and, when known, the
 * origin ({@code https://owner.github.io}). Pages link to each other relatively; only the canonical
 * and alternate links, the sitemap and the 404 page need this.
 */
public record BaseUrl(String origin, String path) {
  /** Parses {@code /}, {@code /repo/}, {@code repo} or {@code https://host/repo/}. */
  public static BaseUrl parse(String text) {
    String value = text == null || text.isBlank() ? "/" : text.strip();
    String origin = null;
    String path = value;
    if (value.startsWith("http://") || value.startsWith("https://")) {
      URI uri = URI.create(value);
      if (uri.getHost() == null) {
        throw new IllegalArgumentException("not a URL: " + value);
      }
      origin = uri.getScheme() + "://" + uri.getRawAuthority();
      path = uri.getRawPath() == null ? "/" : uri.getRawPath();
    }
    if (path.contains("?") || path.contains("#") || path.contains(" ")) {
      throw new IllegalArgumentException("a base URL is a path like /repo-name/, got " + value);
    }
    // Browsers drop tabs and line breaks from addresses and read \ as /: "//host", "/\host" or
    // "/<tab>/host" at the start of every link would send readers to another site.
    if (path.codePoints()
        .anyMatch(
            c ->
                c == '\\'
                    || Character.isISOControl(c)
                    || Character.isWhitespace(c)
                    || Character.isSpaceChar(c))) {
      throw new IllegalArgumentException(
          "a base URL path may hold no \\, spaces or control" + " characters, got " + value);
    }
    if (path.startsWith("//")) {
      throw new IllegalArgumentException(
          "a base URL path must not start with //, which"
              + " browsers read as another site's address, got "
              + value);
    }
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    if (!path.endsWith("/")) {
      path = path + "/";
    }
    return new BaseUrl(origin, path);
  }

  public Optional<String> originIfKnown() {
    return Optional.ofNullable(origin);
  }

  /** The URL of a site path ({@code zh/llm-models/}), absolute when the origin is known. */
  public String url(String sitePath) {
    return (origin == null ? "" : origin) + path + sitePath;
  }
}
