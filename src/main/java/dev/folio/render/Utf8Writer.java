package dev.folio.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what it is given to UTF-8 as it goes, into one growing array: a template's
 * output becomes a file's bytes without first being a {@link StringBuffer} and then a string. It
 * encodes as {@link String#getBytes} does, an unpaired surrogate as {@code ?}. Not safe for use
 * from several threads (a template writes from one).
 *
 * <p>Strings (the values a template prints) are encoded by {@link String#getBytes}, which the JVM
 * makes fast for text that is all ASCII. Character arrays (the template's own text, the same arrays
 * on every page) are encoded here, character by character, with nothing allocated.
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;

  /** A high surrogate that ended the last write: its pair's second half comes next. */
  private char pending;

  Utf8Writer() {
    this(16 * 1024);
  }

  Utf8Writer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(String text, int offset, int length) {
    if (length == 0) {
      return;
    }
    if (pending != 0 || Character.isHighSurrogate(text.charAt(offset + length - 1))) {
      write(text.toCharArray(), offset, length);
      return;
    }
    String whole =
        offset == 0 && length == text.length() ? text : text.substring(offset, offset + length);
    byte[] utf8 = whole.getBytes(StandardCharsets.UTF_8);
    room(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    room(length * 3 + 4); // at most 3 bytes a character, 4 for a pair (2 characters)
    byte[] out = bytes;
    int at = size;
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (c < 0x80 && pending == 0) {
        out[at++] = (byte) c;
      } else {
        at = encode(c, out, at);
      }
    }
    size = at;
  }

  /**
   * Writes text already encoded, {@code utf8}: a part that many files share (a template's {@code
   * <@fragment>}) is then encoded once, not once per file.
   */
  void writeUtf8(byte[] utf8, String text) {
    if (pending != 0) {
      write(text, 0, text.length());
      return;
    }
    room(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
  }

  @Override
  public void write(int c) {
    write(new char[] {(char) c}, 0, 1);
  }

  /** Writes {@code c}, which is not ASCII or follows a high surrogate, at {@code at}: the end. */
  private int encode(char c, byte[] out, int at) {
    if (pending != 0) {
      char high = pending;
      pending = 0;
      if (Character.isLowSurrogate(c)) {
        int point = Character.toCodePoint(high, c);
        out[at++] = (byte) (0xf0 | point >> 18);
        out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
        out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
        out[at++] = (byte) (0x80 | point & 0x3f);
        return at;
      }
      out[at++] = '?';
    }
    if (c < 0x80) {
      out[at++] = (byte) c;
    } else if (c < 0x800) {
      out[at++] = (byte) (0xc0 | c >> 6);
      out[at++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c)) {
      pending = c;
    } else if (Character.isLowSurrogate(c)) {
      out[at++] = '?';
    } else {
      out[at++] = (byte) (0xe0 | c >> 12);
      out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
      out[at++] = (byte) (0x80 | c & 0x3f);
    }
    return at;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }

  /** The bytes written; a high surrogate left without its pair is written as {@code ?}. */
  byte[] toBytes() {
    finish();
    return Arrays.copyOf(bytes, size);
  }

  /** Writes the bytes written to {@code out}, as {@link #toBytes} gives them, without a copy. */
  void writeTo(OutputStream out) throws IOException {
    finish();
    out.write(bytes, 0, size);
  }

  private void finish() {
    if (pending != 0) {
      pending = 0;
      room(1);
      bytes[size++] = '?';
    }
  }

  /** A writer that has grown past this many bytes is not worth keeping for another file. */
  private static final int KEPT_CAPACITY = 1 << 20;

  /**
   * Forgets what was written, to write another file into the same array; false if the array has
   * grown too large to keep.
   */
  boolean clear() {
    size = 0;
    pending = 0;
    return bytes.length <= KEPT_CAPACITY;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
