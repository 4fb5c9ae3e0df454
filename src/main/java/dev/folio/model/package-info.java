/**
 * The records every stage shares: the site's configuration ({@code folio.yaml}), the loaded content
 * (pages with their embeds resolved, data tables, charts, interface strings) and the {@link
 * dev.folio.model.Problem}s any stage can report about them, each at its {@link
 * dev.folio.model.SourcePos}. Also how a stage declares a step a build may reuse ({@link
 * dev.folio.model.Task}) and the interface strings a step read ({@link
 * dev.folio.model.StringsRead}). No behaviour beyond invariants and lookups.
 */
package dev.folio.model;
