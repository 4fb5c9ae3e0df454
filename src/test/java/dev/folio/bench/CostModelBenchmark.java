package dev.folio.bench;

import dev.folio.compute.CostInputs;
import dev.folio.compute.cost.CostModel;
import dev.folio.compute.cost.Estimate;
import dev.folio.compute.cost.Scenario;
import dev.folio.load.SourceLoader;
import dev.folio.model.ContentException;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How many scenarios per second the cost model evaluates: the report's own scenario, and its
 * batch sweep (1, 8, 32, 64, 128; the last does not fit and stops before the decode sum).
 * Both read the scenario from the report fixture's data files once, in setup. Not a unit test: run it
 * with the command in README.md ("Benchmarks").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CostModelBenchmark {
  private static final int SWEEP_SIZE = 5;

  private Scenario citic2023;
  private List<Integer> sweep;

  @Setup
  public void readTheScenario() throws ContentException, IOException {
    Path fixture = Files.createTempDirectory("folio-bench-");
    CostInputs.ScenarioInput input = CostInputs.read(SourceLoader.load(
        TestSites.prepare(fixture, "report"))).scenarios().get(CostInputs.REPORT_SCENARIO);
    TestSites.deleteTree(fixture);
    citic2023 = input.scenario();
    sweep = input.batchSweep();
    if (sweep.size() != SWEEP_SIZE) {
      throw new IllegalStateException("the benchmark counts " + SWEEP_SIZE + " batch sizes, the"
          + " data has " + sweep);
    }
  }

  /** One scenario per call: 200 decode steps summed one by one. */
  @Benchmark
  public Estimate citic2023() {
    return CostModel.estimate(citic2023);
  }

  /** Five scenarios per call, so the score is scenarios per second too. */
  @Benchmark
  @OperationsPerInvocation(SWEEP_SIZE)
  public List<Estimate> batchSweep() {
    return CostModel.sweepBatches(citic2023, sweep);
  }
}
