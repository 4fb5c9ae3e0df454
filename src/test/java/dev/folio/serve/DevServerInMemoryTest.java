package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.model.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server {@code folio serve} uses: a built site held in memory and swapped whole. What it
 * serves, that no request sees a missing or half-swapped site, and that a page opened while the
 * last build is failing is shown the problems. Every wait is bounded and none is a sleep.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DevServerInMemoryTest {
  private static final Pattern BUILD = Pattern.compile("data-build=\"([0-9a-f]+-([0-9]+))\"");
  private static final String SECRET = "SECRET-OUTSIDE-THE-SITE";

  private DevServer server;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    server = DevServer.inMemory(0);
    server.start();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** A small site whose pages say which version of it they belong to. */
  private static List<OutputFile> site(int version, String... extraPaths) {
    List<OutputFile> files =
        new ArrayList<>(
            List.of(
                OutputFile.text("index.html", page("chooser " + version)),
                OutputFile.text("zh/chips/index.html", page("芯片 " + version)),
                OutputFile.text("zh/芯片/index.html", page("chips " + version)),
                OutputFile.text("404.html", page("404 · not found here " + version)),
                OutputFile.text("assets/style.css", "body { --version: " + version + "; }\n"),
                OutputFile.text("data/t.csv", "a,b\n1," + version + "\n")));
    for (String path : extraPaths) {
      files.add(OutputFile.text(path, page(path)));
    }
    return files;
  }

  private static String page(String title) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body>\n<h1>"
        + title
        + "</h1>\n</body>\n</html>\n";
  }

  @Test
  void servesAPublishedSiteAsAStaticHostWould() throws Exception {
    server.publish(site(1));

    HttpResponse<String> page = get("/zh/chips/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body())
        .contains("<h1>芯片 1</h1>")
        .containsPattern(DevServerTest.LIVE_SCRIPT + "</body>");
    assertThat(get("/").body()).contains("<h1>chooser 1</h1>");
    assertThat(get("/zh/chips/index.html").body()).contains("<h1>芯片 1</h1>");
    assertThat(get("/zh/../zh/chips/").body()).contains("<h1>芯片 1</h1>");
    assertThat(get("/%E8%8A%AF%E7%89%87").statusCode()).isEqualTo(404);
    assertThat(get("/zh/%E8%8A%AF%E7%89%87/").body()).contains("<h1>chips 1</h1>");

    HttpResponse<String> css = get("/assets/style.css");
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body()).isEqualTo("body { --version: 1; }\n");
    assertThat(get("/data/t.csv").body()).isEqualTo("a,b\n1,1\n");

    HttpResponse<String> folder = get("/zh/chips?q=gpu");
    assertThat(folder.statusCode()).isEqualTo(301);
    assertThat(folder.headers().firstValue("Location")).hasValue("/zh/chips/?q=gpu");
    assertThat(get("/zh/%E8%8A%AF%E7%89%87").headers().firstValue("Location"))
        .hasValue("/zh/%E8%8A%AF%E7%89%87/");

    for (String missing :
        List.of(
            "/nope.html",
            "/zh/nope/",
            "/zh/chips/nope",
            "/assets/",
            "/assets/style.css/",
            "/zh/chips/index.html/")) {
      HttpResponse<String> response = get(missing);
      assertThat(response.statusCode()).as(missing).isEqualTo(404);
      assertThat(response.body())
          .as(missing)
          .contains("404 · not found here 1")
          .containsPattern(DevServerTest.LIVE_SCRIPT);
    }

    HttpResponse<String> head =
        http.send(
            HttpRequest.newBuilder(url("/"))
                .timeout(Duration.ofSeconds(5))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(url("/"))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
  }

  /** The files of {@code site} that are pages. */
  private static List<OutputFile> pagesOf(List<OutputFile> site) {
    return site.stream().filter(file -> file.path().endsWith(".html")).toList();
  }

  /**
   * A build's pages are served, and open pages told to reload, before the rest of it is made; a
   * request for a file of the rest gets the new file once the rest is given, never the last build's
   * (nor a 404).
   */
  @Test
  void aBuildsPagesComeFirstAndARequestForTheRestGetsItOnceItIsMade() throws Exception {
    server.publish(site(1));
    DevServer.Publication published;
    try (EventStream events = EventStream.open(server.port())) {
      published = server.publishPages(pagesOf(site(2)));
      assertThat(events.nextEvent()).first().isEqualTo("event: reload");
    }
    assertThat(get("/zh/chips/").body()).contains("<h1>芯片 2</h1>");
    CompletableFuture<HttpResponse<String>> data =
        http.sendAsync(
            HttpRequest.newBuilder(url("/data/t.csv")).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
    published.settle(site(2));
    assertThat(data.get(20, TimeUnit.SECONDS).body()).isEqualTo("a,b\n1,2\n");
    assertThat(get("/assets/style.css").body()).isEqualTo("body { --version: 2; }\n");
    assertThat(get("/zh/nope/").statusCode()).isEqualTo(404);
  }

  /** The rest of a build failed: the site served before its pages is served again, whole. */
  @Test
  void aBuildWhoseRestFailsLeavesTheSiteServedBefore() throws Exception {
    server.publish(site(1));
    DevServer.Publication published = server.publishPages(pagesOf(site(2)));
    CompletableFuture<HttpResponse<String>> data =
        http.sendAsync(
            HttpRequest.newBuilder(url("/data/t.csv")).timeout(Duration.ofSeconds(20)).build(),
            HttpResponse.BodyHandlers.ofString());
    published.fail();
    assertThat(data.get(20, TimeUnit.SECONDS).body()).isEqualTo("a,b\n1,1\n");
    assertThat(get("/zh/chips/").body()).contains("<h1>芯片 1</h1>");
  }

  /** A file of a site whose pages are known and not the rest waits for the rest. */
  @Test
  void aFileOfTheRestIsLookedUpOnceTheRestIsGiven() throws Exception {
    SiteFiles.Pending pending = new SiteFiles.Pending(SiteFiles.of(pagesOf(site(2))));
    assertThat(new String(pending.file("zh/chips/index.html"), StandardCharsets.UTF_8))
        .contains("芯片 2");
    assertThat(pending.isFolder("zh/chips")).isTrue();
    CompletableFuture<byte[]> data =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return pending.file("data/t.csv");
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            runnable -> {
              Thread thread = new Thread(runnable, "request");
              thread.setDaemon(true);
              thread.start();
              waitUntilWaiting(thread);
            });
    assertThat(data).isNotDone();
    pending.settle(SiteFiles.of(site(2)));
    assertThat(new String(data.get(20, TimeUnit.SECONDS), StandardCharsets.UTF_8))
        .isEqualTo("a,b\n1,2\n");
  }

  /** Returns once {@code thread} waits (or has ended). */
  private static void waitUntilWaiting(Thread thread) {
    while (thread.getState() != Thread.State.WAITING
        && thread.getState() != Thread.State.TERMINATED) {
      Thread.onSpinWait();
    }
  }

  @Test
  void aNewBuildReplacesTheWholeSite() throws Exception {
    server.publish(site(1, "en/old/index.html"));
    assertThat(get("/en/old/").statusCode()).isEqualTo(200);

    server.publish(site(2, "en/new/index.html"));
    assertThat(get("/en/old/").statusCode()).isEqualTo(404);
    assertThat(get("/en/old").statusCode()).as("no folder left either").isEqualTo(404);
    assertThat(get("/en/new/").statusCode()).isEqualTo(200);
    assertThat(get("/").body()).contains("<h1>chooser 2</h1>");
  }

  @Test
  void neverServesAnythingOutsideTheSite(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("secret.txt"), SECRET);
    Files.createDirectories(dir.resolve("outside"));
    Files.writeString(dir.resolve("outside/index.html"), page(SECRET));
    server.publish(site(1));
    String absolute = dir.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/');

    for (String target : DevServerTest.outsideTargets(absolute)) {
      DevServerTest.RawResponse raw = DevServerTest.rawGet(server.port(), target);
      assertThat(raw.body()).as("raw GET %s", target).doesNotContain(SECRET);
      assertThat(raw.status()).as("raw GET %s", target).isEqualTo(404);
      HttpResponse<String> response = get(target);
      assertThat(response.body()).as("GET %s", target).doesNotContain(SECRET);
      assertThat(response.statusCode()).as("GET %s", target).isEqualTo(404);
    }
    for (String target : DevServerTest.malformedTargets(absolute)) {
      DevServerTest.RawResponse raw = DevServerTest.rawGet(server.port(), target);
      assertThat(raw.body()).as("raw GET %s", target).doesNotContain(SECRET);
      assertThat(raw.status()).as("raw GET %s", target).isIn(400, 404);
    }
  }

  @Test
  void aBuildWithAPathOutsideTheSiteOrTwoFilesAtOnePathIsRefusedAndTheLastOneStays()
      throws Exception {
    server.publish(site(1));
    for (List<OutputFile> bad :
        List.of(
            List.of(OutputFile.text("../escape.html", "x")),
            List.of(OutputFile.text("/etc/passwd", "x")),
            List.of(OutputFile.text("a/../../escape.html", "x")),
            List.of(OutputFile.text("", "x")),
            List.of(OutputFile.text("a.html", "x"), OutputFile.text("./a.html", "y")),
            List.of(OutputFile.text("zh", "x"), OutputFile.text("zh/index.html", "y")))) {
      assertThatThrownBy(() -> server.publish(bad))
          .as(bad.toString())
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(get("/").body()).contains("<h1>chooser 1</h1>");
  }

  @Test
  void untilAFirstBuildSucceedsEveryRequestGetsAPageThatShowsTheProblems() throws Exception {
    server.showError("content/en/index.md:1:1: missing front matter");
    for (String path : List.of("/", "/en/", "/assets/style.css")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(503);
      assertThat(response.body())
          .as(path)
          .contains("has not built yet")
          .containsPattern(DevServerTest.LIVE_SCRIPT);
    }
    String build = build(get("/").body());
    try (EventStream page = EventStream.open(server.port(), build)) {
      assertThat(page.nextEvent())
          .containsExactly(
              "event: problems", "data: content/en/index.md:1:1: missing front matter");

      server.publish(site(1));
      assertThat(page.nextEvent()).first().isEqualTo("event: reload");
    }
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void aPageOpenedAfterAFailedRebuildIsShownTheProblemsAndTheLastGoodSite() throws Exception {
    server.publish(site(1));
    String before = build(get("/").body());
    server.showError(
        "content/data/llm.yaml:3:7: \"params\" must be a number\n"
            + "    hint: write a plain number");

    // Every page served now, the not-found page too, comes from the last good build, and its
    // script is told the problems the moment it connects.
    for (String path : List.of("/", "/zh/chips/", "/nope.html")) {
      HttpResponse<String> response = get(path);
      assertThat(response.body()).as(path).contains(" 1</h1>");
      try (EventStream page = EventStream.open(server.port(), build(response.body()))) {
        assertThat(page.nextEvent())
            .as(path)
            .containsExactly(
                "event: problems",
                "data: content/data/llm.yaml:3:7: \"params\" must be a number",
                "data:     hint: write a plain number");
      }
    }
    // A later failure replaces the problems shown.
    server.showError("content/en/a.md:2:1: second problem");
    try (EventStream page = EventStream.open(server.port(), build(get("/").body()))) {
      assertThat(page.nextEvent())
          .containsExactly("event: problems", "data: content/en/a.md:2:1: second problem");
    }

    server.publish(site(2));
    String after = build(get("/").body());
    assertThat(after).isNotEqualTo(before);
    // A page of an older build that connects only now reloads; a page of this build is told
    // nothing (the next event it gets is the next one sent).
    try (EventStream stale = EventStream.open(server.port(), before);
        EventStream current = EventStream.open(server.port(), after)) {
      assertThat(stale.nextEvent()).containsExactly("event: reload", "data: ");
      server.showError("content/en/a.md:3:1: third problem");
      assertThat(current.nextEvent())
          .containsExactly("event: problems", "data: content/en/a.md:3:1: third problem");
    }
  }

  @Test
  void aPageOfAnotherServerReloadsEvenWithTheSameBuildNumber() throws Exception {
    // As after `folio serve` was stopped and started again on the same port: the page's build
    // number may be the new server's too, but it is not the same build.
    server.publish(site(1));
    try (DevServer other = DevServer.inMemory(0)) {
      other.start();
      other.publish(site(1));
      String build = build(get("/").body());
      assertThat(build.replaceFirst(".*-", "")).isEqualTo("2");
      try (EventStream page = EventStream.open(other.port(), build)) {
        assertThat(page.nextEvent()).first().isEqualTo("event: reload");
      }
    }
  }

  /**
   * Issue 12: requests during the swap of a rebuild got 404s. Here clients request pages all the
   * time while 300 builds are swapped in, each swap waiting until some request has completed since
   * the one before, so that requests and swaps interleave however the machine is loaded. Every
   * response must be a 200 of one whole build: the page's text and the build its script tag names
   * agree.
   */
  @Test
  void noRequestSeesAMissingOrMixedSiteWhileBuildsAreSwappedIn() throws Exception {
    int builds = 300;
    server.publish(site(0));
    List<String> paths =
        List.of(
            "/",
            "/zh/chips/",
            "/zh/chips/index.html",
            "/assets/style.css",
            "/data/t.csv",
            "/zh/%E8%8A%AF%E7%89%87/");
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    Semaphore completed = new Semaphore(0);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      int offset = c;
      Thread client =
          new Thread(
              () -> {
                for (int i = offset; !done.get(); i++) {
                  String path = paths.get(i % paths.size());
                  try {
                    HttpResponse<String> response = get(path);
                    String problem = wholeBuild(path, response);
                    if (problem != null) {
                      wrong.add(problem);
                    }
                  } catch (Exception e) {
                    wrong.add(path + ": " + e);
                  }
                  requests.incrementAndGet();
                  completed.release();
                }
              },
              "client-" + c);
      client.setDaemon(true);
      clients.add(client);
      client.start();
    }
    try {
      for (int version = 1; version <= builds && wrong.isEmpty(); version++) {
        server.publish(site(version, "extra/" + version + ".html"));
        completed.drainPermits();
        assertThat(completed.tryAcquire(10, TimeUnit.SECONDS))
            .as("a request completes after build %d", version)
            .isTrue();
      }
    } finally {
      done.set(true);
      for (Thread client : clients) {
        client.join(10_000);
      }
    }
    assertThat(wrong).as("responses that were not a whole build").isEmpty();
    assertThat(requests.get()).isGreaterThanOrEqualTo(builds);
  }

  /** Null if {@code response} is a 200 of one build, else what is wrong with it. */
  private static String wholeBuild(String path, HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      return path + ": status " + response.statusCode();
    }
    String body = response.body();
    if (!path.endsWith("/") && !path.endsWith(".html")) {
      return body.startsWith("body { --version: ") || body.startsWith("a,b\n1,")
          ? null
          : path + ": " + body;
    }
    Matcher h1 = Pattern.compile("<h1>[^<]* (\\d+)</h1>").matcher(body);
    Matcher build = BUILD.matcher(body);
    if (!h1.find() || !build.find()) {
      return path + ": not a page of the site: " + body;
    }
    // The server starts at build 1 (nothing built) and site(0) is the first published: build 2.
    long expected = Long.parseLong(h1.group(1)) + 2;
    return Long.parseLong(build.group(2)) == expected
        ? null
        : path + ": the text of build " + expected + " with the script of build " + build.group(2);
  }

  private static String build(String html) {
    Matcher matcher = BUILD.matcher(html);
    assertThat(matcher.find()).as("the page names its build: %s", html).isTrue();
    return matcher.group(1);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
