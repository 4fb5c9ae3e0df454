package dev.folio.extension;

import dev.folio.format.Formats;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Something an extension lets a page place with a fenced block, {@code ```NAME} (the live cost
 * calculator is one): it checks each use, gives a template a view record, and brings the files the
 * site needs once any page uses it.
 */
public interface EmbedType {
  /** The block's info string, a single word: {@code calculator}. */
  String name();

  /** Problems with one use on a page: a body it does not take, a second one on the page. */
  void check(Use use, Problems problems);

  /** The template that renders it (looked up in the project, the extensions, the theme). */
  String template();

  /**
   * The record its template sees as {@code view}. Pages are rendered in parallel, so this may be
   * called from several threads at once: it must not change shared state.
   */
  Object view(Context context);

  /**
   * Files written to the site's {@code assets/} once any page uses it, e.g. its scripts (paths
   * start with {@code assets/}); a project's {@code templates/assets/} may replace them.
   */
  List<OutputFile> assets();

  /**
   * One use of the embed.
   *
   * @param index how many uses of the same embed come before it on the page
   */
  record Use(Page page, String body, SourcePos pos, int index) {}

  /**
   * Where it is rendered: the page, its language, the relative path to the site's root, the
   * language's interface strings and formats, and which tables the page also embeds.
   */
  record Context(
      Page page,
      Language lang,
      String root,
      Function<String, String> strings,
      Formats formats,
      Predicate<String> pageEmbedsTable) {}
}
