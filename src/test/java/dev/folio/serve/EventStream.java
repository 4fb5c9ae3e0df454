package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A page's connection to {@code /_folio/events}, read line by line with bounded waits. */
final class EventStream implements AutoCloseable {
  private final Socket socket;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

  private EventStream(Socket socket) {
    this.socket = socket;
  }

  static EventStream open(int port) throws Exception {
    return open(port, null);
  }

  /**
   * The connection of a page served by build {@code build} (its script tag's {@code data-build}),
   * as the live-reload script opens it; null for none.
   */
  static EventStream open(int port, String build) throws Exception {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
    String target = DevServer.EVENTS + (build == null ? "" : "?build=" + build);
    socket
        .getOutputStream()
        .write(
            ("GET "
                    + target
                    + " HTTP/1.1\r\n"
                    + "Host: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
    EventStream stream = new EventStream(socket);
    Thread reader = new Thread(() -> stream.read(socket), "event-stream-reader");
    reader.setDaemon(true);
    reader.start();
    // The response head, then the server's greeting: from then on this page is listening.
    String status = stream.next();
    assertThat(status).startsWith("HTTP/1.1 200");
    String line;
    boolean eventStream = false;
    while (!(line = stream.next()).isEmpty()) {
      eventStream |= line.toLowerCase(Locale.ROOT).startsWith("content-type: text/event-stream");
    }
    assertThat(eventStream).as("Content-Type: text/event-stream").isTrue();
    assertThat(stream.nextEvent()).containsExactly(": connected");
    return stream;
  }

  /** Queues the response head's lines, then the lines of the chunked body. */
  private void read(Socket socket) {
    try {
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String line;
      do {
        line = readLine(in);
        lines.add(line);
      } while (!line.isEmpty());
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      int size;
      while ((size = Integer.parseInt(readLine(in).trim(), 16)) > 0) {
        body.write(in.readNBytes(size));
        readLine(in); // the CRLF after each chunk
        byte[] bytes = body.toByteArray();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
          if (bytes[i] == '\n') {
            lines.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
            start = i + 1;
          }
        }
        body.reset();
        body.write(bytes, start, bytes.length - start);
      }
    } catch (IOException | NumberFormatException closed) {
      // The test closed the stream.
    }
  }

  private static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != '\n') {
      if (b < 0) {
        throw new IOException("end of stream");
      }
      line.write(b);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  private String next() throws InterruptedException {
    return next(5);
  }

  private String next(int seconds) throws InterruptedException {
    String line = lines.poll(seconds, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("no line from the event stream within " + seconds + " s");
    }
    return line;
  }

  /** The lines of the next event (up to its blank line), skipping keep-alive comments. */
  List<String> nextEvent() throws InterruptedException {
    return nextEvent(5);
  }

  /** As {@link #nextEvent()}, waiting up to {@code seconds} for it to begin. */
  List<String> nextEvent(int seconds) throws InterruptedException {
    while (true) {
      List<String> event = new ArrayList<>();
      String line = next(seconds);
      while (!line.isEmpty()) {
        event.add(line);
        line = next();
      }
      if (!event.equals(List.of(": ping"))) {
        return event;
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
