package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Release;
import dev.folio.testing.Folio;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The command line: a built-in command named first is added alone, so the names must hold. */
class MainTest {
  @Test
  void eachBuiltInCommandIsListedUnderItsOwnName() {
    for (Map.Entry<String, Supplier<Object>> entry : Main.COMMANDS.entrySet()) {
      Command command = entry.getValue().get().getClass().getAnnotation(Command.class);
      assertThat(command.name()).as(entry.getKey()).isEqualTo(entry.getKey());
    }
  }

  @Test
  void theHelpListsEveryCommandTheBuiltInOnesFirst() {
    Folio.Run run = Folio.run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .containsSubsequence("build", "check", "serve", "new", "schemas", "theme", "help", "cost");
  }

  @Test
  void aCommandNamedFirstStillAnswersAsBefore() {
    Folio.Run run = Folio.run("build", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "folio build: Unknown option: '--bogus'\n    hint: see folio build --help\n"
                .replace("\n", System.lineSeparator()));
    assertThat(Folio.run("help", "build").out()).contains("Usage: folio build");
  }

  @Test
  void versionPrintsTheReleaseLineAndEveryCommandAnswersIt() {
    String line = Release.current().line();
    assertThat(line).startsWith("folio " + Release.current().version());
    Folio.Run run = Folio.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(line + System.lineSeparator());
    for (String[] args : new String[][] {{"build", "--version"}, {"add", "report", "-V"}}) {
      Folio.Run command = Folio.run(args);
      assertThat(command.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(command.out()).as(String.join(" ", args)).isEqualTo(run.out());
    }
  }
}
