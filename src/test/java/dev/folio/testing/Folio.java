package dev.folio.testing;

import dev.folio.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs Folio's command line in-process, capturing what it prints. */
public final class Folio {
  private Folio() {}

  /** The result of one command: exit code and both output streams. */
  public record Run(int exitCode, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  /** The repository's root, where the report's content/ and Folio's sources live. */
  public static Path projectDir() {
    String dir = System.getProperty("folio.projectDir");
    return (dir == null ? Path.of("") : Path.of(dir)).toAbsolutePath().normalize();
  }

  /**
   * Builds the repository's own report (content/) into {@code out}; fails the test if it fails.
   * Only the report's own checks use this: tests of the tool build a fixture. Without history: the
   * report's tests assert what no update can change, and its revisions are its commits' (a clone
   * made for CI may even be shallow); history has its own tests, on repositories they build.
   */
  public static Run buildReport(Path out, String... extraArgs) {
    String[] args = new String[extraArgs.length + 1];
    args[0] = "--no-history";
    System.arraycopy(extraArgs, 0, args, 1, extraArgs.length);
    return build(projectDir(), out, args);
  }

  /**
   * Lays out fixture {@code name} of {@code src/test/resources/sites/} next to {@code out} and
   * builds it into {@code out}; fails the test if it fails.
   */
  public static Run buildFixture(String name, Path out, String... extraArgs) {
    Path source =
        TestSites.prepare(out.toAbsolutePath().resolveSibling(out.getFileName() + "-source"), name);
    return build(source, out, extraArgs);
  }

  /** Builds {@code source} into {@code out}; fails the test if it fails. */
  public static Run build(Path source, Path out, String... extraArgs) {
    String[] args = new String[4 + extraArgs.length];
    args[0] = "build";
    args[1] = "--source";
    args[2] = source.toString();
    args[3] = "--out=" + out;
    System.arraycopy(extraArgs, 0, args, 4, extraArgs.length);
    Run run = run(args);
    if (run.exitCode() != 0) {
      throw new AssertionError("building " + source + " failed:\n" + run.all());
    }
    return run;
  }
}
