package dev.folio.load.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.ObjectId;
import tools.jackson.databind.JsonNode;

/**
 * The versions of the project's files that one read of history looks at: each version in git by its
 * contents' id, read once (see {@link GitLog#text(ObjectId)}), and each data file's version parsed
 * once, however many times the data's history and the translations' look at it (a version is the
 * one after a commit and the one before the next that changes the file). A version without an id is
 * the working copy's, read each time it is asked for. One read of history holds one, and lets it go
 * when it ends; safe to use from several threads.
 */
final class Versions {
  private final GitLog log;
  private final Path source;
  private final Map<Parsed, RawTable> tables = new ConcurrentHashMap<>();
  private final Map<String, Optional<JsonNode>> pieces = new ConcurrentHashMap<>();

  /** A data file's version as parsed: its contents' id, and whether it was read as JSON. */
  private record Parsed(ObjectId blob, boolean json) {}

  Versions(GitLog log, Path source) {
    this.log = log;
    this.source = source;
  }

  /** A version of a file: its path, and its contents' id (null: none, or the working copy's). */
  record File(String path, ObjectId blob) {}

  /** The repository the versions come from. */
  GitLog log() {
    return log;
  }

  /**
   * The text of the version {@code blob} of the file at {@code path}; the working copy's where
   * {@code blob} is null.
   */
  String text(String path, ObjectId blob) {
    return blob == null ? read(source.resolve(path)) : log.text(blob);
  }

  /**
   * The rows of the version {@code blob} of the data file at {@code path} (parsed once per
   * version); the working copy's where {@code blob} is null.
   */
  RawTable table(String path, ObjectId blob) {
    if (blob == null) {
      return RawTable.of(path, read(source.resolve(path)), this::piece);
    }
    RawTable table = tables.get(new Parsed(blob, RawTable.json(path)));
    return table != null ? table : parse(path, blob, log.text(blob));
  }

  /** Parses a version of a data file, {@code text}, unless it was parsed; the table kept. */
  private RawTable parse(String path, ObjectId blob, String text) {
    // Parsed outside the map's lock, so that other threads may parse other versions meanwhile;
    // two threads that parse the same version get equal tables, and the first one is kept.
    RawTable table = RawTable.of(path, text, this::piece);
    RawTable first = tables.putIfAbsent(new Parsed(blob, RawTable.json(path)), table);
    return first != null ? first : table;
  }

  /** A piece of a data file's YAML ({@link YamlRows}) parsed, once per text; null if it fails. */
  private JsonNode piece(String text) {
    Optional<JsonNode> parsed = pieces.get(text);
    if (parsed == null) {
      parsed = Optional.ofNullable(RawTable.yaml(text));
      Optional<JsonNode> first = pieces.putIfAbsent(text, parsed);
      if (first != null) {
        parsed = first;
      }
    }
    return parsed.orElse(null);
  }

  /**
   * Reads and parses ahead, in parallel (the JDK's common pool, and this thread), the versions
   * {@code files} (newest first) that have an id and have not been read yet, so that {@link #text}
   * and {@link #table} then find them: each file's versions by one task, in the order its deltas
   * are best resolved in ({@link GitLog#read}). Those of the data files {@code data} accepts are
   * parsed, and their texts not kept (a read of a long history would hold them all). Reading and
   * parsing are most of a long history's read, and each file's versions are read apart from the
   * others'.
   */
  void read(List<File> files, Predicate<String> data) {
    Map<String, List<File>> byPath = new LinkedHashMap<>();
    Set<ObjectId> seen = new HashSet<>();
    for (File file : files) {
      if (file.path() != null && file.blob() != null && seen.add(file.blob())) {
        byPath.computeIfAbsent(file.path(), path -> new ArrayList<>()).add(file);
      }
    }
    (seen.size() >= Histories.LONG ? byPath.values().parallelStream() : byPath.values().stream())
        .forEach(
            versions -> {
              List<ObjectId> blobs = versions.stream().map(File::blob).toList();
              String path = versions.get(0).path();
              if (data.test(path)) {
                // A data file's text is parsed, and not kept.
                boolean json = RawTable.json(path);
                log.read(
                    blobs,
                    blob -> tables.containsKey(new Parsed(blob, json)),
                    (blob, text) -> parse(path, blob, text));
              } else {
                log.read(blobs);
              }
            });
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
