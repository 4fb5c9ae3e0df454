/**
 * {@code folio new}: a new project that checks and builds at once, in the languages asked for, with
 * none of any other report's content.
 */
package dev.folio.scaffold;
