/**
 * The seam for content computed at build time: an {@link dev.folio.extension.Extension} names its
 * inputs and embeds, checks them and contributes tables and embeds; {@link
 * dev.folio.extension.Extensions} runs the enabled ones. Extensions may use this package, {@code
 * model} and {@code format}, and nothing else of Folio; the generator knows none by name.
 */
package dev.folio.extension;
