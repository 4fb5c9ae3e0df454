/**
 * The LLM inference cost model: numbers in, numbers out.
 *
 * <p>This package owns the arithmetic behind every cost figure the site shows, in two modes:
 *
 * <ul>
 *   <li><b>As published</b> — {@link dev.folio.extensions.inference.model.CostModel#reproduce}
 *       re-derives each figure of the report's cost table from the table's own inputs and says
 *       whether the printed figure is reproduced, contradicted or not derivable, plus a check of
 *       the stated server figures against the accelerator's datasheet.
 *   <li><b>First principles</b> — {@link dev.folio.extensions.inference.model.CostModel#estimate}
 *       is a roofline model of decoder-only transformer inference (prefill, an exact per-step
 *       decode sum, tensor-parallel communication, a memory-fit check) and prices only what fits.
 * </ul>
 *
 * <p>It knows nothing of files, templates, languages or accelerator data: callers load those and
 * pass validated records in. Every input record rejects bad values on construction with an {@link
 * dev.folio.extensions.inference.model.InvalidCostInputException}, and no result ever holds NaN or
 * Infinity.
 *
 * <p>The package is compiled to JavaScript (TeaVM) for the live calculator, so it keeps to {@code
 * java.lang}/{@code java.util} basics: records, plain loops and {@link java.lang.Math}; no streams,
 * reflection, logging, I/O or locale-dependent formatting.
 */
package dev.folio.extensions.inference.model;
