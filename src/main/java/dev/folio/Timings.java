package dev.folio;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How long each step of a build took, printed to standard error when the environment variable
 * {@code FOLIO_TIMINGS} is set (to anything but empty or {@code 0}), e.g. {@code FOLIO_TIMINGS=1
 * folio build}. The first line of a process also says how long the JVM took to reach the build:
 * starting a JVM and loading Folio's classes is a large part of a small site's build. Each step
 * also gives the CPU time the whole process spent in it (all threads, the JIT's too), which shows
 * how much of the machine a step kept busy.
 */
final class Timings {
  private static final boolean ON = on(System.getenv("FOLIO_TIMINGS"));
  private static boolean startPrinted;

  private final List<String> steps = new ArrayList<>();
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
            + " ms");
  }
}
