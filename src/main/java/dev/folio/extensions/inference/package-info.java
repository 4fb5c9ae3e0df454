/**
 * The compute stage: maps the cost data files ({@code accelerators}, {@code llm-specs}, {@code
 * cost-scenarios}, {@code cost-published}) to the cost model's records, runs the model, and adds
 * its results to the content as computed {@link dev.folio.model.DataTable}s, so that pages embed
 * them, and the site publishes them, like any data file.
 *
 * <p>{@link dev.folio.compute.CostTables} is the stage; {@link dev.folio.compute.CostInputs} is the
 * mapping, shared with the {@code cost} command. A value the model rejects becomes a {@link
 * dev.folio.model.Problem} at the data file's line, never an exception. The arithmetic itself lives
 * in {@code compute/cost}, which knows nothing of files or languages.
 */
package dev.folio.extensions.inference;
