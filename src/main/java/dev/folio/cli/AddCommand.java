package dev.folio.cli;

import dev.folio.load.SourceLoader;
import dev.folio.model.ContentException;
import dev.folio.model.Similarity;
import dev.folio.model.SiteConfig;
import dev.folio.scaffold.NewReport;
import dev.folio.scaffold.RootReportMove;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code folio add}: adds to a project what would be tedious to write by hand. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Adds to the project: `folio add report SLUG` adds a report.",
    subcommands = AddCommand.Report.class)
final class AddCommand {
  /** The names a report's folder cannot have: the addresses of Folio's own pages. */
  private static final Set<String> RESERVED = Set.of("search", "contents", "series");

  @Command(
      name = "report",
      mixinStandardHelpOptions = true,
      description =
          "Adds a report to a site of several: content/reports/SLUG/ with its report.yaml, a cover"
              + " and one section in every language of the site, placeholders to replace."
              + " `folio check` and `folio build` pass at once.")
  static final class Report implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin SourceOptions source;

    @Parameters(
        index = "0",
        paramLabel = "SLUG",
        description =
            "The report's folder name, which its addresses start with: lower-case letters,"
                + " digits and hyphens, e.g. energy-2024")
    String slug;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The date it is published (default: today)")
    String date;

    @Option(
        names = "--series",
        paramLabel = "ID",
        description =
            "The series it belongs to: one of folio.yaml's series (with --from-root, declared if"
                + " it is not)")
    String series;

    @Option(
        names = "--from-root",
        description =
            "Rather than a new report, move the one this project publishes at its root into"
                + " content/reports/SLUG/, so that it can hold several: its old addresses keep"
                + " answering")
    boolean fromRoot;

    @Override
    public Integer call() throws IOException {
      if (fromRoot) {
        return moveRootReport();
      }
      SiteConfig config = config();
      checkSlug(config);
      LocalDate published = date();
      checkSeries(config);
      Map<String, String> files = NewReport.files(config, slug, published, series);
      for (Map.Entry<String, String> file : files.entrySet()) {
        Path path = source.source.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
      }
      spec.commandLine()
          .getOut()
          .println(
              "folio: added the report "
                  + slug
                  + " in content/reports/"
                  + slug
                  + "/ ("
                  + files.size()
                  + " files); replace its placeholders, then `folio serve`");
      return 0;
    }

    /** Moves the root report into content/reports/SLUG/ ({@code --from-root}). */
    private int moveRootReport() throws IOException {
      SiteConfig config = readConfig();
      if (SourceLoader.hasReports(source.source)) {
        throw usage(
            "--from-root: this project holds several reports already (content/reports/); add"
                + " one without --from-root");
      }
      if (config.report() == null) {
        throw usage(
            "--from-root: folio.yaml describes no report (report:) to move; write one first");
      }
      checkSlug(config);
      if (date != null) {
        throw usage("--from-root moves the report with its own date; leave out --date");
      }
      List<String> written = RootReportMove.apply(source.source, slug, series);
      spec.commandLine()
          .getOut()
          .println(
              "folio: moved the report into content/reports/"
                  + slug
                  + "/ ("
                  + String.join(", ", written)
                  + "); its old addresses lead to the new ones. Run `folio check`.");
      return 0;
    }

    private SiteConfig readConfig() {
      try {
        return SourceLoader.config(source.source);
      } catch (ContentException e) {
        throw usage(
            "--source "
                + source.source
                + ": folio.yaml cannot be read ("
                + e.problems().get(0).format().lines().findFirst().orElse("")
                + "); run `folio check` first");
      }
    }

    /** The project's folio.yaml, which must hold several reports. */
    private SiteConfig config() {
      SiteConfig config = readConfig();
      if (!SourceLoader.hasReports(source.source)) {
        throw usage(
            "this project publishes one report at the site's root (content/FOLDER/); to add"
                + " another, first move it into a folder of its own with `folio add report SLUG"
                + " --from-root`");
      }
      return config;
    }

    private void checkSlug(SiteConfig config) {
      if (!slug.matches("[a-z0-9]+(-[a-z0-9]+)*") || RESERVED.contains(slug)) {
        throw usage(
            "\""
                + slug
                + "\" cannot name a report: use lower-case letters, digits and hyphens, and not"
                + " "
                + String.join(", ", RESERVED.stream().sorted().toList()));
      }
      if (Files.exists(source.source.resolve("content/reports").resolve(slug))) {
        throw usage("content/reports/" + slug + "/ exists already: choose another slug");
      }
    }

    private LocalDate date() {
      if (date == null) {
        return LocalDate.now();
      }
      try {
        return LocalDate.parse(date);
      } catch (DateTimeParseException e) {
        throw usage("--date: \"" + date + "\" is not a date written YYYY-MM-DD in the calendar");
      }
    }

    private void checkSeries(SiteConfig config) {
      if (series != null && !config.series().containsKey(series)) {
        throw usage(
            "--series: folio.yaml declares no series \""
                + series
                + "\""
                + Similarity.closest(series, config.series().keySet())
                    .map(s -> "; did you mean \"" + s + "\"?")
                    .orElse(
                        config.series().isEmpty()
                            ? "; declare it under series: first"
                            : "; the series are " + String.join(", ", config.series().keySet())));
      }
    }

    private ParameterException usage(String message) {
      return new ParameterException(spec.commandLine(), message);
    }
  }
}
