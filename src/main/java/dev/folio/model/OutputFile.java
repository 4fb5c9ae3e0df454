package dev.folio.model;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One file of the site: its path under the output folder (with {@code /}) and its bytes. */
public record OutputFile(String path, byte[] bytes) {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }
}
