package dev.folio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.model.BaseUrl;
import dev.folio.model.ContentException;
import dev.folio.model.OutputFile;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** An incremental build ({@code folio serve}'s) against a full build of the same sources. */
public final class SameBuild {
  private SameBuild() {}

  /**
   * Builds {@code project} with {@code incremental} and from scratch, and compares every file's
   * path and bytes.
   */
  public static void assertSameAsFullBuild(Path project, Pipeline incremental)
      throws ContentException {
    assertSameAsFullBuild(incremental, new Pipeline(project, BaseUrl.parse("/")));
  }

  /**
   * Builds with {@code incremental} and with {@code fromScratch} (a pipeline of the same project
   * and settings without a session), and compares every file's path and bytes.
   */
  public static void assertSameAsFullBuild(Pipeline incremental, Pipeline fromScratch)
      throws ContentException {
    Map<String, String> full = digests(fromScratch.render().files());
    Map<String, String> built = digests(incremental.render().files());
    Set<String> differ = new TreeSet<>(full.keySet());
    differ.addAll(built.keySet());
    differ.removeIf(path -> Objects.equals(full.get(path), built.get(path)));
    assertThat(differ)
        .as("files the incremental build wrote differently (or not at all)")
        .isEmpty();
  }

  /** Each file's SHA-256, by path. */
  public static Map<String, String> digests(List<OutputFile> files) {
    Map<String, String> digests = new TreeMap<>();
    for (OutputFile file : files) {
      try {
        digests.put(
            file.path(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.bytes())));
      } catch (NoSuchAlgorithmException e) {
        throw new AssertionError(e);
      }
    }
    return digests;
  }
}
