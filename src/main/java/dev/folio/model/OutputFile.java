package dev.folio.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 *
 * <p>A build may also stream a file ({@link #streamed}): its bytes are made each time they are
 * asked for and not kept, so that a large site's pages need not all be in memory together; when it
 * is written ({@link #writeTo}) they go from where they are made to the file, with no copy of their
 * own.
 */
public final class OutputFile {
  private final String path;
  private volatile byte[] bytes;
  private Supplier<byte[]> make;

  /** What makes a streamed file each time it is written; null for any other. */
  private final Maker streamed;

  public OutputFile(String path, byte[] bytes) {
    this.path = Objects.requireNonNull(path, "path");
    this.bytes = Objects.requireNonNull(bytes, "bytes");
    this.streamed = null;
  }

  private OutputFile(String path, Supplier<byte[]> make, Maker streamed) {
    this.path = Objects.requireNonNull(path, "path");
    this.make = make;
    this.streamed = streamed;
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A file whose bytes {@code make} gives when they are first asked for. */
  public static OutputFile deferred(String path, Supplier<byte[]> make) {
    return new OutputFile(path, Objects.requireNonNull(make, "make"), null);
  }

  /**
   * A file whose bytes {@code make} writes each time they are asked for, kept by nobody: for a
   * build, which asks once, as it writes the file. {@code make} may throw {@link Unmade}.
   */
  public static OutputFile streamed(String path, Maker make) {
    return new OutputFile(path, null, Objects.requireNonNull(make, "make"));
  }

  /** What makes a streamed file: it writes the file's bytes, all at once, or throws. */
  @FunctionalInterface
  public interface Maker {
    /**
     * Writes the file's bytes to {@code out}, or nothing if it throws {@link Unmade}.
     *
     * @throws IOException if {@code out} cannot be written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  public String path() {
    return path;
  }

  /** The file's bytes, made now if the file was deferred and nobody asked before. */
  public byte[] bytes() {
    if (streamed != null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        streamed.writeTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a ByteArrayOutputStream throws none
      }
      return out.toByteArray();
    }
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

  /**
   * Writes the file's bytes to {@code out}: a streamed file's as they are made, without a copy of
   * their own; any other's as {@link #bytes} gives them.
   *
   * @throws Unmade if a streamed file cannot be made (nothing is written then)
   */
  public void writeTo(OutputStream out) throws IOException {
    if (streamed != null) {
      streamed.writeTo(out);
    } else {
      out.write(bytes());
    }
  }

  /** Whether the file is made each time it is written ({@link #streamed}). */
  public boolean streamed() {
    return streamed != null;
  }

  /** Whether the bytes are made (always, for a file that was not deferred). */
  public boolean made() {
    return bytes != null;
  }

  @Override
  public String toString() {
    return "OutputFile[" + path + (made() ? ", " + bytes.length + " bytes]" : ", deferred]");
  }

  /** What kept a streamed file from being made: problems of the content, found as it was made. */
  public static final class Unmade extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public Unmade(List<Problem> problems) {
      super(problems.size() + " problems", null, false, false);
      this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
      return problems;
    }
  }
}
