package dev.folio.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What changed in a report's data since it was published, read from the project's git history: the
 * baseline (the commit whose data is "as published"), each table's net revisions against it, and
 * every change since, newest first. A project outside git, or a report with no change, has {@link
 * #NONE}.
 *
 * @param baseline the commit the report was published at, or null without history
 * @param tables each table's revisions, by name (only tables with some)
 * @param changes every change since the baseline, newest first (edits not yet committed first)
 */
public record History(Baseline baseline, Map<String, TableHistory> tables, List<Change> changes) {
  public static final History NONE = new History(null, Map.of(), List.of());

  /** The commit whose data is "as published": its abbreviated id and when it was made. */
  public record Baseline(String commit, OffsetDateTime time) {
    public Baseline {
      Objects.requireNonNull(commit, "commit");
      Objects.requireNonNull(time, "time");
    }

    /** The day it was made, in its committer's time zone. */
    public LocalDate date() {
      return time.toLocalDate();
    }
  }

  public History {
    tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    changes = List.copyOf(changes);
  }

  public Optional<TableHistory> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }
}
