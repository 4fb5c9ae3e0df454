package dev.folio.render;

import java.io.Writer;

/**
 * A writer into a {@link StringBuilder}: {@link java.io.StringWriter} without the lock its {@link
 * StringBuffer} takes on every write. Not safe for use from several threads.
 */
final class StringBuilderWriter extends Writer {
  private final StringBuilder text;

  StringBuilderWriter() {
    this(4096);
  }

  /** A writer whose text starts with room for {@code capacity} characters. */
  StringBuilderWriter(int capacity) {
    text = new StringBuilder(capacity);
  }

  @Override
  public void write(String string, int offset, int length) {
    text.append(string, offset, offset + length);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    text.append(chars, offset, length);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return text.toString();
  }
}
