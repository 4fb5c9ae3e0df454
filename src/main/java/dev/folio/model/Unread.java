package dev.folio.model;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a build could not read of a report's sources, because those files have problems of their own
 * (already reported), or could not compute: the checks after loading then judge everything that did
 * load, and say nothing about what refers to these. A link to a page whose file is broken is not "a
 * page that does not exist", nor is a table embed of a broken data file "no data file".
 *
 * @param pages the pages whose files did not load, as {@code FOLDER/KEY} ({@code en/guide/start})
 * @param tables the data files (by name) that did not load
 * @param charts whether the report's {@code charts.yaml} did not load
 * @param strings the language folders whose {@code i18n/FOLDER.yaml} did not load
 * @param reports the folders of {@code content/reports/} that did not load as reports (the whole
 *     site's)
 * @param uncomputed whether an extension the report enables did not compute (its inputs or checks
 *     had problems, or it is unknown): any table or embed name may be one it would have made
 */
public record Unread(
    Set<String> pages,
    Set<String> tables,
    boolean charts,
    Set<String> strings,
    Set<String> reports,
    boolean uncomputed) {
  /** Everything was read and computed. */
  public static final Unread NONE =
      new Unread(Set.of(), Set.of(), false, Set.of(), Set.of(), false);

  public Unread {
    pages = sorted(pages);
    tables = sorted(tables);
    strings = sorted(strings);
    reports = sorted(reports);
  }

  private static Set<String> sorted(Set<String> names) {
    return Collections.unmodifiableSet(new TreeSet<>(names));
  }

  /** Whether everything was read and computed. */
  public boolean none() {
    return equals(NONE);
  }

  /** The page {@code key} of language {@code lang} did not load. */
  public boolean page(Language lang, String key) {
    return pages.contains(lang.folder() + "/" + key);
  }

  /**
   * A table of this name, which the report does not have, may exist all the same: its file did not
   * load, or an extension that did not compute may have made it.
   */
  public boolean mayBeTable(String name) {
    return uncomputed || tables.contains(name);
  }

  /** The same, with the extensions of the report not all computed. */
  public Unread withUncomputed() {
    return new Unread(pages, tables, charts, strings, reports, true);
  }
}
