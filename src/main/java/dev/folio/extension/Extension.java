package dev.folio.extension;

import dev.folio.model.Problems;
import java.util.List;

/**
 * A named module that computes content from a site's data when the site is built, the way mdBook's
 * preprocessors and Observable Framework's data loaders do. A site enables it in {@code folio.yaml}
 * ({@code extensions: {NAME: {INPUT: VALUE, …}}}); Folio finds it on the class path ({@code
 * META-INF/services/dev.folio.extension.Extension}).
 *
 * <p>The build calls it in a fixed order that needs no defensive code: once its input tables were
 * loaded and passed the checks of the sources, Folio checks the inputs against {@link #inputs()}
 * (the tables exist, their rows have the fields of the declared types), then {@link #check}, then —
 * only if nothing was found — {@link #compute}, which must not throw on inputs that passed both.
 * Another file's problems do not stop it: what reads its tables and embeds is checked in the same
 * run.
 */
public interface Extension {
  /** The name a site enables it by, e.g. {@code inference-cost}. */
  String name();

  /** What it reads: data tables and settings, as {@code folio.yaml} names them. */
  List<Input> inputs();

  /**
   * The class-path folder of its interface strings ({@code TAG.yaml}, looked up like the theme's),
   * or null if it has none. They come after the theme's, before the project's.
   */
  default String stringsFolder() {
    return null;
  }

  /** The class-path folder of its templates (a project's templates/ still wins), or null. */
  default String templatesFolder() {
    return null;
  }

  /**
   * The names of the embeds it contributes ({@code ```NAME}), known before it computes: pages are
   * read once, before extensions run, and a fenced block is an embed only if its name is declared
   * here. Its contribution holds an {@link EmbedType} of each of these names.
   */
  default List<String> embeds() {
    return List.of();
  }

  /** Problems in its inputs that their declared fields cannot express. */
  void check(Inputs inputs, Problems problems);

  /**
   * What it adds to the site; runs only when every check passed. A function of its inputs alone (no
   * clock, no files, no network): {@code folio serve} reuses the last contribution while the inputs
   * stay the same, as every build must give the same site for the same sources.
   */
  Contribution compute(Inputs inputs);

  /**
   * Subcommands it adds to {@code folio} (picocli command objects), e.g. {@code folio cost}. They
   * are there whether or not a site enables the extension; {@code loader} says so when it does not.
   */
  default List<Object> commands(InputsLoader loader) {
    return List.of();
  }
}
