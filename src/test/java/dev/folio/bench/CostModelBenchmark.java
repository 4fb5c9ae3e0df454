package dev.folio.bench;

import dev.folio.extensions.inference.model.AcceleratorSpec;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Deployment;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.Precision;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.extensions.inference.model.Workload;
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
 * How many scenarios per second the cost model evaluates: the report's own scenario, and its batch
 * sweep (1, 8, 32, 64, 128; the last does not fit and stops before the decode sum). Both evaluate
 * the design note's reference scenario (cost-model.md), built once in setup. Not a unit test: run
 * it with the command in README.md ("Benchmarks").
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CostModelBenchmark {
  private static final int SWEEP_SIZE = 5;

  private Scenario citic2023;
  private List<Integer> sweep;

  /** The design note's reference scenario: the report's own, at FP16, and its batch sweep. */
  @Setup
  public void readTheScenario() {
    citic2023 =
        new Scenario(
            ModelShape.of(96, 12288),
            Precision.uniform(2),
            new Workload(1, 512, 200),
            new Deployment(
                AcceleratorSpec.fromDatasheet("a100-80gb-sxm", 312, 2039, 80, 600),
                8,
                0.3,
                0.85,
                8));
    sweep = List.of(1, 8, 32, 64, 128);
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
