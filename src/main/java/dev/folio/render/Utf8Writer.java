package dev.folio.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes what it is given to UTF-8 as it goes, into one growing array: a template's
 * output becomes a file's bytes without first being a {@link StringBuffer} and then a string. Not
 * safe for use from several threads (a template writes from one).
 */
final class Utf8Writer extends Writer {
  private byte[] bytes = new byte[16 * 1024];
  private int size;

  /** A high surrogate that ended the last write: its pair's second half comes next. */
  private char pending;

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
    append(whole.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    if (length == 0) {
      return;
    }
    StringBuilder text = new StringBuilder(length + 1);
    if (pending != 0) {
      text.append(pending);
      pending = 0;
    }
    text.append(chars, offset, length);
    char last = text.charAt(text.length() - 1);
    if (Character.isHighSurrogate(last)) {
      pending = last;
      text.setLength(text.length() - 1);
    }
    append(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void write(int c) {
    write(new char[] {(char) c}, 0, 1);
  }

  private void append(byte[] more) {
    if (size + more.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more.length));
    }
    System.arraycopy(more, 0, bytes, size, more.length);
    size += more.length;
  }

  /** The bytes written; a high surrogate left without its pair is written as {@code ?}. */
  byte[] toBytes() {
    if (pending != 0) {
      pending = 0;
      append(new byte[] {'?'});
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
