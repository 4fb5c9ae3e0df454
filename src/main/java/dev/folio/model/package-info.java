/**
 * The loaded content as immutable records: pages, data tables, interface strings, and the
 * {@link dev.folio.model.Problem}s that any stage can report about them. No behaviour beyond
 * invariants; every value a user can get wrong keeps its {@link dev.folio.model.SourcePos}.
 */
package dev.folio.model;
