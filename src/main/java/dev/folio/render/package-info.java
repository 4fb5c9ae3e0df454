/**
 * Renders checked content with the theme: Markdown to HTML, data tables and charts to view records,
 * Freemarker templates to a page's body and frame ({@link dev.folio.render.Renderer}), views built
 * by name ({@code Views}). Templates see only the records in {@link dev.folio.render.view}; numbers
 * are formatted here, per language. The files themselves are made in {@code output}.
 */
package dev.folio.render;
