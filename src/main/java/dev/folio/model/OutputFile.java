package dev.folio.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file of the site: its path under the output folder (with {@code /}) and its bytes.
 *
 * <p>A file that is costly to make and that nothing else reads (a PDF edition, a PNG image) can be
 * deferred: its bytes are made the first time they are asked for, once, and kept. {@code build}
 * asks for every file's bytes, so it writes them all; {@code serve} asks only when a browser
 * requests the file. The bytes must be a pure function of what the file was made from, as for any
 * other output: asking early or late gives the same bytes.
 */
public final class OutputFile {
  private final String path;
  private volatile byte[] bytes;
  private Supplier<byte[]> make;

  public OutputFile(String path, byte[] bytes) {
    this.path = Objects.requireNonNull(path, "path");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
  }

  private OutputFile(String path, Supplier<byte[]> make) {
    this.path = Objects.requireNonNull(path, "path");
    this.make = Objects.requireNonNull(make, "make");
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A file whose bytes {@code make} gives when they are first asked for. */
  public static OutputFile deferred(String path, Supplier<byte[]> make) {
    return new OutputFile(path, make);
  }

  public String path() {
    return path;
  }

  /** The file's bytes, made now if the file was deferred and nobody asked before. */
  public byte[] bytes() {
    byte[] made = bytes;
    if (made == null) {
      synchronized (this) {
        made = bytes;
        if (made == null) {
          made = Objects.requireNonNull(make.get(), "bytes of " + path);
          bytes = made;
          make = null;
        }
      }
    }
    return made;
  }

  /** Whether the bytes are made (always, for a file that was not deferred). */
  public boolean made() {
    return bytes != null;
  }

  @Override
  public String toString() {
    return "OutputFile[" + path + (made() ? ", " + bytes.length + " bytes]" : ", deferred]");
  }
}
