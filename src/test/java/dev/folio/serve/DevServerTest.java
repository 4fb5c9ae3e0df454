package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development server on a small site in a temporary folder: what it serves, what it never
 * serves, and the live-reload events. Everything on loopback; every wait is bounded.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class DevServerTest {
  private static final String SECRET = "SECRET-OUTSIDE-THE-SITE";

  /** The live-reload script's tag, naming the build that served the page. */
  static final String LIVE_SCRIPT =
      "<script src=\"/_folio/live\\.js\" data-build=\"[0-9a-f]+-[0-9]+\"></script>";

  @TempDir static Path dir;
  static Path root;
  static DevServer server;
  static HttpClient http;

  @BeforeAll
  static void serveASmallSiteNextToSecrets() throws IOException {
    root = dir.resolve("site");
    write(root.resolve("index.html"), page("chooser"));
    write(root.resolve("zh/chips/index.html"), page("芯片"));
    write(root.resolve("404.html"), page("404 · not found here"));
    write(root.resolve("assets/style.css"), "body { color: #222; }\n");
    write(root.resolve("data/t.csv"), "a,b\n1,2\n");
    // Files outside the root that a request must never reach.
    write(dir.resolve("secret.txt"), SECRET);
    write(dir.resolve("site-private/secret.txt"), SECRET);
    write(dir.resolve("outside/index.html"), page(SECRET));
    write(dir.resolve("outside/secret.txt"), SECRET);
    try {
      Files.createSymbolicLink(root.resolve("leak.txt"), dir.resolve("secret.txt"));
      Files.createSymbolicLink(root.resolve("leakdir"), dir.resolve("outside"));
    } catch (UnsupportedOperationException | IOException e) {
      // No symbolic links here (some Windows set-ups); the symlink test then fails, saying so.
    }
    server = new DevServer(root, 0);
    server.start();
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void serverListensOnLoopbackOnly() throws IOException {
    assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    assertThat(server.port()).isPositive();

    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        others.addAll(Collections.list(nic.getInetAddresses()));
      }
    }
    others.removeIf(a -> a.isLinkLocalAddress());
    // Where the machine has other addresses, nothing may answer on them.
    for (InetAddress other : others) {
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(other, server.port()), 1000);
        throw new AssertionError("the server accepted a connection on " + other);
      } catch (ConnectException | SocketTimeoutException expected) {
        // Refused (or filtered): nothing listens there.
      }
    }
  }

  @Test
  void serverServesFilesAndTheIndexOfAFolderWithTheLiveReloadScriptInHtml() throws Exception {
    HttpResponse<String> page = get("/zh/chips/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.body()).contains("<h1>芯片</h1>").containsPattern(LIVE_SCRIPT + "</body>");

    HttpResponse<String> css = get("/assets/style.css");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    assertThat(css.body()).isEqualTo("body { color: #222; }\n");

    assertThat(get("/data/t.csv").body()).isEqualTo("a,b\n1,2\n");
    assertThat(get("/").body()).contains("<h1>chooser</h1>");
    assertThat(get("/zh/chips/index.html").body()).contains("<h1>芯片</h1>");

    HttpResponse<String> script = get(DevServer.SCRIPT);
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.body())
        .contains("new EventSource(\"/_folio/events\"")
        .contains("document.currentScript.dataset.build");
  }

  @Test
  void responsesOnAKeptAliveConnectionAreSentWithoutNaglesDelay() throws Exception {
    // With Nagle's algorithm on, every response on a kept-alive connection waits ~40 ms for the
    // client's delayed ACK. The JDK's server reads the switch once, when its first server starts,
    // so DevServer must have set it by then (a time limit here would only measure the machine).
    assertThat(get("/assets/style.css").statusCode()).isEqualTo(200);
    assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");
  }

  @Test
  void serverWithoutLiveReloadDeliversPagesByteForByte() throws Exception {
    try (DevServer plain = DevServer.withoutLiveReload(root, 0)) {
      plain.start();
      HttpResponse<String> page =
          http.send(
              request(URI.create("http://127.0.0.1:" + plain.port() + "/zh/chips/")),
              HttpResponse.BodyHandlers.ofString());
      assertThat(page.body()).isEqualTo(Files.readString(root.resolve("zh/chips/index.html")));
    }
  }

  @Test
  void folderWithoutTrailingSlashRedirectsToTheFolder() throws Exception {
    HttpResponse<String> response = get("/zh/chips");
    assertThat(response.statusCode()).isIn(301, 302, 307, 308);
    assertThat(response.headers().firstValue("Location")).hasValue("/zh/chips/");

    HttpResponse<String> withQuery = get("/zh/chips?q=gpu");
    assertThat(withQuery.headers().firstValue("Location")).hasValue("/zh/chips/?q=gpu");
  }

  @Test
  void folderWithANonAsciiNameRedirectsToTheSamePercentEncodedUrl() throws Exception {
    Files.createDirectories(root.resolve("zh/芯片"));
    write(root.resolve("zh/芯片/index.html"), page("chips"));
    HttpResponse<String> encoded = get("/zh/%E8%8A%AF%E7%89%87");
    assertThat(encoded.headers().firstValue("Location")).hasValue("/zh/%E8%8A%AF%E7%89%87/");
    assertThat(get("/zh/%E8%8A%AF%E7%89%87/").body()).contains("<h1>chips</h1>");
  }

  @Test
  void missingFileGets404WithTheSitesNotFoundPage() throws Exception {
    for (String path : List.of("/nope.html", "/zh/nope/", "/zh/chips/nope", "/assets/")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("text/html; charset=utf-8");
      assertThat(response.body())
          .as(path)
          .contains("404 · not found here")
          .containsPattern(LIVE_SCRIPT);
    }
  }

  @Test
  void onlyGetAndHeadAreAllowed() throws Exception {
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(url("/index.html"))
                .timeout(Duration.ofSeconds(5))
                .POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.body()).doesNotContain("chooser");

    HttpResponse<String> head =
        http.send(
            HttpRequest.newBuilder(url("/index.html"))
                .timeout(Duration.ofSeconds(5))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }

  @Test
  void serverNeverServesFilesOutsideTheRoot() throws Exception {
    String absolute = dir.resolve("secret.txt").toAbsolutePath().toString().replace('\\', '/');
    for (String target : outsideTargets(absolute)) {
      // The JDK client normalises some paths; a raw request line is sent exactly as written.
      RawResponse raw = rawGet(server.port(), target);
      assertThat(raw.body()).as("raw GET %s", target).doesNotContain(SECRET);
      assertThat(raw.status()).as("raw GET %s", target).isEqualTo(404);

      HttpResponse<String> response = get(target);
      assertThat(response.body()).as("GET %s", target).doesNotContain(SECRET);
      assertThat(response.statusCode()).as("GET %s", target).isEqualTo(404);
    }

    for (String target : malformedTargets(absolute)) {
      RawResponse raw = rawGet(server.port(), target);
      assertThat(raw.body()).as("raw GET %s", target).doesNotContain(SECRET);
      assertThat(raw.status()).as("raw GET %s", target).isIn(400, 404);
    }
  }

  /** Requests that try to leave the site, for a path {@code absolute} of a file outside it. */
  static List<String> outsideTargets(String absolute) {
    return List.of(
        "/../secret.txt",
        "/zh/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/..%2fsecret.txt",
        "/..%2Fsecret.txt",
        "/%2e%2e%2fsecret.txt",
        "/zh/%2e%2e%2f%2e%2e%2fsecret.txt",
        "/..%5csecret.txt",
        "/%5c..%5csecret.txt",
        "/zh%5c..%5c..%5csecret.txt",
        "/..%252fsecret.txt",
        "/../site-private/secret.txt",
        "/..%2fsite-private%2fsecret.txt",
        "/" + absolute,
        "/.//" + absolute,
        "/%2f" + absolute.replaceFirst("^/", ""),
        "/" + absolute.replace("/", "%2f"),
        "/../outside/",
        "/%2e%2e/outside/index.html",
        "/secret.txt%00.html");
  }

  /** Request lines the HTTP layer itself refuses as malformed; never content. */
  static List<String> malformedTargets(String absolute) {
    return List.of(
        "/..\\secret.txt",
        "/\\..\\secret.txt",
        "http://127.0.0.1/../secret.txt",
        "file://" + absolute,
        "*",
        "..",
        "../secret.txt");
  }

  @Test
  void symbolicLinkInsideTheRootDoesNotLeadOutOfIt() throws Exception {
    assertThat(root.resolve("leak.txt"))
        .as("this file system makes symbolic links")
        .isSymbolicLink();
    assertThat(Files.readString(root.resolve("leak.txt"))).as("the link works").isEqualTo(SECRET);

    for (String target :
        List.of(
            "/leak.txt", "/leakdir/", "/leakdir", "/leakdir/index.html", "/leakdir/secret.txt")) {
      RawResponse raw = rawGet(server.port(), target);
      assertThat(raw.body()).as("raw GET %s", target).doesNotContain(SECRET);
      assertThat(raw.status()).as("raw GET %s", target).isEqualTo(404);
    }
  }

  @Test
  void eventStreamDeliversReloadAndProblems() throws Exception {
    // A server of its own: a page that connects while the last build failed is shown the
    // problems at once, so the events of another test must not be pending here.
    try (DevServer server = new DevServer(root, 0)) {
      server.start();
      eventStreamDeliversReloadAndProblems(server);
    }
  }

  private static void eventStreamDeliversReloadAndProblems(DevServer server) throws Exception {
    try (EventStream events = EventStream.open(server.port())) {
      server.reload();
      assertThat(events.nextEvent()).containsExactly("event: reload", "data: ");

      server.showError(
          "content/data/llm.yaml:3:7: \"params\" must be a number\n"
              + "content/en/chips.md:1:1: missing front matter");
      assertThat(events.nextEvent())
          .containsExactly(
              "event: problems",
              "data: content/data/llm.yaml:3:7: \"params\" must be a number",
              "data: content/en/chips.md:1:1: missing front matter");

      server.reload();
      assertThat(events.nextEvent()).first().isEqualTo("event: reload");
    }
  }

  @Test
  void everyOpenPageGetsEachEventEvenAfterAnotherPageWentAway() throws Exception {
    try (DevServer server = new DevServer(root, 0)) {
      server.start();
      everyOpenPageGetsEachEventEvenAfterAnotherPageWentAway(server);
    }
  }

  private static void everyOpenPageGetsEachEventEvenAfterAnotherPageWentAway(DevServer server)
      throws Exception {
    EventStream gone = EventStream.open(server.port());
    try (EventStream open = EventStream.open(server.port())) {
      server.reload();
      assertThat(open.nextEvent()).first().isEqualTo("event: reload");
      assertThat(gone.nextEvent()).first().isEqualTo("event: reload");

      gone.close();
      for (int i = 0; i < 3; i++) {
        server.reload();
        server.showError("problem " + i);
      }
      for (int i = 0; i < 3; i++) {
        assertThat(open.nextEvent()).first().isEqualTo("event: reload");
        assertThat(open.nextEvent()).containsExactly("event: problems", "data: problem " + i);
      }
    }
  }

  // ---- helpers ----

  private static String page(String title) {
    return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>"
        + title
        + "</title></head>\n<body>\n<h1>"
        + title
        + "</h1>\n</body>\n</html>\n";
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.port() + path);
  }

  private static HttpRequest request(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return http.send(request(url(path)), HttpResponse.BodyHandlers.ofString());
  }

  record RawResponse(int status, String head, String body) {}

  /** Sends {@code GET target HTTP/1.1} exactly as given, over a plain socket. */
  static RawResponse rawGet(int port, String target) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      out.flush();
      String response;
      try {
        response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (SocketException reset) {
        return new RawResponse(0, "connection reset", "");
      }
      int end = response.indexOf("\r\n\r\n");
      String head = end < 0 ? response : response.substring(0, end);
      String body = end < 0 ? "" : response.substring(end + 4);
      String[] statusLine = head.split("\r\n", 2)[0].split(" ");
      int status =
          statusLine.length > 1 && statusLine[1].matches("\\d{3}")
              ? Integer.parseInt(statusLine[1])
              : 0;
      return new RawResponse(status, head, body);
    }
  }
}
