package dev.folio.cli;

import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** How commands report content problems. */
final class Reporting {
  static final int CONTENT_ERRORS = 1;

  /** How problems are written out. */
  enum Format {
    /** {@code path:line:column: message}, the hint on the next line: for people. */
    TEXT,
    /**
     * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}): in a pull
     * request, GitHub shows each problem on its line of the diff.
     */
    GITHUB
  }

  private Reporting() {}

  /**
   * Writes every problem, then a one-line summary ending with {@code consequence}.
   *
   * @param source the project folder, so that GitHub gets paths from the repository's root
   */
  static int problems(
      ContentException e, PrintWriter err, String consequence, Format format, Path source) {
    for (Problem problem : e.problems()) {
      err.println(format == Format.GITHUB ? github(problem, source) : problem.format());
    }
    int count = e.problems().size();
    err.println(
        "folio: " + count + (count == 1 ? " problem" : " problems") + " found; " + consequence);
    return CONTENT_ERRORS;
  }

  /** Writes what is worth knowing but no error (notes, warnings), one after the other. */
  static void notices(List<Problem> notices, PrintWriter out, Format format, Path source) {
    for (Problem notice : notices) {
      out.println(format == Format.GITHUB ? github(notice, source) : notice.format());
    }
  }

  static int problems(ContentException e, PrintWriter err, String consequence) {
    return problems(e, err, consequence, Format.TEXT, Path.of("."));
  }

  /** One workflow command; GitHub reads paths relative to the repository (the working folder). */
  static String github(Problem problem, Path source) {
    Path file =
        Path.of("")
            .toAbsolutePath()
            .relativize(source.toAbsolutePath().normalize().resolve(problem.pos().path()));
    String kind =
        switch (problem.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case NOTE -> "notice";
        };
    StringBuilder command =
        new StringBuilder("::" + kind + " file=")
            .append(property(file.toString().replace('\\', '/')));
    if (!problem.pos().path().endsWith("/")) {
      command
          .append(",line=")
          .append(problem.pos().line())
          .append(",col=")
          .append(problem.pos().column());
    }
    String message =
        problem.hint() == null
            ? problem.message()
            : problem.message() + "\nhint: " + problem.hint();
    return command.append(",title=Folio::").append(data(message)).toString();
  }

  /** The escaping GitHub's runner undoes in a command's message. */
  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** The escaping GitHub's runner undoes in a command's property values. */
  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
