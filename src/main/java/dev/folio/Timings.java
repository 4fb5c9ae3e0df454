package dev.folio;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How long each step of a build took, printed to standard error when the environment variable
 * {@code FOLIO_TIMINGS} is set (to anything but empty or {@code 0}), e.g. {@code FOLIO_TIMINGS=1
 * folio build}. The first line of a process also says how long the JVM took to reach the build:
 * starting a JVM and loading Folio's classes is a large part of a small site's build. Each step
 * also gives the CPU time the whole process spent in it (all threads, the JIT's too), which shows
 * how much of the machine a step kept busy; a rebuild of {@code folio serve}, which tasks it
 * computed rather than reused, by boundary ({@code tasks computed {BODY=1, FRAME=1}}).
 */
final class Timings {
  private static final boolean ON = on(System.getenv("FOLIO_TIMINGS"));
  private static boolean startPrinted;

  private final List<String> steps = new ArrayList<>();

  /** The tasks a build that reuses results computed, by boundary; empty for any other. */
  private Map<String, Long> computed = Map.of();

  private final long start = System.nanoTime();
  private long last = start;
  private long lastCpu = cpuNanos();

  static boolean on(String value) {
    return value != null && !value.isEmpty() && !value.equals("0");
  }

  /** Timings for one build, or null when they are off. */
  static Timings start() {
    if (!ON) {
      return null;
    }
    synchronized (Timings.class) {
      if (!startPrinted) {
        startPrinted = true;
        ProcessHandle.current()
            .info()
            .startInstant()
            .ifPresent(
                started ->
                    System.err.println(
                        "folio: timings: process start → first build "
                            + (System.currentTimeMillis() - started.toEpochMilli())
                            + " ms"));
      }
    }
    return new Timings();
  }

  /** The step that has just ended. */
  void step(String name) {
    long now = System.nanoTime();
    long cpu = cpuNanos();
    steps.add(
        name
            + " "
            + (now - last) / 1_000_000
            + " ms"
            + (cpu < 0 || lastCpu < 0 ? "" : " (CPU " + (cpu - lastCpu) / 1_000_000 + " ms)"));
    last = now;
    lastCpu = cpu;
  }

  /** The tasks the build computed rather than reused ({@code folio serve}'s), by boundary. */
  void computed(Map<String, Long> counts) {
    computed = counts;
  }

  /** The CPU time of the whole process so far, or -1 where the system does not say. */
  private static long cpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
  }

  void print(PrintStream err) {
    err.println(
        "folio: timings: "
            + String.join(", ", steps)
            + "; in all "
            + (System.nanoTime() - start) / 1_000_000
            + " ms"
            + (computed.isEmpty() ? "" : "; tasks computed " + computed));
  }
}
