package dev.folio.cli;

import dev.folio.Pipeline;
import dev.folio.memo.BuildSession;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import dev.folio.output.PdfEditions;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validates content, data files and templates like build does, writing nothing.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions source;
  @Mixin HistoryOptions history;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description =
          "How problems are printed: text (path:line:column: message, the default) or"
              + " github (GitHub Actions annotations on the lines of a pull request)")
  Reporting.Format format;

  /** {@code text} or {@code github}, case-insensitively. */
  static final class FormatConverter
      implements picocli.CommandLine.ITypeConverter<Reporting.Format> {
    @Override
    public Reporting.Format convert(String value) {
      try {
        return Reporting.Format.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected text or github, got \"" + value + "\"");
      }
    }
  }

  @Option(
      names = "--strict",
      description =
          "Treat warnings (a translation behind its counterpart) as problems: exit code 1")
  boolean strict;

  @Override
  public Integer call() {
    try {
      // Checks everything a build would, the PDFs' documents and fonts included, but lays no PDF
      // out: nothing is written.
      Pipeline.Rendered site =
          history
              .apply(
                  new Pipeline(
                      source.source, null, BuildSession.oneOff(), PdfEditions.When.ON_REQUEST))
              .render();
      List<Problem> warnings =
          site.site().notes().stream()
              .filter(note -> note.severity() == Problem.Severity.WARNING)
              .map(warning -> new Problem(warning.pos(), warning.message(), warning.hint()))
              .toList();
      if (strict && !warnings.isEmpty()) {
        throw new ContentException(warnings);
      }
      Reporting.notices(site.site().notes(), spec.commandLine().getOut(), format, source.source);
      spec.commandLine()
          .getOut()
          .println(
              "folio: no problems"
                  + (warnings.isEmpty()
                      ? ""
                      : ", "
                          + warnings.size()
                          + (warnings.size() == 1 ? " warning" : " warnings")
                          + " (--strict makes them problems)")
                  + " ("
                  + site.files().size()
                  + " files would be written)");
      return 0;
    } catch (ContentException e) {
      return Reporting.problems(
          e, spec.commandLine().getErr(), "nothing was written.", format, source.source);
    }
  }
}
