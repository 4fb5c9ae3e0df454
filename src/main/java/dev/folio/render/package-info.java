/**
 * Turns checked content into output files: Markdown to HTML, data tables to view records,
 * Freemarker templates to pages, plus downloads, sitemap and the other site files. Templates see
 * only the records in {@link dev.folio.render.view}; numbers are formatted here, per language.
 */
package dev.folio.render;
