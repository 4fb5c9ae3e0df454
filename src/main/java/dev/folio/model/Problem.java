package dev.folio.model;

import java.util.Objects;

/** A mistake in the content that the user can fix: where, what is wrong, and how to fix it. */
public record Problem(SourcePos pos, String message, String hint) implements Comparable<Problem> {
  public Problem {
    Objects.requireNonNull(pos, "pos");
    Objects.requireNonNull(message, "message");
  }

  public static Problem at(SourcePos pos, String message) {
    return new Problem(pos, message, null);
  }

  public static Problem at(SourcePos pos, String message, String hint) {
    return new Problem(pos, message, hint);
  }

  /** {@code path:line:column: message}, then the hint on its own line. */
  public String format() {
    return hint == null ? pos + ": " + message : pos + ": " + message + "\n    hint: " + hint;
  }

  @Override
  public int compareTo(Problem other) {
    int byPos = pos.compareTo(other.pos);
    return byPos != 0 ? byPos : message.compareTo(other.message);
  }
}
