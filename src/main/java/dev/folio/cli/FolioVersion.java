package dev.folio.cli;

import dev.folio.Release;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code folio --version}: the version and commit Maven built into the jar ({@link Release}). A
 * class, not a lambda, for the same reason as {@code Main.InternalErrors}.
 */
final class FolioVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {Release.current().line()};
  }
}
