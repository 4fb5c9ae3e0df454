package dev.folio.load;

import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** How the loader reads a project's files: as UTF-8 text, found in sorted order. */
final class SourceFiles {
  private SourceFiles() {}

  static Optional<String> readText(Path file, String path, Problems problems) {
    try {
      return decode(Files.readAllBytes(file), path, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of a file's bytes, or a problem at the line and column of the first byte that is not
   * UTF-8. A byte-order mark and CRLF line ends (Windows editors) change nothing.
   */
  static Optional<String> decode(byte[] bytes, String path, Problems problems) {
    // The JVM's own decoding is several times faster than a decoder's; it replaces what is not
    // UTF-8 by U+FFFD, so text without one is the file's. Else the strict decoder says where.
    String quick = new String(bytes, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return Optional.of(normalized(quick));
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (result.isError()) {
      String before = out.flip().toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      problems.add(
          new SourcePos(path, line, column),
          "the file is not valid UTF-8 here (byte " + in.position() + ")",
          "save it as UTF-8 in your editor");
      return Optional.empty();
    }
    return Optional.of(normalized(out.flip().toString()));
  }

  /** {@code text} without a byte-order mark, its CRLF line ends as LF. */
  private static String normalized(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  /**
   * Files under {@code folder} with one of the extensions (any file when none is given), sorted by
   * path; none if the folder is absent.
   */
  static List<Path> files(Path folder, String... extensions) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    // The walk's own attributes say what is a file (a site of thousands of pages would be looked
    // up twice); a link is a file if it leads to one.
    try (Stream<Path> walk =
        Files.find(
            folder,
            Integer.MAX_VALUE,
            (path, attributes) ->
                attributes.isRegularFile()
                    || attributes.isSymbolicLink() && Files.isRegularFile(path))) {
      return walk.filter(
              p ->
                  extensions.length == 0
                      || Stream.of(extensions).anyMatch(p.getFileName().toString()::endsWith))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The entries of a folder, sorted; none if it is absent. */
  static List<Path> entries(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }

  /**
   * Every file of {@code schemas/} with its name, as one string: the part of every file's context
   * that the schemas are. Bytes as they are (a schema that is not UTF-8 is reported when it is
   * used).
   */
  static String schemaTexts(Path source) {
    StringBuilder all = new StringBuilder();
    Path folder = source.resolve("schemas");
    for (Path file : files(folder)) {
      try {
        all.append(relative(folder, file))
            .append('\0')
            .append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .append('\0');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all.toString();
  }
}
