package dev.folio.cli;

import dev.folio.extension.Extension;
import dev.folio.extension.Extensions;
import dev.folio.load.SourceLoader;
import dev.folio.model.ContentException;
import dev.folio.model.Similarity;
import dev.folio.model.SiteConfig;
import dev.folio.render.ThemeFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code folio theme}: the theme's templates, assets and interface strings, which the project
 * overrides, and {@code folio theme copy NAME}, which copies one into the project to change it (as
 * Docusaurus's {@code swizzle} does).
 */
@Command(
    name = "theme",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the theme's templates, assets and interface strings (the built-in theme's and those"
          + " of the extensions the site enables), marking those the project overrides in"
          + " templates/ and i18n/. `folio theme copy NAME` copies one into the project to change"
          + " it.",
      "Exit codes: 0 success, 1 content errors (folio.yaml), 2 bad usage (an unknown name, a file"
          + " that already exists)."
    },
    subcommands = ThemeCommand.Copy.class)
final class ThemeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ThemeFiles.Entry> entries;
    try {
      entries = entries(source.source);
    } catch (ContentException e) {
      return Reporting.problems(e, spec.commandLine().getErr(), "nothing was listed.");
    }
    ThemeFiles.Kind kind = null;
    for (ThemeFiles.Entry entry : entries) {
      if (entry.kind() != kind) {
        kind = entry.kind();
        out.println((kind == ThemeFiles.Kind.TEMPLATE ? "" : "\n") + heading(kind));
      }
      out.println(line(entry));
    }
    out.println(
        "\nfolio theme copy NAME copies one into the project (templates/NAME, i18n/NAME);"
            + " docs/theme.md says what each one renders.");
    out.flush();
    return 0;
  }

  private static String heading(ThemeFiles.Kind kind) {
    return switch (kind) {
      case TEMPLATE -> "Templates (the project's templates/NAME replaces one)";
      case ASSET -> "Assets (the project's templates/assets/NAME replaces one)";
      case STRINGS ->
          "Interface strings (the project's i18n/NAME overrides their keys one by one;"
              + " each language's file is named by its folder)";
    };
  }

  private static String line(ThemeFiles.Entry entry) {
    String name = entry.kind() == ThemeFiles.Kind.ASSET ? "assets/" + entry.name() : entry.name();
    StringBuilder line = new StringBuilder("  ").append(name);
    line.append(" ".repeat(Math.max(1, 26 - line.length()))).append(entry.from());
    if (entry.kind() == ThemeFiles.Kind.STRINGS) {
      line.append(", ").append(entry.keys()).append(" keys");
    }
    if (entry.overridden()) {
      line.append(
          entry.kind() == ThemeFiles.Kind.STRINGS
              ? "  (overridden key by key by " + entry.projectPath() + ")"
              : "  (overridden by " + entry.projectPath() + ")");
    }
    return line.toString();
  }

  /** The theme's files and those of the extensions {@code folio.yaml} enables. */
  static List<ThemeFiles.Entry> entries(Path source) throws ContentException {
    SiteConfig config = SourceLoader.config(source);
    List<ThemeFiles.ExtensionFolders> extensions =
        Extensions.available().stream()
            .filter(extension -> config.extensions().containsKey(extension.name()))
            .map(ThemeCommand::folders)
            .toList();
    return ThemeFiles.of(source, extensions);
  }

  private static ThemeFiles.ExtensionFolders folders(Extension extension) {
    return new ThemeFiles.ExtensionFolders(
        extension.name(), extension.templatesFolder(), extension.stringsFolder());
  }

  @Command(
      name = "copy",
      mixinStandardHelpOptions = true,
      description = {
        "Copies one of the theme's files into the project, where it overrides the built-in one:"
            + " a template to templates/NAME, an asset to templates/assets/NAME, interface strings"
            + " to i18n/NAME (the theme's and the enabled extensions' keys of that language, to"
            + " change those you want and delete the rest). Never overwrites a file.",
        "Exit codes: 0 copied, 1 content errors (folio.yaml), 2 bad usage (an unknown name, a"
            + " file that already exists)."
      })
  static final class Copy implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SourceOptions source;

    @Parameters(
        index = "0",
        paramLabel = "NAME",
        description =
            "As `folio theme` lists it: page.ftlh, assets/style.css, en.yaml (or its path in the"
                + " project: templates/page.ftlh, i18n/en.yaml)")
    String name;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      List<ThemeFiles.Entry> entries;
      try {
        entries = entries(source.source);
      } catch (ContentException e) {
        return Reporting.problems(e, err, "nothing was copied.");
      }
      String path = projectPath(name);
      Optional<String> text = ThemeFiles.text(entries, path);
      if (text.isEmpty()) {
        List<String> known = entries.stream().map(ThemeFiles.Entry::projectPath).toList();
        String suggestion =
            Similarity.closest(path, known)
                .map(near -> "did you mean " + near.substring(near.indexOf('/') + 1) + "? ")
                .orElse("");
        return usage(
            err,
            path,
            "the theme has no such file",
            suggestion + "`folio theme` lists the names to copy");
      }
      Path target = source.source.resolve(path);
      if (Files.exists(target)) {
        return usage(
            err,
            path,
            "already exists; folio theme copy never overwrites a file",
            "edit it, or move it away first to start again from the theme's");
      }
      Files.createDirectories(target.getParent());
      Files.writeString(target, text.get(), StandardCharsets.UTF_8);
      spec.commandLine()
          .getOut()
          .println("folio: wrote " + path + "; it now overrides the theme's " + name(path));
      return 0;
    }

    /** The project path of a name as listed, or as a path in the project. */
    static String projectPath(String name) {
      String plain = name.replace('\\', '/');
      if (plain.startsWith("templates/") || plain.startsWith("i18n/")) {
        return plain;
      }
      if (plain.endsWith(".yaml")) {
        return "i18n/" + plain;
      }
      return "templates/" + plain;
    }

    private static String name(String path) {
      return path.startsWith("i18n/") ? "strings of " + path.substring(5) + " key by key" : "file";
    }

    private static int usage(PrintWriter err, String path, String message, String hint) {
      err.println("folio theme copy: " + path + ": " + message);
      err.println("    hint: " + hint);
      err.flush();
      return 2;
    }
  }
}
