package dev.folio.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a folder over HTTP on the loopback interface. Never serves a file outside the folder.
 * HTML responses get a small script that listens for reload and error events.
 */
public final class DevServer implements AutoCloseable {
  static final String EVENTS = "/_folio/events";
  static final String SCRIPT = "/_folio/live.js";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"), Map.entry("wasm", "application/wasm"));

  static {
    // Without TCP_NODELAY, every response on a kept-alive connection (a page's style sheet,
    // scripts, data) waits ~40 ms for the client's delayed ACK. Read once, when the first
    // server of the JVM starts; a value set on the command line wins.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private final Path root;
  private final boolean liveReload;
  private final HttpServer server;
  private final ExecutorService executor;
  private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

  /** A server whose HTML pages reload when {@link #reload()} is called. */
  public DevServer(Path root, int port) throws IOException {
    this(root, port, true);
  }

  /** A server that delivers files exactly as built, as GitHub Pages would (browser tests). */
  public static DevServer withoutLiveReload(Path root, int port) throws IOException {
    return new DevServer(root, port, false);
  }

  private DevServer(Path root, int port, boolean liveReload) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.liveReload = liveReload;
    this.server = HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::handle);
    executor = Executors.newCachedThreadPool(r -> {
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

  /** Tells every open page to reload. */
  public void reload() {
    broadcast("reload", "");
  }

  /** Shows a failed build's problems in every open page; they keep the last good site. */
  public void showError(String text) {
    broadcast("problems", text);
  }

  private void broadcast(String event, String data) {
    StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
    for (String line : data.split("\n", -1)) {
      message.append("data: ").append(line).append('\n');
    }
    byte[] bytes = message.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    for (OutputStream listener : listeners) {
      try {
        write(listener, bytes);
      } catch (IOException gone) {
        listeners.remove(listener);
      }
    }
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
      // Decoded once (%2e%2e → ..) before resolve() checks it; null for "GET * HTTP/1.1".
      String rawPath = exchange.getRequestURI().getRawPath();
      String path = rawPath == null ? null : URI.create(rawPath).getPath();
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes());
      } else if (EVENTS.equals(path)) {
        events(exchange);
      } else if (SCRIPT.equals(path)) {
        send(exchange, 200, TYPES.get("js"), LiveReloadScript.TEXT.getBytes(StandardCharsets.UTF_8));
      } else {
        file(exchange, path, rawPath);
      }
    }
  }

  private void events(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    // Listen first, then greet: once a page has the greeting, it gets every later event.
    listeners.add(body);
    try {
      write(body, ": connected\n\n".getBytes(StandardCharsets.UTF_8));
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

  private void file(HttpExchange exchange, String path, String rawPath) throws IOException {
    Path file = resolve(path);
    if (file == null) {
      Path notFound = root.resolve("404.html");
      byte[] body = Files.isRegularFile(notFound) ? withScript(Files.readAllBytes(notFound))
          : "not found".getBytes(StandardCharsets.UTF_8);
      send(exchange, 404, TYPES.get("html"), body);
      return;
    }
    if (Files.isDirectory(file)) {
      // /zh/page → /zh/page/ so that the page's relative links resolve. The raw (still
      // percent-encoded) path keeps the header ASCII and the URL as the browser sent it.
      String query = exchange.getRequestURI().getRawQuery();
      exchange.getResponseHeaders().set("Location", rawPath + "/"
          + (query == null ? "" : "?" + query));
      send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
      return;
    }
    String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
    byte[] body = Files.readAllBytes(file);
    send(exchange, 200, type, type.startsWith("text/html") ? withScript(body) : body);
  }

  /** The file a URL path names, or null if there is none inside the root. */
  Path resolve(String urlPath) {
    if (urlPath == null || !urlPath.startsWith("/") || urlPath.contains("\0")) {
      return null;
    }
    Path file = root.resolve(urlPath.substring(1)).normalize();
    if (!file.startsWith(root)) {
      return null;
    }
    if (Files.isDirectory(file) && urlPath.endsWith("/")) {
      file = file.resolve("index.html");
    }
    try {
      // A symbolic link must not lead out of the site either.
      if (!Files.exists(file) || !file.toRealPath().startsWith(root.toRealPath())) {
        return null;
      }
    } catch (IOException e) {
      return null;
    }
    return file;
  }

  private byte[] withScript(byte[] html) {
    if (!liveReload) {
      return html;
    }
    String text = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + SCRIPT + "\"></script>";
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

  private static String extension(Path file) {
    String name = file.getFileName().toString();
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
