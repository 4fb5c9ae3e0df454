package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.model.BaseUrl;
import dev.folio.model.ContentException;
import dev.folio.model.OutputFile;
import dev.folio.model.Problem;
import dev.folio.model.SourcePos;
import dev.folio.testing.TestSites;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The builds behind {@code folio serve}, on a copy of the {@code basic} fixture and called directly
 * (not through the file watcher), so that each test knows exactly how many builds ran: pages stay
 * served through rebuilds, and no failure of a build, whatever it throws, stops the server or hides
 * the last good site.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LiveBuildTest {
  private static final Pattern BUILD = Pattern.compile("data-build=\"([0-9a-f]+-[0-9]+)\"");

  @TempDir Path dir;
  private Path project;
  private DevServer server;
  private HttpClient http;

  @BeforeEach
  void start() throws Exception {
    project = TestSites.prepare(dir.resolve("project"), "basic");
    server = DevServer.inMemory(0);
    server.start();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LiveBuild liveBuild() {
    return new LiveBuild(new Pipeline(project, BaseUrl.parse("/")), server);
  }

  /**
   * Issue 12: during the swap of a rebuild, pages were briefly missing (1 to 4 wrong 404s over 10
   * to 28 rebuilds under load). Clients request every page and asset of the site all the time while
   * it is rebuilt 15 times from edited sources; each rebuild waits until a request has completed
   * since the one before. Every response must be a 200.
   */
  @Test
  void noRequestSeesAMissingSiteDuringRebuilds() throws Exception {
    LiveBuild build = liveBuild();
    LiveBuild.Outcome first = build.rebuild();
    assertThat(first).isInstanceOf(LiveBuild.Outcome.Built.class);
    List<String> paths = sitePaths();
    assertThat(paths).contains("/", "/en/", "/zh/", "/en/models/");

    Path page = project.resolve("content/en/index.md");
    String original = Files.readString(page);
    Queue<String> wrong = new ConcurrentLinkedQueue<>();
    Semaphore completed = new Semaphore(0);
    AtomicBoolean done = new AtomicBoolean();
    AtomicInteger requests = new AtomicInteger();
    List<Thread> clients = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      int offset = c * paths.size() / 2;
      Thread client =
          new Thread(
              () -> {
                for (int i = offset; !done.get(); i++) {
                  String path = paths.get(i % paths.size());
                  try {
                    HttpResponse<String> response = get(path);
                    if (response.statusCode() != 200) {
                      wrong.add(path + ": status " + response.statusCode());
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
    int rebuilds = 15;
    try {
      for (int i = 1; i <= rebuilds && wrong.isEmpty(); i++) {
        Files.writeString(page, original + "\nEdit number " + i + ".\n");
        assertThat(build.rebuild()).as("rebuild %d", i).isInstanceOf(LiveBuild.Outcome.Built.class);
        completed.drainPermits();
        assertThat(completed.tryAcquire(20, TimeUnit.SECONDS))
            .as("a request completes after rebuild %d", i)
            .isTrue();
      }
    } finally {
      done.set(true);
      for (Thread client : clients) {
        client.join(20_000);
      }
    }
    assertThat(wrong).as("wrong responses while rebuilding").isEmpty();
    assertThat(requests.get()).isGreaterThanOrEqualTo(rebuilds);
    assertThat(get("/en/").body()).contains("Edit number " + rebuilds + ".");
  }

  @Test
  void anythingABuildThrowsIsShownInThePagesAndTheLastGoodSiteStaysServed() throws Exception {
    Pipeline pipeline = new Pipeline(project, BaseUrl.parse("/"));
    Pipeline.Rendered good = pipeline.render();
    List<Throwable> failures =
        List.of(
            new IllegalArgumentException("Illegal character in path at index 1: a|b.md"),
            new StringIndexOutOfBoundsException("begin 0, end -1, length 3"),
            new NullPointerException(),
            new StackOverflowError(),
            new OutOfMemoryError("Java heap space"),
            new IllegalStateException("two output files at en/index.html"));
    AtomicInteger call = new AtomicInteger();
    LiveBuild build =
        new LiveBuild(
            () -> {
              int n = call.getAndIncrement();
              if (n == 0 || n > failures.size()) {
                return new Pipeline.Staged(good, () -> good);
              }
              Throwable failure = failures.get(n - 1);
              if (failure instanceof Error error) {
                throw error;
              }
              throw (RuntimeException) failure;
            },
            server);

    assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
    String served = get("/en/").body();
    for (Throwable failure : failures) {
      LiveBuild.Outcome outcome = build.rebuild();
      assertThat(outcome).isEqualTo(new LiveBuild.Outcome.Failed(failure));
      assertThat(build.hasSite()).isTrue();
      HttpResponse<String> page = get("/en/");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(withoutBuild(page.body())).isEqualTo(withoutBuild(served));
      try (EventStream events = EventStream.open(server.port(), build(page.body()))) {
        List<String> problems = events.nextEvent();
        assertThat(problems).first().isEqualTo("event: problems");
        assertThat(problems.get(1))
            .startsWith("data: internal error while building")
            .contains(failure.getClass().getSimpleName())
            .doesNotContain("java.lang.");
        if (failure.getMessage() != null) {
          assertThat(problems.get(1)).endsWith(failure.getMessage());
        }
      }
    }
    // The next good build is served and every page told to reload.
    try (EventStream events = EventStream.open(server.port(), build(get("/en/").body()))) {
      assertThat(events.nextEvent()).first().isEqualTo("event: problems");
      assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
      assertThat(events.nextEvent()).first().isEqualTo("event: reload");
    }
  }

  /**
   * The rest of a build (made after its pages were served and open pages told to reload) has
   * problems: they are shown, and the last good site is served again, its pages too.
   */
  @Test
  void problemsFoundAfterTheReloadAreShownOverTheLastGoodSite() throws Exception {
    Pipeline pipeline = new Pipeline(project, BaseUrl.parse("/"));
    Pipeline.Rendered good = pipeline.render();
    Path page = project.resolve("content/en/index.md");
    Files.writeString(page, Files.readString(page) + "\nAn edit whose rest fails.\n");
    Pipeline.Rendered edited = pipeline.render();
    List<OutputFile> pages =
        edited.files().stream().filter(file -> file.path().endsWith(".html")).toList();
    ContentException problems =
        new ContentException(
            List.of(
                Problem.at(
                    SourcePos.file("templates/print.ftlh"),
                    "a mistake only the PDF's template makes")));
    AtomicInteger call = new AtomicInteger();
    LiveBuild build =
        new LiveBuild(
            () ->
                call.getAndIncrement() == 0
                    ? new Pipeline.Staged(good, () -> good)
                    : new Pipeline.Staged(
                        new Pipeline.Rendered(edited.site(), pages),
                        () -> {
                          throw problems;
                        }),
            server);
    assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
    String served = get("/en/").body();
    try (EventStream events = EventStream.open(server.port(), build(served))) {
      assertThat(build.rebuild()).isEqualTo(new LiveBuild.Outcome.Problems(problems));
      assertThat(events.nextEvent()).first().isEqualTo("event: reload");
      List<String> shown = events.nextEvent();
      assertThat(shown).first().isEqualTo("event: problems");
      assertThat(shown.get(1)).contains("templates/print.ftlh", "only the PDF's template");
    }
    assertThat(withoutBuild(get("/en/").body()))
        .isEqualTo(withoutBuild(served))
        .doesNotContain("An edit whose rest fails.");
    assertThat(build.hasSite()).isTrue();
  }

  /**
   * The rest of a build is made once a browser asks for one of its files (or the sources change
   * again), without waiting for the browsers to have reloaded: here they would wait ten minutes.
   */
  @Test
  void aRequestForAFileOfTheRestHasItMadeAtOnce() throws Exception {
    Pipeline pipeline = new Pipeline(project, BaseUrl.parse("/"));
    Pipeline.Rendered whole = pipeline.render();
    List<OutputFile> pages =
        whole.files().stream().filter(file -> file.path().endsWith(".html")).toList();
    String rest =
        whole.files().stream()
            .map(OutputFile::path)
            .filter(path -> path.startsWith("search/"))
            .findFirst()
            .orElseThrow();
    AtomicInteger settled = new AtomicInteger();
    LiveBuild build =
        new LiveBuild(
            () ->
                new Pipeline.Staged(
                    new Pipeline.Rendered(whole.site(), pages),
                    () -> {
                      settled.incrementAndGet();
                      return whole;
                    }),
            server,
            TimeUnit.MINUTES.toMillis(10));
    CompletableFuture<LiveBuild.Outcome> first;
    try (EventStream events = EventStream.open(server.port())) {
      first = CompletableFuture.supplyAsync(build::rebuild);
      assertThat(events.nextEvent(20)).first().isEqualTo("event: reload");
      assertThat(get("/" + rest).statusCode()).isEqualTo(200);
    }
    assertThat(first.get(60, TimeUnit.SECONDS)).isInstanceOf(LiveBuild.Outcome.Built.class);
    assertThat(settled.get()).isEqualTo(1);
    // Sources changed again meanwhile: the rest is made at once, for the next build to follow.
    assertThat(build.rebuild(() -> true)).isInstanceOf(LiveBuild.Outcome.Built.class);
    assertThat(settled.get()).isEqualTo(2);
  }

  @Test
  void aFirstBuildWithProblemsShowsThemInEveryPageUntilTheyAreFixed() throws Exception {
    Path page = project.resolve("content/en/index.md");
    String original = Files.readString(page);
    Files.writeString(page, "no front matter\n");
    LiveBuild build = liveBuild();

    LiveBuild.Outcome outcome = build.rebuild();
    assertThat(outcome).isInstanceOf(LiveBuild.Outcome.Problems.class);
    assertThat(build.hasSite()).isFalse();
    HttpResponse<String> response = get("/en/");
    assertThat(response.statusCode()).isEqualTo(503);
    try (EventStream events = EventStream.open(server.port(), build(response.body()))) {
      List<String> problems = events.nextEvent();
      assertThat(problems).first().isEqualTo("event: problems");
      assertThat(problems)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .startsWith("data: content/en/index.md:1:1: ")
                      .contains("front matter"));

      Files.writeString(page, original);
      assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
      assertThat(events.nextEvent()).first().isEqualTo("event: reload");
    }
    assertThat(build.hasSite()).isTrue();
    assertThat(get("/en/").statusCode()).isEqualTo(200);
  }

  /**
   * A build that fails because it read a file half-written (the sources changed again while it ran)
   * shows nothing: the next build, of the whole save, follows at once.
   */
  @Test
  void aFailedBuildTheSourcesChangedSinceShowsNothingAndTheNextIsServed() throws Exception {
    LiveBuild build = liveBuild();
    assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
    Path page = project.resolve("content/en/index.md");
    String original = Files.readString(page);
    try (EventStream events = EventStream.open(server.port(), build(get("/en/").body()))) {
      Files.writeString(page, "no front matter\n");
      assertThat(build.rebuild(() -> true)).isEqualTo(new LiveBuild.Outcome.Superseded());

      Files.writeString(page, original + "\nThe whole save.\n");
      assertThat(build.rebuild(() -> true)).isInstanceOf(LiveBuild.Outcome.Built.class);
      assertThat(events.nextEvent())
          .as("the first event after the failed build")
          .first()
          .isEqualTo("event: reload");
    }
    assertThat(get("/en/").body()).contains("The whole save.");

    Files.writeString(page, "no front matter\n");
    assertThat(build.rebuild(() -> false)).isInstanceOf(LiveBuild.Outcome.Problems.class);
  }

  /**
   * Issue 12: an edit writing a link the generator could not parse ({@code [x](a|b.md)}) ended the
   * server. Whether the generator reports it as a problem or fails on it, the server shows it and
   * keeps serving the last good site.
   */
  @Test
  void aMarkdownLinkTheGeneratorCannotReadIsShownAndTheLastGoodSiteStays() throws Exception {
    LiveBuild build = liveBuild();
    assertThat(build.rebuild()).isInstanceOf(LiveBuild.Outcome.Built.class);
    String served = get("/en/").body();
    Path page = project.resolve("content/en/index.md");
    String original = Files.readString(page);

    for (String link :
        List.of(
            "[x](a|b.md)",
            "[x](a{b}.md)",
            "[x](%zz.md)",
            "[x](a:b.md)",
            "[x](?.md)",
            "[x](a\u2028b.md)")) {
      Files.writeString(page, original + "\nA broken link: " + link + "\n");
      LiveBuild.Outcome outcome = build.rebuild();
      // The generator may accept one of these as a link to something it does not check; then
      // it is served like any build. Otherwise the last good site stays, with the error shown.
      if (!(outcome instanceof LiveBuild.Outcome.Built)) {
        showsTheErrorOverTheLastGoodSite(link, outcome);
      }
      Files.writeString(page, original);
      assertThat(build.rebuild()).as(link).isInstanceOf(LiveBuild.Outcome.Built.class);
      assertThat(withoutBuild(get("/en/").body())).isEqualTo(withoutBuild(served));
    }
  }

  private void showsTheErrorOverTheLastGoodSite(String link, LiveBuild.Outcome outcome)
      throws Exception {
    assertThat(outcome)
        .as(link)
        .isInstanceOfAny(LiveBuild.Outcome.Problems.class, LiveBuild.Outcome.Failed.class);
    HttpResponse<String> response = get("/en/");
    assertThat(response.statusCode()).as(link).isEqualTo(200);
    assertThat(response.body()).as(link).doesNotContain("A broken link");
    try (EventStream events = EventStream.open(server.port(), build(response.body()))) {
      List<String> problems = events.nextEvent();
      assertThat(problems).as(link).first().isEqualTo("event: problems");
      assertThat(String.join("\n", problems))
          .as(link)
          .containsAnyOf("content/en/index.md:", "internal error while building");
    }
  }

  /** The URL of every page (its folder) and every other file of the site the server now has. */
  private List<String> sitePaths() throws ContentException, URISyntaxException {
    List<String> paths = new ArrayList<>();
    for (OutputFile file : new Pipeline(project, BaseUrl.parse("/")).render().files()) {
      String path = file.path();
      if (path.equals("404.html")) {
        continue;
      }
      paths.add(
          "/"
              + (path.endsWith("index.html")
                  ? path.substring(0, path.length() - "index.html".length())
                  : path));
    }
    List<String> encoded = new ArrayList<>();
    for (String path : paths) {
      encoded.add(new URI(null, null, path, null).toASCIIString());
    }
    return encoded.stream().sorted().toList();
  }

  private static String build(String html) {
    Matcher matcher = BUILD.matcher(html);
    assertThat(matcher.find()).as("the page names its build: %s", html).isTrue();
    return matcher.group(1);
  }

  private static String withoutBuild(String html) {
    return BUILD.matcher(html).replaceAll("");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
