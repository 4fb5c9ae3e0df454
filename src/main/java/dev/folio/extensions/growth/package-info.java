/**
 * The {@code growth} extension: compound annual growth, doubling times and compounded series for a
 * table of growth factors per period. It uses only the extension seam and the model.
 */
package dev.folio.extensions.growth;
