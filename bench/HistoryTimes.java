import dev.folio.extension.Extensions;
import dev.folio.load.SourceLoader;
import dev.folio.load.history.Histories;
import dev.folio.model.History;
import dev.folio.model.Site;
import dev.folio.model.SiteConfig;
import dev.folio.model.TaskRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What reading a site's history from git costs, for bench/bench.py (section "History from git"). It
 * is compiled against the benchmarked folio.jar and run with the launcher's JVM options and
 * archive, as Floors is.
 *
 * <p>{@code HistoryTimes SOURCE N}: loads the site at SOURCE once (as a build does, with Folio's
 * extensions), then reads its history N times in this JVM, as {@code check} does ({@link
 * Histories#walk} then {@link Histories#read} with the translation warnings), each time with {@link
 * TaskRunner#DIRECT}, which keeps nothing, and a new repository (no text read before). One line per
 * read: its time in all, and the walk's (the first-parent walk over the commits that touched
 * content/, each diffed against its parent) and the rest's (each report's data events and net
 * revisions, the translations that fell behind), and the CPU time of the thread that read it (the
 * whole read runs on it; the JIT's and the collector's threads are not counted), which a machine
 * shared with other work does not inflate as it does the wall time. The first read is the cold
 * cost, which a build pays; the last ones, once the JVM has compiled the code, the warm cost. A
 * last line says what was read: the commits walked, the changes found, the warnings.
 */
public final class HistoryTimes {
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: HistoryTimes SOURCE N");
      System.exit(2);
    }
    Path source = Path.of(args[0]).toAbsolutePath().normalize();
    int reads = Integer.parseInt(args[1]);
    long start = System.nanoTime();
    SiteConfig config = SourceLoader.config(source);
    Site site = SourceLoader.load(source, config, available(), TaskRunner.DIRECT);
    System.out.printf(Locale.ROOT, "load: %d ms%n", ms(System.nanoTime() - start));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int commits = 0;
    Histories.Read read = null;
    for (int i = 1; i <= reads; i++) {
      long cpu = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Histories.Walk walk = Histories.walk(source, site.config(), TaskRunner.DIRECT);
      long t1 = System.nanoTime();
      commits = walk.commits().size();
      read = Histories.read(walk, source, site.config(), site.reports(), TaskRunner.DIRECT, true);
      long t2 = System.nanoTime();
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      System.out.printf(
          Locale.ROOT,
          "read %d: %.1f ms, cpu %.1f ms (walk %.1f ms, the rest %.1f ms)%n",
          i,
          ms1(t2 - t0),
          ms1(cpu),
          ms1(t1 - t0),
          ms1(t2 - t1));
    }
    int changes = 0;
    int tables = 0;
    for (History history : read.reports().values()) {
      changes += history.changes().size();
      tables += history.tables().size();
    }
    System.out.printf(
        Locale.ROOT,
        "read: %d commits walked, %d reports with history, %d changes, %d tables revised,"
            + " %d warnings, %d problems%n",
        commits,
        read.reports().size(),
        changes,
        tables,
        read.warnings().size(),
        read.problems().size());
  }

  /** Folio's extensions, as Pipeline gives them to the loader. */
  private static List<SourceLoader.Available> available() {
    return Extensions.available().stream()
        .map(
            extension ->
                new SourceLoader.Available(
                    extension.name(),
                    extension.embeds(),
                    extension.stringsFolder() == null
                        ? null
                        : new SourceLoader.BuiltinStrings(
                            extension.stringsFolder(),
                            "(" + extension.name() + " extension) i18n")))
        .toList();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static double ms1(long nanos) {
    return nanos / 1e6;
  }
}
