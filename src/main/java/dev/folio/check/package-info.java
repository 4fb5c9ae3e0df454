/**
 * Validates loaded content as a whole: translation parity, unique ids, references between data
 * files, links and embeds in pages. Reports every problem found, never only the first.
 */
package dev.folio.check;
