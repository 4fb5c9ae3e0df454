/**
 * The command line ({@code build}, {@code check}, {@code serve}, {@code cost}). Each command maps
 * its flags onto the {@link dev.folio.Pipeline} (or, for {@code cost}, onto the same load, compute
 * and check stages) and reports the result; no command holds build logic. Exit codes: 0 success, 1
 * content errors (user-fixable), 2 bad command-line usage, 3 a bug in Folio (the only case that
 * prints a stack trace).
 */
package dev.folio.cli;
