/**
 * A site's history, read from the project's own git repository with JGit: what changed in each
 * report's data since it was published (row by row, by id, field by field), and which translations
 * fell behind. One walk over the main line's commits, once per build.
 */
package dev.folio.load.history;
