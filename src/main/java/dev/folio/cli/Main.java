package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.extension.InputsLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar folio.jar <command>}. */
@Command(
    name = "folio",
    mixinStandardHelpOptions = true,
    versionProvider = FolioVersion.class,
    description =
        "Builds multilingual, data-driven report sites from folio.yaml, content/ and"
            + " the built-in theme.")
public final class Main {
  /** Exit code for a bug in Folio itself. */
  static final int INTERNAL_ERROR = 3;

  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintWriter(System.out, true, StandardCharsets.UTF_8),
            new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /**
   * The built-in commands by name, in the order {@code folio --help} lists them (the extensions'
   * commands follow).
   */
  static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("build", BuildCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("new", NewCommand::new);
    commands.put("add", AddCommand::new);
    commands.put("schemas", SchemasCommand::new);
    commands.put("theme", ThemeCommand::new);
    // (a lambda, not CommandLine.HelpCommand::new: see InternalErrors)
    commands.put("help", () -> new CommandLine.HelpCommand());
    return Collections.unmodifiableMap(commands);
  }

  /** Runs a command line; returns the exit code. Tests call this directly. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    // picocli reads every command's annotations as it is added, which costs a build more than
    // anything else before it starts: a built-in command that is named first is added alone,
    // since nothing else in the line can refer to another command (but help, which lists them).
    String first = args.length > 0 ? args[0] : "";
    if (COMMANDS.containsKey(first) && !first.equals("help")) {
      line.addSubcommand(COMMANDS.get(first).get());
    } else {
      COMMANDS.values().forEach(command -> line.addSubcommand(command.get()));
      // Each extension's own commands (folio cost), reading the site as a build would.
      for (Extension extension : Extensions.available()) {
        InputsLoader loader = source -> new Pipeline(source, null).inputsOf(extension);
        for (Object command : extension.commands(loader)) {
          line.addSubcommand(command);
        }
      }
    }
    answerVersion(line, new FolioVersion());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(new InternalErrors(err));
    line.setParameterExceptionHandler(new UsageErrors());
    try {
      return line.execute(args);
    } catch (StackOverflowError | OutOfMemoryError | LinkageError e) {
      // Errors pass picocli's handler; none may leave as a raw "Exception in thread main".
      return internalError(e, err);
    }
  }

  /** Every command answers --version (its standard options include it) with Folio's version. */
  private static void answerVersion(CommandLine line, FolioVersion version) {
    line.getCommandSpec().versionProvider(version);
    for (CommandLine command : line.getSubcommands().values()) {
      answerVersion(command, version);
    }
  }

  /**
   * A class, not a lambda: Java 25's AOT cache (bin/folio) cannot hold a lambda that implements or
   * calls into picocli, whose class files are too old for it; making the cache then crashes the JVM
   * (25.0.3: "guarantee(...has_been_buffered...) failed" in archiveHeapWriter.cpp).
   */
  private record InternalErrors(PrintWriter err) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(
        Exception e, CommandLine line, CommandLine.ParseResult parsed) {
      return internalError(e, err);
    }
  }

  /**
   * A command line Folio cannot run: one line that says what is wrong, and where to read more,
   * rather than the whole usage after it (a class, not a lambda, as {@link InternalErrors} says).
   */
  private record UsageErrors() implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      String name = command.getCommandSpec().qualifiedName();
      err.println(name + ": " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      err.println("    hint: see " + name + " --help");
      err.flush();
      return command.getCommandSpec().exitCodeOnInvalidInput();
    }
  }

  private static int internalError(Throwable e, PrintWriter err) {
    if (e instanceof OutOfMemoryError) {
      err.println(
          "folio: out of memory. The content may hold a value far larger than a report"
              + " needs; otherwise run java with more memory, e.g. java -Xmx4g -jar folio.jar");
    }
    err.println("folio: internal error (a bug in Folio, please report it with this trace):");
    e.printStackTrace(err);
    err.flush();
    return INTERNAL_ERROR;
  }
}
