/**
 * The only records templates ever see: plain, already-formatted values, no behaviour. A field
 * ending in {@code Html} holds trusted HTML that Folio produced; templates print it with {@code
 * ?no_esc}. Everything else is text, escaped by Freemarker.
 */
package dev.folio.render.view;
