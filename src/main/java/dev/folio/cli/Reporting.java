package dev.folio.cli;

import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import java.io.PrintWriter;

/** How commands report content problems: one {@code path:line:column: message} block each. */
final class Reporting {
  static final int CONTENT_ERRORS = 1;

  private Reporting() {}

  static int problems(ContentException e, PrintWriter err, String consequence) {
    for (Problem problem : e.problems()) {
      err.println(problem.format());
    }
    int count = e.problems().size();
    err.println("folio: " + count + (count == 1 ? " problem" : " problems") + " found; "
        + consequence);
    return CONTENT_ERRORS;
  }
}
