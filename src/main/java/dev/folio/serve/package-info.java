/**
 * The development server: binds 127.0.0.1 first, then builds the site in memory and serves it
 * (never writing the project's {@code site/}), rebuilds when a source file changes, swaps the new
 * build in whole and tells open pages to reload, or shows a failed build's problems in every page
 * while the last good site stays served.
 */
package dev.folio.serve;
