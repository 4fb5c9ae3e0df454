package dev.folio.model;

import java.util.List;

/**
 * The content has mistakes the user can fix. Carries every problem found, sorted; the command line
 * prints them and exits 1 — never with a stack trace.
 */
public final class ContentException extends Exception {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ContentException(List<Problem> problems) {
    super(problems.size() + " problem(s) in the content", null, false, false);
    this.problems = problems.stream().sorted().distinct().toList();
  }

  public List<Problem> problems() {
    return problems;
  }
}
