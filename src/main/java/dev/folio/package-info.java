/**
 * The build: {@link dev.folio.Pipeline}, a flat list of named steps (load, check, extensions,
 * render, outputs, write) that every command runs, and the timings it prints on request. The stages
 * live in the packages below; data flows one way through them.
 */
package dev.folio;
