package dev.folio.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.folio.model.OutputFile;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Serves a site over HTTP on 127.0.0.1 only: either a built site held in memory, swapped whole on
 * each rebuild ({@link #inMemory}, what {@code folio serve} uses), or a folder as it is on disk.
 * Never serves a file outside the site. HTML responses get a small script that listens for reload
 * and error events; a page that connects while the last build failed is shown its problems at once,
 * and one served by an older build is told to reload.
 */
public final class DevServer implements AutoCloseable {
  static final String EVENTS = "/_folio/events";
  static final String SCRIPT = "/_folio/live.js";
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("bib", "application/x-bibtex; charset=utf-8"),
          Map.entry("ris", "application/x-research-info-systems; charset=utf-8"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("wasm", "application/wasm"));

  /** What every request is answered with until a first build succeeds. */
  private static final byte[] NOT_BUILT =
      ("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta"
              + " charset=\"utf-8\"><title>Folio: no site yet</title></head>\n<body>\n<p>Folio: the"
              + " site has not built yet. This page reloads once the problems shown here are fixed.</p>\n"
              + "</body>\n</html>\n")
          .getBytes(StandardCharsets.UTF_8);

  static {
    // Without TCP_NODELAY, every response on a kept-alive connection (a page's style sheet,
    // scripts, data) waits ~40 ms for the client's delayed ACK. Read once, when the first
    // server of the JVM starts; a value set on the command line wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /**
   * What is served, replaced whole (never changed) so that a request sees one build from start to
   * end: the site (null until a first build succeeded), which build it is, and the problems of the
   * last build if it failed (null if it succeeded).
   */
  private record State(SiteFiles site, long build, String problems) {}

  private final AtomicReference<State> state;

  /** Tells this server's pages from those of an earlier {@code folio serve} on the same port. */
  private final String instance = Long.toHexString(new SecureRandom().nextLong());

  private final boolean liveReload;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  /** A server of a folder whose HTML pages reload when {@link #reload()} is called. */
  public DevServer(Path root, int port) throws IOException {
    this(SiteFiles.folder(root), port, true);
  }

  /** A server that delivers a folder's files exactly as built, as GitHub Pages would. */
  public static DevServer withoutLiveReload(Path root, int port) throws IOException {
    return new DevServer(SiteFiles.folder(root), port, false);
  }

  /**
   * A server, listening on {@code port} of 127.0.0.1 once this returns but answering only after
   * {@link #start()}, of the sites given to {@link #publish}; until the first one, every request
   * gets a page that shows the problems passed to {@link #showError}.
   *
   * @throws java.net.BindException if the port is in use (or not allowed)
   */
  public static DevServer inMemory(int port) throws IOException {
    return new DevServer(null, port, true);
  }

  private DevServer(SiteFiles site, int port, boolean liveReload) throws IOException {
    this.state = new AtomicReference<>(new State(site, 1, null));
    this.liveReload = liveReload;
    // Creating it binds the port: a busy one fails here, before anything else is done.
    this.server =
        HttpServer.create(
            new InetSocketAddress(
                InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1}), port),
            0);
    server.createContext("/", this::handle);
    executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread thread = new Thread(r, "folio-serve");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The address the server listens on: always a loopback address. */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * Serves {@code files} from now on, in place of the site served so far, and tells every open page
   * to reload. A request already being answered finishes with the site it began with.
   *
   * @throws IllegalStateException if a path leaves the site or two files share one (a bug)
   */
  public void publish(List<OutputFile> files) {
    SiteFiles site = SiteFiles.of(files);
    state.updateAndGet(s -> new State(site, s.build() + 1, null));
    broadcast("reload", "");
  }

  /**
   * Serves {@code pages} from now on, in place of the site served so far, and tells every open page
   * to reload; a request for any other file waits until the whole site is given to the {@link
   * Publication} (or, if it fails, gets the site served before). The caller must end the
   * publication one way or the other.
   *
   * @throws IllegalStateException if a path leaves the site or two files share one (a bug)
   */
  public Publication publishPages(List<OutputFile> pages) {
    SiteFiles.Pending pending = new SiteFiles.Pending(SiteFiles.of(pages));
    State before = state.getAndUpdate(s -> new State(pending, s.build() + 1, null));
    broadcast("reload", "");
    return new Publication(pending, before.site());
  }

  /** A site whose pages are served, waiting for the rest: {@link #publishPages}. */
  public final class Publication {
    private final SiteFiles.Pending pending;
    private final SiteFiles before;

    private Publication(SiteFiles.Pending pending, SiteFiles before) {
      this.pending = pending;
      this.before = before;
    }

    /**
     * Serves the whole site, of which the pages were part (the same files), without another reload.
     *
     * @throws IllegalStateException if a path leaves the site or two files share one (a bug); the
     *     publication is then still to be ended by {@link #fail()}
     */
    public void settle(List<OutputFile> whole) {
      end(SiteFiles.of(whole));
    }

    /**
     * Returns once a request asks for a file that is not among the pages, {@code millis} have
     * passed, or {@code changed} says the sources changed again (it is asked every few
     * milliseconds, on this thread): what the rest of a build waits for before it is made.
     */
    public void awaitRequestForTheRest(long millis, BooleanSupplier changed) {
      long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
      try {
        for (long left = millis; left > 0 && !changed.getAsBoolean(); ) {
          if (pending.asked(Math.min(left, 5))) {
            return;
          }
          left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
        }
      } catch (InterruptedException stop) {
        Thread.currentThread().interrupt();
      }
    }

    /** The rest could not be made: the site served before the pages is served again. */
    public void fail() {
      end(before);
    }

    private void end(SiteFiles site) {
      state.updateAndGet(s -> s.site() == pending ? new State(site, s.build(), s.problems()) : s);
      pending.settle(site);
    }
  }

  /** Tells every open page to reload: the folder served has changed. */
  public void reload() {
    state.updateAndGet(s -> new State(s.site(), s.build() + 1, null));
    broadcast("reload", "");
  }

  /**
   * Shows a failed build's problems in every open page, and in every page opened until the next
   * {@link #publish}; they keep the last good site.
   */
  public void showError(String text) {
    state.updateAndGet(s -> new State(s.site(), s.build(), text));
    broadcast("problems", text);
  }

  /** The build a page served now comes from, as its live-reload script tells the server. */
  private String token(State s) {
    return instance + "-" + s.build();
  }

  private void broadcast(String event, String data) {
    byte[] bytes = event(event, data);
    for (OutputStream listener : listeners) {
      try {
        write(listener, bytes);
      } catch (IOException gone) {
        listeners.remove(listener);
      }
    }
  }

  private static byte[] event(String event, String data) {
    StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      message.append("data: ").append(line).append('\n');
    }
    return message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** One whole message at a time: events and keep-alive pings come from different threads. */
  private static void write(OutputStream listener, byte[] bytes) throws IOException {
    synchronized (listener) {
      listener.write(bytes);
      listener.flush();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      // Decoded once (%2e%2e → ..) before path() checks it; null for "GET * HTTP/1.1".
      String rawPath = exchange.getRequestURI().getRawPath();
      String path = rawPath == null ? null : URI.create(rawPath).getPath();
      if (!exchange.getRequestMethod().equals("GET")
          && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes());
      } else if (liveReload && EVENTS.equals(path)) {
        events(exchange);
      } else if (liveReload && SCRIPT.equals(path)) {
        send(
            exchange, 200, TYPES.get("js"), LiveReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
      } else {
        // Read once: the whole response comes from one build, whatever is published meanwhile.
        file(exchange, state.get(), path, rawPath);
      }
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    String query = exchange.getRequestURI().getRawQuery();
    String pageBuild =
        query != null && query.startsWith("build=") ? query.substring("build=".length()) : null;
    try {
      synchronized (body) {
        // Listen first, then greet and tell the page where things stand, all before any event
        // (they wait for this lock): once a page has the greeting, it gets every later event,
        // and the state it was told cannot be older than the events that follow.
        listeners.add(body);
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        State now = state.get();
        if (pageBuild != null && !pageBuild.equals(token(now))) {
          // Built (or failed, or the server restarted) since the page was served.
          body.write(event("reload", ""));
        } else if (now.problems() != null) {
          body.write(event("problems", now.problems()));
        }
        body.flush();
      }
      // Hold the connection open until the page goes away (a write then fails).
      while (listeners.contains(body)) {
        Thread.sleep(15_000);
        write(body, ": ping\n\n".getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException | InterruptedException gone) {
      // The page went away, or the server is stopping.
    } finally {
      listeners.remove(body);
    }
  }

  private void file(HttpExchange exchange, State now, String urlPath, String rawPath)
      throws IOException {
    if (now.site() == null) {
      send(exchange, 503, TYPES.get("html"), withScript(NOT_BUILT, now));
      return;
    }
    String path = path(urlPath);
    boolean folderUrl = urlPath != null && urlPath.endsWith("/");
    byte[] body;
    try {
      // A deferred file (a PDF edition, an image) is made now, on its first request.
      body =
          path == null
              ? null
              : folderUrl
                  ? (now.site().isFolder(path) ? now.site().file(index(path)) : null)
                  : now.site().file(path);
    } catch (RuntimeException e) {
      send(
          exchange,
          500,
          "text/plain; charset=utf-8",
          ("internal error while making " + path + " (a bug in Folio, please report it): " + e)
              .getBytes(StandardCharsets.UTF_8));
      return;
    }
    if (body == null && path != null && !folderUrl && now.site().isFolder(path)) {
      // /zh/page → /zh/page/ so that the page's relative links resolve. The raw (still
      // percent-encoded) path keeps the header ASCII and the URL as the browser sent it.
      String query = exchange.getRequestURI().getRawQuery();
      exchange
          .getResponseHeaders()
          .set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
      send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    if (body == null) {
      byte[] notFound = now.site().file("404.html");
      send(
          exchange,
          404,
          TYPES.get("html"),
          notFound != null
              ? withScript(notFound, now)
              : "not found".getBytes(StandardCharsets.UTF_8));
      return;
    }
    String type =
        TYPES.getOrDefault(extension(folderUrl ? "index.html" : path), "application/octet-stream");
    send(exchange, 200, type, type.startsWith("text/html") ? withScript(body, now) : body);
  }

  private static String index(String folder) {
    return folder.isEmpty() ? "index.html" : folder + "/index.html";
  }

  /**
   * The site path a decoded URL path names ({@code /zh/chips/} → {@code zh/chips}), or null if it
   * names nothing inside the site: it must start with {@code /}, hold no NUL or backslash (a
   * separator on Windows), and no {@code ..} may climb above the root.
   */
  static String path(String urlPath) {
    if (urlPath == null
        || !urlPath.startsWith("/")
        || urlPath.indexOf('\0') >= 0
        || urlPath.indexOf('\\') >= 0) {
      return null;
    }
    return SiteFiles.clean(urlPath);
  }

  private byte[] withScript(byte[] html, State now) {
    if (!liveReload) {
      return html;
    }
    String text = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + SCRIPT + "\" data-build=\"" + token(now) + "\"></script>";
    int end = text.lastIndexOf("</body>");
    text = end < 0 ? text + tag : text.substring(0, end) + tag + text.substring(end);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      exchange.getResponseBody().write(body);
    }
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() {
    listeners.clear();
    server.stop(0);
    // Ends the threads still holding event streams open.
    executor.shutdownNow();
  }
}
