package dev.folio.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One change to a report's data since it was published, as a commit made it: a row added or
 * removed, a value revised, or (for a table whose rows have no ids) the table revised as a whole.
 *
 * @param time when the commit was made (in the committer's time zone); for an edit not yet
 *     committed, when the last commit was
 * @param commit the commit's abbreviated id; null for an edit not yet committed
 * @param reason why: the commit's {@code Folio-Reason:} trailer, else its subject
 * @param row the row's id; null for a table revised as a whole
 * @param field the revised field; null unless {@code kind} is {@link Kind#REVISED}
 * @param before the value before (a revised field's), else null
 * @param after the value after (a revised field's), else null
 */
public record Change(
    OffsetDateTime time,
    String commit,
    String reason,
    String table,
    String row,
    String field,
    Kind kind,
    Value before,
    Value after) {
  /** What a change did. */
  public enum Kind {
    ADDED,
    REMOVED,
    REVISED,
    TABLE
  }

  public Change {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
  }

  /** The day of the change, in the committer's time zone. */
  public LocalDate date() {
    return time.toLocalDate();
  }

  /** Whether it is an edit of the working copy, not yet committed. */
  public boolean uncommitted() {
    return commit == null;
  }
}
