/**
 * The development server: builds, serves the output folder on 127.0.0.1 only, rebuilds when a
 * source file changes and tells open pages to reload (or shows the build's problems in them).
 */
package dev.folio.serve;
