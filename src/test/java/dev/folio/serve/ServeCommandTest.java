package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.cli.Main;
import dev.folio.testing.Folio;
import dev.folio.testing.GitFixture;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteSnapshot;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio serve} end to end on a copy of the report fixture: it builds, serves on a free
 * loopback port, rebuilds on a change and tells open pages, and shows a broken build's problems
 * while it keeps serving the last good site.
 */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

  @NeedsTeaVm
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void serveRebuildsOnChangeReloadsOpenPagesAndReportsProblems(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "report");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = serve(project, out, err, exit);
    HttpClient http = http();
    int port = -1;
    try {
      port = awaitPort(out, err, serve);
      URI about = URI.create("http://127.0.0.1:" + port + "/en/about/");

      HttpResponse<String> page = get(http, about);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("<html lang=\"en\"")
          .containsPattern(DevServerTest.LIVE_SCRIPT + "</body>");

      try (EventStream events = EventStream.open(port)) {
        Path source = project.resolve("content/en/about.md");
        String original = Files.readString(source);
        Files.writeString(source, original + "\nA sentence added while serving.\n");
        assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
        assertThat(get(http, about).body()).contains("A sentence added while serving.");

        Files.writeString(source, "no front matter any more\n");
        // The open page is told what is wrong and where; the last good site stays.
        List<String> problems = events.nextEvent(20);
        assertThat(problems).first().isEqualTo("event: problems");
        assertThat(problems)
            .anySatisfy(
                line ->
                    assertThat(line)
                        .startsWith("data: content/en/about.md:1:1: ")
                        .contains("front matter"));
        assertThat(get(http, about).body()).contains("A sentence added while serving.");
      }
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).as("serve stops when interrupted").isFalse();
    assertThat(err.toString())
        .contains("content/en/about.md:1:1: ")
        .contains("still serving the last good site")
        .doesNotContain("internal error");
    assertThat(exit.get()).as("exit code; printed:%n%s%s", out, err).isZero();
    assertThat(connects(http, port)).as("the server is closed").isFalse();
  }

  /**
   * Issue 22: serve watched only the source folders there were when it started: a static/ made
   * while it ran, and the files put in it, stayed unseen (and unserved) until it was restarted.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aStaticFolderCreatedWhileServingIsServedWithinASecond(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "notes-and-errata");
    assertThat(project.resolve("static")).doesNotExist();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Thread serve = serve(project, out, err, new AtomicInteger(-1));
    HttpClient http = http();
    try {
      int port = awaitPort(out, err, serve);
      URI file = URI.create("http://127.0.0.1:" + port + "/files/made-while-serving.txt");
      assertThat(get(http, file).statusCode()).isEqualTo(404);
      try (EventStream events = EventStream.open(port)) {
        long start = System.nanoTime();
        Files.writeString(
            Files.createDirectories(project.resolve("static/files"))
                .resolve("made-while-serving.txt"),
            "static/ did not exist when serve started\n");
        assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
        HttpResponse<String> served = get(http, file);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo("static/ did not exist when serve started\n");
        assertThat(millis).as("milliseconds from writing the file to serving it").isLessThan(1_000);

        // The new folder is watched with all it holds: a second file, in it, is seen too.
        Files.writeString(project.resolve("static/files/second.txt"), "second\n");
        assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
        assertThat(get(http, URI.create("http://127.0.0.1:" + port + "/files/second.txt")).body())
            .isEqualTo("second\n");
      }
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(err.toString()).doesNotContain("internal error");
  }

  /**
   * Issue 12: a busy port was reported as a bug in Folio (a stack trace, exit 3) after site/ had
   * been rebuilt. Now the port is taken first: nothing is built or written if it cannot be had.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aBusyPortIsReportedAsSuchBeforeAnythingIsBuiltOrWritten(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "basic");
    Folio.build(project, project.resolve("site"), "--base-url", "/repo-name/");
    Map<String, String> before = SiteSnapshot.of(project);
    List<String> entries = entries(project);

    try (ServerSocket busy = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      int port = busy.getLocalPort();
      Folio.Run run =
          Folio.run("serve", "--source", project.toString(), "--port", String.valueOf(port));
      assertThat(run.exitCode()).as("a usage error, as README's exit codes say").isEqualTo(2);
      assertThat(run.err())
          .contains("port " + port)
          .contains("already in use")
          .contains("--port N")
          .contains("--port 0")
          .doesNotContain("internal error")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(run.out()).doesNotContain("built").doesNotContain("serving");
    }
    assertThat(SiteSnapshot.of(project)).as("nothing in the project changed").isEqualTo(before);
    assertThat(entries(project)).isEqualTo(entries);
  }

  /**
   * Issue 12: serve rebuilt site/, replacing a site built for publishing (with --base-url) by one
   * for 127.0.0.1. It serves from memory and never writes site/, even across rebuilds.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void serveLeavesTheProjectsSiteFolderAsItWas(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "basic");
    Path site = project.resolve("site");
    Folio.build(project, site, "--base-url", "/repo-name/");
    assertThat(Files.readString(site.resolve("en/index.html"))).contains("/repo-name/");
    Map<String, String> published = SiteSnapshot.of(site);
    List<String> entries = entries(project);

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = serve(project, out, err, exit);
    HttpClient http = http();
    try {
      int port = awaitPort(out, err, serve);
      URI home = URI.create("http://127.0.0.1:" + port + "/en/");
      HttpResponse<String> page = get(http, home);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).as("served for 127.0.0.1, at /").doesNotContain("/repo-name/");

      try (EventStream events = EventStream.open(port)) {
        Path source = project.resolve("content/en/index.md");
        GitFixture.saveAtomically(
            source, Files.readString(source) + "\nWritten while serving.\n", dir);
        assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
        assertThat(get(http, home).body()).contains("Written while serving.");
      }
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(exit.get()).as("exit code; printed:%n%s%s", out, err).isZero();
    assertThat(out.toString()).contains("from memory").contains("site/ is not written");
    assertThat(SiteSnapshot.of(site))
        .as("site/ is byte for byte the published one")
        .isEqualTo(published);
    assertThat(entries(project)).as("no folder was made next to site/").isEqualTo(entries);
  }

  /**
   * Issue 24: an edit of a data file shows as not yet committed; once it is committed (nothing in
   * the project changes, only git's files), the page shows the commit's date and reason instead.
   */
  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void serveShowsEditsNotYetCommittedThenTheCommitOnceItLands(@TempDir Path dir) throws Exception {
    try (GitFixture git = GitFixture.of("basic", dir.resolve("project"))) {
      git.commit("The report as published", "2023-03-01T10:00:00+08:00");
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Thread serve = serve(git.dir(), out, err, new AtomicInteger(-1));
      HttpClient http = http();
      try {
        int port = awaitPort(out, err, serve);
        URI models = URI.create("http://127.0.0.1:" + port + "/en/models/");
        try (EventStream events = EventStream.open(port)) {
          git.replace("content/data/models.yaml", "params: 175000000000", "params: 180000000000");
          assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
          assertThat(get(http, models).body())
              .contains("175 billion")
              .contains("not yet committed");
          git.commit("The model card gives 180 billion", "2024-06-01T09:00:00+08:00");
          assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
          assertThat(get(http, models).body())
              .contains("1 June 2024")
              .contains("The model card gives 180 billion")
              .doesNotContain("not yet committed");
        }
      } finally {
        serve.interrupt();
        serve.join(10_000);
      }
      assertThat(err.toString()).doesNotContain("internal error");
    }
  }

  /**
   * Starts {@code folio serve --port 0} on {@code project} in a daemon thread, printing to {@code
   * out} and {@code err}; its exit code goes to {@code exit}.
   */
  private static Thread serve(
      Path project, StringWriter out, StringWriter err, AtomicInteger exit) {
    Thread serve =
        new Thread(
            () ->
                exit.set(
                    Main.run(
                        new String[] {"serve", "--source", project.toString(), "--port", "0"},
                        new PrintWriter(out, true),
                        new PrintWriter(err, true))),
            "folio-serve-command");
    serve.setDaemon(true);
    serve.start();
    return serve;
  }

  private static HttpClient http() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  /** The names in a folder, sorted. */
  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static int awaitPort(StringWriter out, StringWriter err, Thread serve)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      Matcher matcher = SERVING.matcher(out.toString());
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
      if (!serve.isAlive()) {
        throw new AssertionError("serve stopped:\n" + out + err);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("serve did not start within 30 s:\n" + out + err);
  }

  private static HttpResponse<String> get(HttpClient http, URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static boolean connects(HttpClient http, int port) throws Exception {
    try {
      get(http, URI.create("http://127.0.0.1:" + port + "/"));
      return true;
    } catch (ConnectException refused) {
      return false;
    }
  }
}
