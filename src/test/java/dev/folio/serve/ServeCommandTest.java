package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.cli.Main;
import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio serve} end to end on a copy of the report fixture: it builds, serves on a free loopback
 * port, rebuilds on a change and tells open pages, and shows a broken build's problems while it
 * keeps serving the last good site.
 */
class ServeCommandTest {
  private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void serveRebuildsOnChangeReloadsOpenPagesAndReportsProblems(@TempDir Path dir)
      throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "report");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger exit = new AtomicInteger(-1);
    Thread serve = new Thread(() -> exit.set(Main.run(
        new String[] {"serve", "--source", project.toString(), "--port", "0"},
        new PrintWriter(out, true), new PrintWriter(err, true))), "folio-serve-command");
    serve.setDaemon(true);
    serve.start();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    int port = -1;
    try {
      port = awaitPort(out, err, serve);
      URI about = URI.create("http://127.0.0.1:" + port + "/en/about/");

      HttpResponse<String> page = get(http, about);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("<html lang=\"en\"")
          .contains("<script src=\"/_folio/live.js\"></script></body>");

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
        assertThat(problems).anySatisfy(line -> assertThat(line)
            .startsWith("data: content/en/about.md:1:1: ").contains("front matter"));
        assertThat(get(http, about).body()).contains("A sentence added while serving.");
      }
    } finally {
      serve.interrupt();
      serve.join(10_000);
    }
    assertThat(serve.isAlive()).as("serve stops when interrupted").isFalse();
    assertThat(err.toString()).contains("content/en/about.md:1:1: ")
        .contains("still serving the last good site").doesNotContain("internal error");
    assertThat(exit.get()).as("exit code; printed:%n%s%s", out, err).isZero();
    assertThat(connects(http, port)).as("the server is closed").isFalse();
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
    return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
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
