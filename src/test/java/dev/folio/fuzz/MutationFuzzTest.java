package dev.folio.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.management.OperatingSystemMXBean;
import dev.folio.cli.Main;
import dev.folio.testing.Folio;
import dev.folio.testing.Slow;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzz test: the fixture {@code sites/fuzz} is built once, then each of N mutants
 * changes one file of it (an operator of {@link Mutations}, chosen with a {@link Random} seeded
 * from the seed and the mutant's index), builds it in-process and restores the file.
 *
 * <p>Every build must end in exit 0, or in exit 1 with nothing but {@code path:line:col: } errors
 * at files of the project (or {@code folder/: } for a folder, which has no lines), their hints and
 * the summary; never exit 3, a timeout, a stack trace, Java's or a library's names ({@code
 * JsonNodeException}, {@code java.lang.}, {@code https://folio.invalid}), a line longer than
 * {@value OutputChecks#MAX_LINE} characters. A failed build leaves the output folder byte for byte
 * as it was; a successful one publishes no script, event handler, or {@code javascript:}, {@code
 * data:} or {@code //host} address that the content slipped in. All failures are collected and
 * reported once (also in {@code target/mutation-fuzz-report-seed-SEED.txt}), each with its seed,
 * index, operator, file and the command that reruns exactly that mutant.
 *
 * <p>System properties: {@code folio.fuzz.mutants} (default 1000), {@code folio.fuzz.seed} (default
 * 2023), {@code folio.fuzz.only=INDEX} (run one mutant and print all it did), {@code
 * folio.fuzz.threads} (default 2; each worker has its own copy of the project, and a mutant's
 * outcome depends only on seed and index), {@code folio.fuzz.timeout} (seconds of CPU a build may
 * use, default 20, or six times that in all), {@code folio.fuzz.dir} (where the copies go; default
 * {@code /dev/shm} when it exists, a RAM disk, else the temporary folder), {@code
 * folio.fuzz.keep=true} (leave the copies, with the mutant of {@code only} in place, and print
 * where), {@code folio.fuzz.verbose=true} (print one line per mutant: what it did and the first
 * line of the output), {@code folio.fuzz.cpu=true} (print where the process's CPU time went:
 * builds, checks, JIT, GC).
 */
@Slow
class MutationFuzzTest {
  private static final String FIXTURE = "fuzz";
  private static final long SEED = Long.getLong("folio.fuzz.seed", 2023);
  private static final int MUTANTS = Integer.getInteger("folio.fuzz.mutants", 1000);
  private static final Integer ONLY = Integer.getInteger("folio.fuzz.only");
  private static final int THREADS = Math.max(1, Integer.getInteger("folio.fuzz.threads", 2));
  private static final int TIMEOUT_SECONDS = Integer.getInteger("folio.fuzz.timeout", 20);
  private static final boolean KEEP = Boolean.getBoolean("folio.fuzz.keep");
  private static final boolean VERBOSE = Boolean.getBoolean("folio.fuzz.verbose");

  /** How often each kind of file is mutated, out of 100. */
  private static final Map<Mutations.Kind, Integer> WEIGHTS =
      new EnumMap<>(
          Map.of(
              Mutations.Kind.DATA_YAML,
              20,
              Mutations.Kind.DATA_JSON,
              6,
              Mutations.Kind.SCHEMA,
              10,
              Mutations.Kind.PAGE,
              24,
              Mutations.Kind.FOLIO_YAML,
              10,
              Mutations.Kind.CHARTS_YAML,
              10,
              Mutations.Kind.TEMPLATE,
              12,
              Mutations.Kind.STRINGS,
              6,
              Mutations.Kind.STATIC,
              2));

  /** One mutant: which file, and what was done to it. */
  record Plan(int index, String file, Mutations.Mutant mutant) {}

  /** What one build did. */
  record Outcome(
      int exitCode,
      String out,
      String err,
      Throwable thrown,
      boolean timedOut,
      long millis,
      long cpuMillis) {
    String output() {
      if (timedOut) {
        return "(no output: the build was still running after "
            + millis / 1000
            + " s, "
            + cpuMillis / 1000
            + " s of CPU)\n";
      }
      if (thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        return out + err + "(Main.run threw) " + trace;
      }
      return out + err;
    }
  }

  /** A mutant that broke a rule. */
  record Failure(Plan plan, List<String> reasons, Outcome outcome) {}

  @Test
  void everyMutantBuildsOrFailsWithPositionedErrors() throws Exception {
    Path root = Files.createTempDirectory(baseDirectory(), "folio-fuzz-");
    Path pristine = TestSites.prepare(root.resolve("pristine"), FIXTURE);
    List<String> files = filesOf(pristine);
    Map<String, byte[]> originals = new LinkedHashMap<>();
    for (String file : files) {
      originals.put(file, Files.readAllBytes(pristine.resolve(file)));
    }
    List<Integer> indices = new ArrayList<>();
    if (ONLY != null) {
      indices.add(ONLY);
    } else {
      for (int i = 0; i < MUTANTS; i++) {
        indices.add(i);
      }
    }
    int threads = Math.min(THREADS, indices.size());
    List<Workspace> workspaces = new ArrayList<>();
    List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> operators = Collections.synchronizedMap(new TreeMap<>());
    List<long[]> timings = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger successes = new AtomicInteger();
    AtomicLong workerCpu = new AtomicLong();
    long start = System.nanoTime();
    try {
      for (int w = 0; w < threads; w++) {
        workspaces.add(Workspace.create(root, pristine, "w" + w));
      }
      List<Thread> workers = new ArrayList<>();
      List<Throwable> crashes = Collections.synchronizedList(new ArrayList<>());
      for (int w = 0; w < threads; w++) {
        int worker = w;
        Thread thread =
            new Thread(
                () -> {
                  try {
                    for (int i = next.getAndIncrement();
                        i < indices.size();
                        i = next.getAndIncrement()) {
                      Plan plan = plan(SEED, indices.get(i), files, originals);
                      operators.merge(plan.mutant().operator(), 1, Integer::sum);
                      Failure failure =
                          run(workspaces, worker, root, pristine, plan, originals, timings);
                      if (failure != null) {
                        failures.add(failure);
                      } else {
                        successes.incrementAndGet();
                      }
                    }
                  } catch (Throwable e) {
                    crashes.add(e);
                  }
                  workerCpu.addAndGet(CPU.getCurrentThreadCpuTime() / 1_000_000);
                },
                "fuzz-worker-" + w);
        thread.start();
        workers.add(thread);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      if (!crashes.isEmpty()) {
        throw new AssertionError("the fuzz harness itself failed", crashes.get(0));
      }
    } finally {
      for (Workspace workspace : workspaces) {
        workspace.close();
      }
      if (KEEP) {
        System.out.println("MutationFuzzTest: the copies are in " + root);
      } else {
        try {
          TestSites.deleteTree(root);
        } catch (UncheckedIOException e) {
          // a build that was given up on may still be writing there
        }
      }
    }
    long seconds = (System.nanoTime() - start) / 1_000_000_000;
    if (Boolean.getBoolean("folio.fuzz.cpu")) {
      var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      System.out.println(
          "process CPU "
              + os.getProcessCpuTime() / 1_000_000
              + " ms; workers "
              + workerCpu.get()
              + " ms; builds "
              + timings.stream().mapToLong(t -> t[3]).sum()
              + " ms"
              + "; JIT "
              + ManagementFactory.getCompilationMXBean().getTotalCompilationTime()
              + " ms; GC "
              + ManagementFactory.getGarbageCollectorMXBeans().stream()
                  .mapToLong(g -> g.getCollectionTime())
                  .sum()
              + " ms");
    }
    failures.sort(Comparator.comparingInt(f -> f.plan().index()));
    String report = report(failures, indices.size(), seconds, operators, timings);
    System.out.println(
        report
            .lines()
            .limit(9 + countSignatures(failures))
            .reduce((a, b) -> a + "\n" + b)
            .orElse(""));
    Path reportFile =
        Folio.projectDir().resolve("target/mutation-fuzz-report-seed-" + SEED + ".txt");
    Files.createDirectories(reportFile.getParent());
    // getBytes, not writeString: a lone surrogate in an output becomes "?", not an exception
    Files.write(reportFile, report.getBytes(StandardCharsets.UTF_8));
    if (!failures.isEmpty()) {
      fail(report + "\n(also in " + reportFile + ")");
    }
  }

  // ---------------------------------------------------------------- one mutant

  /** The mutant of (seed, index): a function of them and the fixture alone. */
  static Plan plan(long seed, int index, List<String> files, Map<String, byte[]> originals) {
    Random random = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xC2B2AE3D27D4EB4FL + 1);
    Map<Mutations.Kind, List<String>> byKind = new EnumMap<>(Mutations.Kind.class);
    for (String file : files) {
      byKind.computeIfAbsent(Mutations.Kind.of(file), k -> new ArrayList<>()).add(file);
    }
    int total = byKind.keySet().stream().mapToInt(WEIGHTS::get).sum();
    int pick = random.nextInt(total);
    Mutations.Kind kind = null;
    for (Mutations.Kind k : byKind.keySet()) {
      pick -= WEIGHTS.get(k);
      if (pick < 0) {
        kind = k;
        break;
      }
    }
    List<String> candidates = byKind.get(kind);
    String file = candidates.get(random.nextInt(candidates.size()));
    Map<String, Mutations.Operator> operators = Mutations.forKind(kind);
    int weights = operators.keySet().stream().mapToInt(Mutations::weight).sum();
    int roll = random.nextInt(weights);
    String name = null;
    for (String operator : operators.keySet()) {
      roll -= Mutations.weight(operator);
      if (roll < 0) {
        name = operator;
        break;
      }
    }
    Mutations.Mutant mutant = operators.get(name).apply(random, originals.get(file));
    return new Plan(index, file, Mutations.resolveSelf(mutant, file));
  }

  private static Failure run(
      List<Workspace> workspaces,
      int worker,
      Path root,
      Path pristine,
      Plan plan,
      Map<String, byte[]> originals,
      List<long[]> timings)
      throws IOException {
    Workspace workspace = workspaces.get(worker);
    Path target = workspace.project.resolve(plan.file());
    Files.write(target, plan.mutant().bytes());
    Outcome outcome;
    try {
      outcome = workspace.build(TIMEOUT_SECONDS);
    } finally {
      if (!workspace.abandoned && !(KEEP && ONLY != null)) {
        Files.write(target, originals.get(plan.file()));
      }
    }
    timings.add(
        new long[] {outcome.millis(), plan.index(), outcome.exitCode(), outcome.cpuMillis()});
    List<String> reasons = new ArrayList<>();
    String mutated = Mutations.utf8(plan.mutant().bytes());
    if (outcome.timedOut()) {
      reasons.add(
          "the build did not finish: "
              + outcome.cpuMillis() / 1000
              + " s of CPU in "
              + outcome.millis() / 1000
              + " s (the limit is "
              + TIMEOUT_SECONDS
              + " s of CPU, "
              + 6 * TIMEOUT_SECONDS
              + " s in all)");
    } else if (outcome.thrown() != null) {
      reasons.add("Main.run threw " + outcome.thrown());
    } else {
      reasons.addAll(
          OutputChecks.output(
              outcome.exitCode(),
              outcome.out(),
              outcome.err(),
              path ->
                  lineCount(path.equals(plan.file()) ? plan.mutant().bytes() : originals.get(path)),
              mutated));
      OutputChecks.Snapshot now = OutputChecks.Snapshot.of(workspace.out);
      if (outcome.exitCode() == 0) {
        List<String> unsafe = OutputChecks.pages(now, workspace.site);
        reasons.addAll(unsafe);
        // the next build's pages are compared with pages known to be safe
        workspace.site = unsafe.isEmpty() ? now : workspace.site;
        workspace.lastOutput = now;
      } else {
        String difference = now.differenceFrom(workspace.lastOutput);
        if (difference != null) {
          reasons.add("the failed build changed the output folder: " + difference);
          workspace.lastOutput = now;
        }
      }
    }
    if (VERBOSE) {
      String first = outcome.output().lines().findFirst().orElse("");
      System.out.println(
          "#"
              + plan.index()
              + " "
              + plan.mutant().operator()
              + " "
              + plan.file()
              + " -> exit "
              + outcome.exitCode()
              + (reasons.isEmpty() ? "" : " FAILED")
              + ": "
              + (first.length() > 160 ? first.substring(0, 160) + "…" : first));
    }
    if (ONLY != null) {
      System.out.println(
          "mutant "
              + plan.index()
              + " (seed "
              + SEED
              + "): "
              + plan.file()
              + ", "
              + plan.mutant().operator()
              + ": "
              + plan.mutant().description()
              + "\nexit "
              + outcome.exitCode()
              + " in "
              + outcome.millis()
              + " ms\n"
              + outcome.output()
              + (reasons.isEmpty() ? "(no failure)" : "FAILURE: " + String.join("; ", reasons)));
    }
    if (workspace.abandoned) {
      // the build is still running there: go on in a fresh copy
      workspaces.set(
          worker, Workspace.create(root, pristine, "w" + worker + "-after-" + plan.index()));
    }
    return reasons.isEmpty() ? null : new Failure(plan, reasons, outcome);
  }

  /**
   * How many lines a file has, counting every line break YAML, JSON and Markdown know: {@code
   * \r\n}, {@code \n} and a lone {@code \r} (an editor shows that as a line break too).
   */
  static Integer lineCount(byte[] bytes) {
    if (bytes == null) {
      return -1;
    }
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n')) {
        lines++;
      }
    }
    return lines;
  }

  // ---------------------------------------------------------------- the report

  private static String report(
      List<Failure> failures,
      int mutants,
      long seconds,
      Map<String, Integer> operators,
      List<long[]> timings) {
    StringBuilder report = new StringBuilder();
    report
        .append("MutationFuzzTest: ")
        .append(mutants)
        .append(" mutants of sites/")
        .append(FIXTURE)
        .append(" (seed ")
        .append(SEED)
        .append(") in ")
        .append(seconds)
        .append(" s: ")
        .append(failures.size())
        .append(" failed\n");
    List<long[]> sorted = new ArrayList<>(timings);
    sorted.sort(Comparator.comparingLong(t -> -t[0]));
    for (int code : new int[] {0, 1}) {
      long[] ms =
          timings.stream().filter(t -> t[2] == code).mapToLong(t -> t[0]).sorted().toArray();
      long[] cpu =
          timings.stream().filter(t -> t[2] == code).mapToLong(t -> t[3]).sorted().toArray();
      if (ms.length > 0) {
        report.append(
            String.format(
                "builds with exit %d: %d, median %d ms (%d ms of CPU)," + " mean %d ms%n",
                code,
                ms.length,
                ms[ms.length / 2],
                cpu[cpu.length / 2],
                Arrays.stream(ms).sum() / ms.length));
      }
    }
    report
        .append("slowest: ")
        .append(
            sorted.stream()
                .limit(5)
                .map(t -> "#" + t[1] + " " + t[0] + " ms")
                .reduce((a, b) -> a + ", " + b)
                .orElse(""))
        .append('\n');
    report.append("operators used: ").append(operators).append('\n');
    if (failures.isEmpty()) {
      return report.toString();
    }
    Map<String, List<Failure>> groups = new TreeMap<>();
    for (Failure failure : failures) {
      groups.computeIfAbsent(signature(failure), k -> new ArrayList<>()).add(failure);
    }
    report.append("\nby symptom (count, symptom, first mutants):\n");
    groups.entrySet().stream()
        .sorted((a, b) -> b.getValue().size() - a.getValue().size())
        .forEach(
            e ->
                report.append(
                    String.format(
                        "%5d  %s  [%s]%n",
                        e.getValue().size(),
                        e.getKey(),
                        e.getValue().stream()
                            .limit(6)
                            .map(f -> "#" + f.plan().index())
                            .reduce((a, b) -> a + " " + b)
                            .orElse(""))));
    report.append("\nfailures:\n");
    for (Failure failure : failures) {
      Plan plan = failure.plan();
      report
          .append("\n#")
          .append(plan.index())
          .append(" seed ")
          .append(SEED)
          .append(' ')
          .append(plan.mutant().operator())
          .append(' ')
          .append(plan.file())
          .append(": ")
          .append(plan.mutant().description())
          .append('\n');
      for (String reason : failure.reasons()) {
        report.append("  - ").append(reason).append('\n');
      }
      report.append("  exit ").append(failure.outcome().exitCode()).append(", output:\n");
      failure
          .outcome()
          .output()
          .lines()
          .limit(6)
          .forEach(
              line ->
                  report
                      .append("    | ")
                      .append(line.length() > 200 ? line.substring(0, 200) + "…" : line)
                      .append('\n'));
      report.append("  rerun: ").append(rerun(plan.index())).append('\n');
    }
    return report.toString();
  }

  /** The command line that runs exactly the mutant {@code index} of this seed again. */
  static String rerun(int index) {
    return "mvn -o test -Dtest=MutationFuzzTest -Dfolio.fuzz.seed="
        + SEED
        + " -Dfolio.fuzz.only="
        + index;
  }

  private static int countSignatures(List<Failure> failures) {
    return (int) failures.stream().map(MutationFuzzTest::signature).distinct().count();
  }

  /** What a failure looks like, without the particulars: to group failures of one cause. */
  static String signature(Failure failure) {
    Outcome outcome = failure.outcome();
    if (outcome.timedOut()) {
      return "timeout (" + failure.plan().mutant().operator() + ")";
    }
    if (outcome.thrown() != null) {
      return "threw "
          + outcome.thrown().getClass().getName()
          + " at "
          + folioFrame(outcome.thrown().getStackTrace());
    }
    if (outcome.exitCode() == 3) {
      String err = outcome.err();
      String exception =
          err.lines()
              .filter(l -> !l.startsWith("folio: internal error"))
              .findFirst()
              .orElse("")
              .replaceAll(":.*", "");
      String frame =
          err.lines()
              .filter(l -> l.strip().startsWith("at dev.folio"))
              .findFirst()
              .orElse("")
              .strip();
      return "exit 3: " + exception + " " + frame;
    }
    return failure
        .reasons()
        .get(0)
        .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"")
        .replaceAll("\\d+", "N");
  }

  private static String folioFrame(StackTraceElement[] trace) {
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("dev.folio")) {
        return frame.toString();
      }
    }
    return trace.length > 0 ? trace[0].toString() : "?";
  }

  // ---------------------------------------------------------------- workspaces

  private static Path baseDirectory() throws IOException {
    String dir = System.getProperty("folio.fuzz.dir");
    if (dir != null) {
      return Files.createDirectories(Path.of(dir));
    }
    Path shm = Path.of("/dev/shm");
    return Files.isDirectory(shm) && Files.isWritable(shm)
        ? shm
        : Path.of(System.getProperty("java.io.tmpdir"));
  }

  private static List<String> filesOf(Path project) throws IOException {
    try (Stream<Path> walk = Files.walk(project)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> project.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One worker's copy of the project, its output folder and the thread that builds in it. */
  private static final class Workspace {
    final Path project;
    final Path out;
    final ExecutorService executor;
    volatile Thread builder;

    /** The output folder after the last successful build, whose pages passed the checks. */
    OutputChecks.Snapshot site;

    /** The output folder as the last build left it. */
    OutputChecks.Snapshot lastOutput;

    boolean abandoned;

    private Workspace(Path dir) {
      project = dir.resolve("project");
      out = dir.resolve("site");
      executor =
          Executors.newSingleThreadExecutor(
              r -> {
                Thread thread = new Thread(r, "fuzz-build-" + dir.getFileName());
                thread.setDaemon(true);
                builder = thread;
                return thread;
              });
    }

    static Workspace create(Path root, Path pristine, String name) {
      Workspace workspace = new Workspace(root.resolve(name));
      TestSites.copyTree(pristine, workspace.project);
      // the first build loads and compiles everything: give it more time than a mutant
      Outcome first = workspace.build(Math.max(120, TIMEOUT_SECONDS));
      if (first.exitCode() != 0 || first.thrown() != null) {
        throw new AssertionError(
            "the fixture sites/" + FIXTURE + " does not build:\n" + first.output());
      }
      assertThat(OutputChecks.output(0, first.out(), first.err(), p -> 1_000_000, ""))
          .as("the fixture's own build")
          .isEmpty();
      workspace.site = OutputChecks.Snapshot.of(workspace.out);
      workspace.lastOutput = workspace.site;
      assertThat(OutputChecks.pages(workspace.site, null)).as("the fixture's own pages").isEmpty();
      return workspace;
    }

    Outcome build(int timeoutSeconds) {
      String[] args = {"build", "--source", project.toString(), "--out", out.toString()};
      long start = System.nanoTime();
      Future<Outcome> future =
          executor.submit(
              () -> {
                StringWriter out = new StringWriter();
                StringWriter err = new StringWriter();
                long cpu = CPU.getCurrentThreadCpuTime();
                int code;
                Throwable thrown = null;
                try {
                  code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
                } catch (Throwable e) {
                  code = -1;
                  thrown = e;
                }
                return new Outcome(
                    code,
                    out.toString(),
                    err.toString(),
                    thrown,
                    false,
                    0,
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1_000_000);
              });
      // A hang is a build that used timeoutSeconds of CPU, or, blocked without using any, six
      // times that in all: on a machine shared with other work a slow build is not a hung one.
      long cpuAtStart = builderCpu();
      long wallLimit = start + TimeUnit.SECONDS.toNanos(6L * timeoutSeconds);
      try {
        while (true) {
          try {
            Outcome outcome = future.get(200, TimeUnit.MILLISECONDS);
            return new Outcome(
                outcome.exitCode(),
                outcome.out(),
                outcome.err(),
                outcome.thrown(),
                false,
                (System.nanoTime() - start) / 1_000_000,
                outcome.cpuMillis());
          } catch (TimeoutException e) {
            long cpu = builderCpu() - cpuAtStart;
            if (cpu > TimeUnit.SECONDS.toNanos(timeoutSeconds) || System.nanoTime() > wallLimit) {
              abandon(future);
              return new Outcome(
                  -1, "", "", null, true, (System.nanoTime() - start) / 1_000_000, cpu / 1_000_000);
            }
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      } catch (ExecutionException e) {
        throw new AssertionError(e.getCause());
      }
    }

    /** CPU time the builder thread has used so far, in nanoseconds (0 before it exists). */
    private long builderCpu() {
      Thread thread = builder;
      return thread == null ? 0 : Math.max(0, CPU.getThreadCpuTime(thread.getId()));
    }

    /** Gives up a build that does not end: interrupts it, then stops its thread. */
    private void abandon(Future<Outcome> future) {
      abandoned = true;
      future.cancel(true);
      Thread thread = builder;
      executor.shutdownNow();
      try {
        if (!executor.awaitTermination(1, TimeUnit.SECONDS) && thread != null) {
          // Thread.stop is the only way to end a thread that ignores interrupts (Java 17)
          Thread.class.getMethod("stop").invoke(thread);
          thread.join(2000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ReflectiveOperationException | UnsupportedOperationException e) {
        // the thread keeps running; this workspace is not used again
      }
    }

    void close() {
      executor.shutdownNow();
    }
  }
}
