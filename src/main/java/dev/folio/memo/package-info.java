/**
 * The build session of {@code folio serve}: the results of the last successful build's tasks,
 * reused by the next build where a task reads the same values. The only state kept between builds;
 * stages declare their tasks ({@link dev.folio.model.Task}) and never see it.
 */
package dev.folio.memo;
