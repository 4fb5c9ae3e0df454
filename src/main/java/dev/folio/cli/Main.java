package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.extension.InputsLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar folio.jar <command>}. */
@Command(name = "folio", mixinStandardHelpOptions = true, version = "Folio 0.1.0",
    description = "Builds multilingual, data-driven report sites from folio.yaml, content/ and"
        + " the built-in theme.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
        SchemasCommand.class, CommandLine.HelpCommand.class})
public final class Main {
  /** Exit code for a bug in Folio itself. */
  static final int INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command line; returns the exit code. Tests call this directly. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    // Each extension's own commands (folio cost), reading the site as a build would.
    for (Extension extension : Extensions.available()) {
      InputsLoader loader = source -> new Pipeline(source, null).inputsOf(extension);
      for (Object command : extension.commands(loader)) {
        line.addSubcommand(command);
      }
    }
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err));
    try {
      return line.execute(args);
    } catch (StackOverflowError | OutOfMemoryError | LinkageError e) {
      // Errors pass picocli's handler; none may leave as a raw "Exception in thread main".
      return internalError(e, err);
    }
  }

  private static int internalError(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println("folio: out of memory. The content may hold a value far larger than a report"
          + " needs; otherwise run java with more memory, e.g. java -Xmx4g -jar folio.jar");
    }
    err.println("folio: internal error (a bug in Folio, please report it with this trace):");
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }
}
