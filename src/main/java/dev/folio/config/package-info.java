/**
 * A site's configuration ({@code folio.yaml}) as immutable records: its languages, the default
 * one, where it is published, its title and the work it publishes, and the extensions it enables.
 * Read and validated by {@code load}; every other stage takes languages from here, never from
 * code.
 */
package dev.folio.config;
