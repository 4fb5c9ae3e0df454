package dev.folio.extension;

import dev.folio.model.ContentException;
import java.nio.file.Path;

/**
 * What an extension's command is given to read a site: the project at {@code source} loaded and
 * checked as a build would, and the extension's inputs, checked too.
 */
@FunctionalInterface
public interface InputsLoader {
  Inputs load(Path source) throws ContentException;
}
