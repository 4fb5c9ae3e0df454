package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/folio}, run with a stand-in for {@code java} that records its arguments: when it uses
 * the class-data-sharing archive (Java 17 to 24) or the AOT cache (Java 25 and later), when it
 * makes one (and that a failed run leaves none), and which JIT settings each command gets.
 */
class LauncherTest {
  @TempDir Path dir;
  private Path jar;
  private Path jsa;
  private Path javaHome;
  private Path log;

  @BeforeEach
  void fakeJava() throws IOException {
    // bin/folio is a bash script: a machine without bash cannot run it, and that is a failure.
    assertThat(
            Files.isExecutable(Path.of("/bin/bash"))
                || Files.isExecutable(Path.of("/usr/bin/bash")))
        .as("bash, which bin/folio needs")
        .isTrue();
    Path folder = Files.createDirectories(dir.resolve("a folder"));
    jar = Files.writeString(folder.resolve("folio.jar"), "not really a jar");
    jsa = folder.resolve("folio.jsa");
    javaHome = dir.resolve("java");
    log = dir.resolve("java.log");
    Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
    javaVersion("17.0.15");
    // Records each run's arguments, one per line, after a line "run"; writes the class list and
    // the archive it is asked to; a build exits with FAKE_RC.
    Files.writeString(
        java,
        """
        #!/usr/bin/env bash
        { echo run; printf '%s\\n' "$@"; } >> "$FAKE_LOG"
        dump=no
        for a in "$@"; do
          [[ "$a" == -Xshare:dump || "$a" == -XX:AOTMode=create ]] && dump=yes
        done
        for a in "$@"; do
          case "$a" in
            -XX:DumpLoadedClassList=*) echo classes > "${a#*=}";;
            -XX:AOTConfiguration=*) [[ $dump == no ]] && echo configuration > "${a#*=}";;
            -XX:SharedArchiveFile=*|-XX:AOTCache=*) [[ $dump == yes ]] && echo archive > "${a#*=}";;
          esac
        done
        [[ $dump == yes ]] && exit 0
        exit "${FAKE_RC:-0}"
        """);
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  /** The stand-in's version, in its home's release file, which is where bin/folio reads it. */
  private void javaVersion(String version) throws IOException {
    Files.writeString(
        javaHome.resolve("release"),
        "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\""
            + version
            + "\"\nJAVA_RUNTIME_VERSION=\""
            + version
            + "+1\"\n");
  }

  private int launch(Map<String, String> env, String... args) throws Exception {
    List<String> command =
        new ArrayList<>(List.of("bash", Folio.projectDir().resolve("bin/folio").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("out.txt").toFile());
    builder.environment().remove("FOLIO_JAVA_OPTS");
    builder.environment().remove("FOLIO_CDS");
    builder
        .environment()
        .putAll(
            Map.of(
                "JAVA_HOME",
                javaHome.toString(),
                "FOLIO_JAR",
                jar.toString(),
                "FAKE_LOG",
                log.toString()));
    builder.environment().putAll(env);
    return builder.start().waitFor();
  }

  /** The arguments of each run of java, in order. */
  private List<List<String>> runs() throws IOException {
    List<List<String>> runs = new ArrayList<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.equals("run")) {
        runs.add(new ArrayList<>());
      } else {
        runs.get(runs.size() - 1).add(line);
      }
    }
    return runs;
  }

  /** The arguments of the last run of java. */
  private List<String> lastRun() throws IOException {
    List<List<String>> runs = runs();
    return runs.get(runs.size() - 1);
  }

  /** The value of {@code option} ({@code option=value}) in a run's arguments. */
  private static String value(List<String> run, String option) {
    return run.stream()
        .filter(a -> a.startsWith(option + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError(option + " not in " + run))
        .substring(option.length() + 1);
  }

  /** What the launcher gives java for a build (every command but serve), before the archive's. */
  private static final List<String> BUILD_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseParallelGC",
          "-XX:MaxNewSize=256m",
          "-XX:InitialRAMPercentage=40",
          "-XX:MaxRAMPercentage=50",
          "-XX:MetaspaceSize=128m",
          "-XX:MaxTenuringThreshold=0");

  /** A command line of a build: the launcher's options for a build, then {@code rest}. */
  private static String[] build(String... rest) {
    List<String> all = new ArrayList<>(BUILD_OPTIONS);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }

  /** An archive as the launcher leaves one it made for the jar: newer, and its jar recorded. */
  private void archiveNewerThanJar() throws IOException {
    Files.writeString(jsa, "archive");
    Files.writeString(madeFor(jsa), jar.toString());
    Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
  }

  /** The file beside an archive that says which jar, at which path, it was made for. */
  private static Path madeFor(Path archive) {
    return archive.resolveSibling(archive.getFileName() + ".made-for");
  }

  @Test
  void aBuildUsesAFreshArchiveWithTheQuickCompilerOnly() throws Exception {
    archiveNewerThanJar();
    assertThat(launch(Map.of(), "build", "--out", "site")).isZero();
    assertThat(lastRun())
        .containsExactly(
            build(
                "-XX:SharedArchiveFile=" + jsa,
                "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off",
                "-jar",
                jar.toString(),
                "build",
                "--out",
                "site"));
  }

  @Test
  void serveKeepsItsCollectorAndTheUsersOptionsComeLast() throws Exception {
    archiveNewerThanJar();
    assertThat(launch(Map.of("FOLIO_JAVA_OPTS", "-Xmx1g -Dx=y"), "serve", "--port", "0")).isZero();
    assertThat(lastRun())
        .containsExactly(
            "-XX:TieredStopAtLevel=1",
            "-XX:SharedArchiveFile=" + jsa,
            "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off",
            "-Xmx1g",
            "-Dx=y",
            "-jar",
            jar.toString(),
            "serve",
            "--port",
            "0");
  }

  @Test
  void aBuildWithoutAnArchiveMakesOneForTheNextRun() throws Exception {
    assertThat(launch(Map.of(), "build")).isZero();
    List<List<String>> runs = runs();
    assertThat(runs).hasSize(2);
    String list = value(runs.get(0), "-XX:DumpLoadedClassList");
    assertThat(list).startsWith(jsa + ".");
    assertThat(runs.get(0))
        .containsExactly(build("-XX:DumpLoadedClassList=" + list, "-jar", jar.toString(), "build"));
    assertThat(runs.get(1))
        .startsWith(
            "-Xshare:dump",
            "-Xlog:cds=off",
            "-Xlog:cds+dynamic=off",
            "-XX:SharedClassListFile=" + list)
        .endsWith("-cp", jar.toString());
    assertThat(jsa).hasContent("archive");
    assertThat(madeFor(jsa)).hasContent(jar.toString());
    assertThat(Files.list(jsa.getParent()))
        .as("no class list or half-made archive left")
        .containsExactlyInAnyOrder(jar, jsa, madeFor(jsa));
    assertThat(dir.resolve("out.txt")).content().contains("folio: made " + jsa);

    launch(Map.of(), "build");
    assertThat(lastRun()).contains("-XX:SharedArchiveFile=" + jsa);
  }

  @Test
  void anArchiveOlderThanTheJarIsMadeAgainAndAFailedRunLeavesNone() throws Exception {
    Files.writeString(jsa, "archive");
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    assertThat(launch(Map.of("FAKE_RC", "1"), "build")).isEqualTo(1);
    assertThat(runs()).hasSize(1);
    assertThat(lastRun()).anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList="));
    assertThat(Files.list(jsa.getParent())).containsExactly(jar);
  }

  @Test
  void anArchiveMadeForTheJarElsewhereIsMadeAgainForThisOne() throws Exception {
    // A folder copied or moved with its archive: the JVM would skip the archive, silently.
    archiveNewerThanJar();
    Files.writeString(madeFor(jsa), dir.resolve("elsewhere/folio.jar").toString());
    assertThat(launch(Map.of(), "serve", "--port", "0")).isZero();
    assertThat(lastRun()).noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));

    assertThat(launch(Map.of(), "build")).isZero();
    assertThat(runs().get(1)).anyMatch(a -> a.startsWith("-XX:DumpLoadedClassList="));
    assertThat(madeFor(jsa)).hasContent(jar.toString());
    launch(Map.of(), "build");
    assertThat(lastRun()).contains("-XX:SharedArchiveFile=" + jsa);
  }

  @Test
  void otherCommandsNeitherMakeNorUseAStaleArchiveAndCds0TurnsItOff() throws Exception {
    assertThat(launch(Map.of(), "--version")).isZero();
    assertThat(lastRun()).containsExactly(build("-jar", jar.toString(), "--version"));
    assertThat(jsa).doesNotExist();

    archiveNewerThanJar();
    launch(Map.of("FOLIO_CDS", "0"), "build");
    assertThat(lastRun()).containsExactly(build("-jar", jar.toString(), "build"));
  }

  @Test
  void onJava25ABuildMakesAnAotCacheAndTheNextUsesIt() throws Exception {
    javaVersion("25.0.3");
    Path aot = jar.resolveSibling("folio.aot");
    assertThat(launch(Map.of(), "build")).isZero();
    List<List<String>> runs = runs();
    assertThat(runs).hasSize(2);
    String record = value(runs.get(0), "-XX:AOTConfiguration");
    assertThat(record).startsWith(aot + ".");
    assertThat(runs.get(0))
        .containsExactly(
            build(
                "-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + record,
                "-Xlog:aot=off",
                "-Xlog:cds=off",
                "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-DisplayVMOutput",
                "-jar",
                jar.toString(),
                "build"));
    assertThat(runs.get(1))
        .startsWith(build("-XX:AOTMode=create", "-XX:AOTConfiguration=" + record))
        .anyMatch(a -> a.startsWith("-XX:AOTCache=" + aot + "."))
        .endsWith("-cp", jar.toString());
    assertThat(aot).hasContent("archive");
    assertThat(jsa).doesNotExist();
    assertThat(Files.list(aot.getParent()))
        .as("no record or half-made cache left")
        .containsExactlyInAnyOrder(jar, aot, madeFor(aot));
    assertThat(dir.resolve("out.txt")).content().contains("folio: made " + aot);

    assertThat(launch(Map.of(), "serve", "--port", "0")).isZero();
    assertThat(lastRun())
        .containsExactly(
            "-XX:TieredStopAtLevel=1",
            "-XX:AOTCache=" + aot,
            "-Xlog:aot=off",
            "-Xlog:cds=off",
            "-jar",
            jar.toString(),
            "serve",
            "--port",
            "0");
  }

  @Test
  void onJava25AFailedBuildLeavesNoCacheAndAClassDataArchiveIsNotUsed() throws Exception {
    javaVersion("25");
    archiveNewerThanJar();
    assertThat(launch(Map.of("FAKE_RC", "1"), "build")).isEqualTo(1);
    assertThat(runs()).hasSize(1);
    assertThat(lastRun())
        .contains("-XX:AOTMode=record")
        .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile="));
    assertThat(Files.list(jar.getParent())).containsExactlyInAnyOrder(jar, jsa, madeFor(jsa));
  }

  @Test
  void aJavaWithoutAReleaseFileIsTakenForAnOlderOne() throws Exception {
    Files.delete(javaHome.resolve("release"));
    archiveNewerThanJar();
    assertThat(launch(Map.of(), "build")).isZero();
    assertThat(lastRun()).contains("-XX:SharedArchiveFile=" + jsa);
  }

  @Test
  void aMissingJarSaysHowToBuildIt() throws Exception {
    Files.delete(jar);
    assertThat(launch(Map.of(), "build")).isEqualTo(2);
    assertThat(dir.resolve("out.txt")).content().contains("mvn -B -q -DskipTests package");
  }
}
