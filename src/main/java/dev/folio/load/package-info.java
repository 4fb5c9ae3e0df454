/**
 * Reads the source folder: Markdown pages with front matter, data files, interface strings. The
 * only code that knows file formats. Every mistake becomes a {@link dev.folio.model.Problem} with
 * its file, line and column; nothing here throws on a user's mistake.
 */
package dev.folio.load;
