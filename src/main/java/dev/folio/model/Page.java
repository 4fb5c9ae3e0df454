package dev.folio.model;

import java.util.Objects;
import org.commonmark.node.Node;

/**
 * One page in one language, from {@code content/FOLDER/KEY.md}. The pages of every language
 * with the same {@code key} are the same page. {@code document} is the parsed Markdown body; it is
 * shared read-only by the later stages and never modified after loading.
 */
public record Page(String key, Language lang, String path, String title, int order, Integer section,
    String description, Node document, int bodyLine) {
  public static final String HOME = "index";
  /** The key of the generated search page; no content page may use it. */
  public static final String SEARCH = "search";
  /** The key of the generated contents page, which lists every page; no content page may use it. */
  public static final String CONTENTS = "contents";

  public Page {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(document, "document");
  }

  public boolean isHome() {
    return HOME.equals(key);
  }

  /** Position in the file of a body line (0-based, as commonmark counts). */
  public SourcePos bodyPos(int lineIndex, int columnIndex) {
    return new SourcePos(path, bodyLine + lineIndex, columnIndex + 1);
  }
}
