package dev.folio.model;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one run so that every mistake is reported, not only the first. */
public final class Problems {
  private final List<Problem> found = new ArrayList<>();

  public void add(Problem problem) {
    found.add(problem);
  }

  public void add(SourcePos pos, String message) {
    found.add(Problem.at(pos, message));
  }

  public void add(SourcePos pos, String message, String hint) {
    found.add(Problem.at(pos, message, hint));
  }

  /** The problems found so far, in the order they were found. */
  public List<Problem> list() {
    return List.copyOf(found);
  }

  /** How many problems were found so far (a stage compares before and after a step). */
  public int size() {
    return found.size();
  }

  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** Throws if anything was found, so that a stage never hands on content it knows is broken. */
  public void throwIfAny() throws ContentException {
    if (!found.isEmpty()) {
      throw new ContentException(found);
    }
  }
}
