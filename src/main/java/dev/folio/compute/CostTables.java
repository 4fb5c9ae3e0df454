package dev.folio.compute;

import dev.folio.compute.cost.CostModel;
import dev.folio.compute.cost.Estimate;
import dev.folio.compute.cost.InvalidCostInputException;
import dev.folio.compute.cost.Reproduction;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compute stage: runs the cost model over the project's cost data and returns the content
 * with the results added as data tables ({@code cost-reproduction}, {@code cost-hardware-check},
 * {@code cost-estimates}, {@code cost-batch-sweep}). A project without cost data is returned as
 * it is.
 */
public final class CostTables {
  /** The tables this stage adds, which no data file may be named. */
  public static final List<String> NAMES = List.of(ReproductionTable.NAME, HardwareCheckTable.NAME,
      EstimateTables.ESTIMATES, EstimateTables.SWEEP, IntensityTable.NAME);

  private CostTables() {}

  public static Content addTo(Content content) throws ContentException {
    Problems problems = new Problems();
    for (String name : NAMES) {
      if (content.tables().containsKey(name)) {
        problems.add(SourcePos.file(content.tables().get(name).path()), "\"" + name + "\" is the"
            + " name of a table the cost model computes", "rename the data file");
      }
    }
    problems.throwIfAny();
    CostInputs inputs = CostInputs.read(content);
    Map<String, DataTable> tables = new TreeMap<>(content.tables());
    inputs.published().ifPresent(published -> reproduce(published, tables, problems));
    if (!inputs.scenarios().isEmpty()) {
      estimate(inputs, content.tables().get(CostInputs.SCENARIOS), tables, problems);
    }
    problems.throwIfAny();
    return content.withTables(tables);
  }

  private static void reproduce(CostInputs.PublishedInput published, Map<String, DataTable> tables,
      Problems problems) {
    try {
      Reproduction reproduction = CostModel.reproduce(published.table(), published.server());
      tables.put(ReproductionTable.NAME, ReproductionTable.of(published, reproduction));
      tables.put(HardwareCheckTable.NAME, HardwareCheckTable.of(published, reproduction.hardware()));
    } catch (InvalidCostInputException e) {
      problems.add(SourcePos.file(published.source().path()), "the cost model cannot recompute"
          + " this table: " + e.getMessage(), "check the table's inputs");
    }
  }

  private static void estimate(CostInputs inputs, DataTable scenarios,
      Map<String, DataTable> tables, Problems problems) {
    List<EstimateTables.Result> estimates = new ArrayList<>();
    List<EstimateTables.Result> sweep = new ArrayList<>();
    for (CostInputs.ScenarioInput input : inputs.scenarios().values()) {
      try {
        estimates.add(new EstimateTables.Result(input, CostModel.estimate(input.scenario())));
        for (Estimate estimate : CostModel.sweepBatches(input.scenario(), input.batchSweep())) {
          sweep.add(new EstimateTables.Result(input, estimate));
        }
      } catch (InvalidCostInputException e) {
        problems.add(input.pos(), "the cost model cannot evaluate scenario \"" + input.id()
            + "\": " + e.getMessage(), "make the scenario's numbers less extreme");
      }
    }
    tables.put(EstimateTables.ESTIMATES, EstimateTables.estimates(scenarios, estimates));
    CostInputs.ScenarioInput report = inputs.scenarios().get(CostInputs.REPORT_SCENARIO);
    if (report != null && estimates.stream().anyMatch(r -> r.input() == report)) {
      tables.put(IntensityTable.NAME, IntensityTable.of(scenarios, report));
    }
    if (!sweep.isEmpty()) {
      tables.put(EstimateTables.SWEEP, EstimateTables.sweep(scenarios, sweep));
    }
  }
}
