/**
 * The one writer of output files: writes the whole site into a temporary folder next to the output
 * folder and swaps it into place only when every file was written, so a failed build leaves the
 * previous site exactly as it was.
 */
package dev.folio.write;
