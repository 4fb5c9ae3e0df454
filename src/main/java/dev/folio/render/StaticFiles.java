package dev.folio.render;

import dev.folio.model.OutputFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A project's {@code static/} folder: images, PDFs, a favicon, copied to the site's root as they
 * are ({@code static/report.pdf} is {@code site/report.pdf}).
 */
final class StaticFiles {
  static final String FOLDER = "static";

  private StaticFiles() {}

  /** Every file under {@code static/}, by its path in the site; none without the folder. */
  static List<OutputFile> files(Path source) {
    Path folder = source.resolve(FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      List<OutputFile> files = new ArrayList<>();
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.add(new OutputFile(folder.relativize(file).toString().replace('\\', '/'),
            Files.readAllBytes(file)));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
