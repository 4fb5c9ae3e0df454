package dev.folio.memo;

import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * What the builds of one {@code folio serve} share: the results of the last successful build's
 * {@link Task}s, so that a rebuild redoes only what an edit touched. A task's result is reused when
 * a task of the same boundary and unit reads equal values (and, for a result that learned some of
 * its reads as it ran, when {@link Task#stillRight} says they read the same); so a result reused is
 * the result the task would compute again, and an incremental build writes the bytes a full one
 * writes.
 *
 * <p>This is the one place that keeps anything between builds. Stages declare tasks and run them
 * through a {@link TaskRunner}; a one-off build runs them with {@link #oneOff()}, which keeps
 * nothing and never asks a task what it reads.
 *
 * <p>What a build computes is kept only if the build succeeds ({@link #commit()}): a build that
 * fails, perhaps with a problem another task would have reported, leaves the session as it was
 * ({@link #abandon()}). When a build commits, what it did not use is dropped, unless no task of its
 * unit ran at all: a build that reused a PDF edition whole never asked for its pages' parts, nor
 * one that reused a language's search index for its sections, and the next build that needs them
 * again finds them. Such a result is kept for {@link #IDLE_BUILDS} builds at most (a deleted
 * page's), so the session holds about one build's results, however long the server runs. Safe to
 * use from several threads.
 *
 * <p>Comparing keys is kept cheap: each value a task reads becomes a {@link Part}, hashed once per
 * instance and, where it equals a value of the last build, the very part that build made. A parse
 * reused from the last build is the same instance, so every key holding it compares by identity; a
 * value remade each build (a list of every page's anchors) is compared in full once per build, and
 * by identity in every other key that holds it.
 */
public final class BuildSession implements TaskRunner {
  private static final BuildSession ONE_OFF = new BuildSession(false);

  /** How many builds in a row may leave a unit's result unasked before it is dropped. */
  static final int IDLE_BUILDS = 8;

  private final boolean keeps;
  private volatile Map<Key, Object> kept = new ConcurrentHashMap<>();
  private volatile Map<Key, Object> used = new ConcurrentHashMap<>();

  /** The units this build ran a task of, reused or computed. */
  private volatile Set<Unit> unitsUsed = ConcurrentHashMap.newKeySet();

  /** How many builds in a row left each kept result's unit unasked (none: the last one used it). */
  private volatile Map<Key, Integer> idle = new HashMap<>();

  /** The last successful build's results of tasks that can be updated, by boundary and unit. */
  private volatile Map<Unit, Object> keptByUnit = new ConcurrentHashMap<>();

  private volatile Map<Unit, Object> usedByUnit = new ConcurrentHashMap<>();

  /** The parts of the last build's keys, by their values' identity and by value; this one's. */
  private volatile Map<Identity, Part> partsKept = new ConcurrentHashMap<>();

  private volatile Map<Part, Part> partsKeptByValue = new ConcurrentHashMap<>();
  private volatile Map<Identity, Part> partsUsed = new ConcurrentHashMap<>();
  private volatile Map<Part, Part> partsUsedByValue = new ConcurrentHashMap<>();

  /** Tasks computed (not reused) since {@link #takeComputed()}, by boundary. */
  private final Map<String, LongAdder> computed = new ConcurrentHashMap<>();

  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  /** Tasks computed since the last build ended, by boundary (for {@code FOLIO_TIMINGS}). */
  private final Map<String, LongAdder> computedInBuild = new ConcurrentHashMap<>();

  private BuildSession(boolean keeps) {
    this.keeps = keeps;
  }

  /** A session that computes every task and keeps nothing: a one-off build. */
  public static BuildSession oneOff() {
    return ONE_OFF;
  }

  /** An empty session that keeps what each successful build computed, for the next. */
  public static BuildSession keeping() {
    return new BuildSession(true);
  }

  /** A task's key: its boundary and unit, and the parts of what it reads. */
  private record Key(Unit whose, List<Part> reads) {}

  /** A task's unit: the tasks of one unit in successive builds read different values. */
  private record Unit(Task.Boundary boundary, String unit) {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> T run(Task<T> task) {
    if (!keeps) {
      return task.compute().get();
    }
    Key key = new Key(new Unit(task.boundary(), task.unit()), parts(task.reads().get()));
    unitsUsed.add(key.whose());
    Object result = used.get(key);
    if (result == null) {
      result = kept.get(key);
      if (result != null && !((Predicate<Object>) task.stillRight()).test(result)) {
        result = null;
      }
    }
    if (result == null) {
      misses.increment();
      computed.computeIfAbsent(task.boundary().name(), boundary -> new LongAdder()).increment();
      computedInBuild
          .computeIfAbsent(task.boundary().name(), boundary -> new LongAdder())
          .increment();
      result = compute(task);
    } else {
      hits.increment();
    }
    if (result != null) {
      used.put(key, result);
      if (task.update() != null) {
        usedByUnit.put(key.whose(), result);
      }
    }
    return (T) result;
  }

  /** A task's result made now: from the last build's result of its unit, if it can be. */
  @SuppressWarnings("unchecked")
  private <T> T compute(Task<T> task) {
    Object previous =
        task.update() == null ? null : keptByUnit.get(new Unit(task.boundary(), task.unit()));
    return previous == null ? task.compute().get() : task.update().apply((T) previous);
  }

  /** What a task reads, as parts of its key (a loop: a stream costs more than the lookups). */
  private List<Part> parts(List<?> reads) {
    Part[] parts = new Part[reads.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = part(reads.get(i));
    }
    return Arrays.asList(parts);
  }

  /**
   * {@code value} as a part of keys: the part this build made of the same instance, else the last
   * build's part of the same instance or of an equal value, else a new one. Values are immutable
   * (records of immutable collections), so a hash kept with an instance stays right. A string is
   * its own part: it keeps its hash, and it compares by identity first, then by its characters,
   * which costs less than looking it up (a page's path, made anew each build, is one).
   */
  Part part(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      return new Part(value, value.hashCode());
    }
    Identity identity = new Identity(value);
    Part part = partsUsed.get(identity);
    if (part == null) {
      part = partsKept.get(identity);
      if (part == null) {
        Part fresh = new Part(value, value.hashCode());
        Part known = partsKeptByValue.get(fresh);
        part = known != null ? known : fresh;
      }
      Part raced = partsUsedByValue.putIfAbsent(part, part);
      part = raced != null ? raced : part;
      raced = partsUsed.putIfAbsent(identity, part);
      part = raced != null ? raced : part;
    }
    return part;
  }

  /** A value looked up by the instance it is, not by what it holds. */
  private record Identity(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity that && value == that.value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  /** A value in keys, hashed once (a record's hash is computed anew on every call). */
  record Part(Object value, int hash) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Part that
          && hash == that.hash
          && (value == that.value || value.equals(that.value));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The build succeeded: what it used is what the next build may reuse, with the results of the
   * units it ran no task of (for {@link #IDLE_BUILDS} builds).
   */
  public void commit() {
    if (keeps) {
      Map<Key, Integer> idleNow = new HashMap<>();
      kept.forEach(
          (key, result) -> {
            if (unitsUsed.contains(key.whose())) {
              return; // its unit ran: kept as this build used it, if it did
            }
            int builds = idle.getOrDefault(key, 0) + 1;
            if (builds <= IDLE_BUILDS) {
              Key carried = new Key(key.whose(), key.reads().stream().map(this::carry).toList());
              if (used.putIfAbsent(carried, result) == null) {
                idleNow.put(carried, builds);
              }
            }
          });
      keptByUnit.forEach(
          (unit, result) -> {
            if (!unitsUsed.contains(unit)) {
              usedByUnit.putIfAbsent(unit, result);
            }
          });
      idle = idleNow;
      kept = used;
      used = new ConcurrentHashMap<>();
      keptByUnit = usedByUnit;
      usedByUnit = new ConcurrentHashMap<>();
      partsKept = partsUsed;
      partsKeptByValue = partsUsedByValue;
      partsUsed = new ConcurrentHashMap<>();
      partsUsedByValue = new ConcurrentHashMap<>();
    }
    endBuild();
  }

  /**
   * A part of a result kept unasked, as a part of this build's: the one this build made of an equal
   * value, if it did (so that keys holding it still compare by identity).
   */
  private Part carry(Part part) {
    if (part == null) {
      return null;
    }
    Part raced = partsUsedByValue.putIfAbsent(part, part);
    Part canonical = raced != null ? raced : part;
    partsUsed.putIfAbsent(new Identity(canonical.value()), canonical);
    return canonical;
  }

  /** The build failed: nothing it computed is kept; the last successful build's results are. */
  public void abandon() {
    if (keeps) {
      used = new ConcurrentHashMap<>();
      usedByUnit = new ConcurrentHashMap<>();
      partsUsed = new ConcurrentHashMap<>();
      partsUsedByValue = new ConcurrentHashMap<>();
    }
    endBuild();
  }

  private void endBuild() {
    unitsUsed = ConcurrentHashMap.newKeySet();
    computedInBuild.clear();
  }

  /** Tasks reused and computed since the last call (for tests and the serve log). */
  public String takeCounts() {
    return hits.sumThenReset() + " reused, " + misses.sumThenReset() + " computed";
  }

  /**
   * The tasks computed (not reused) since the last call, by boundary ({@code BODY: 2}): for tests
   * of what an edit makes a build redo.
   */
  public SortedMap<String, Long> takeComputed() {
    SortedMap<String, Long> counts = new TreeMap<>();
    computed.forEach((boundary, count) -> counts.put(boundary, count.sumThenReset()));
    counts.values().removeIf(count -> count == 0);
    return counts;
  }

  /**
   * The tasks the build under way has computed so far, by boundary ({@code BODY: 2}), without
   * touching {@link #takeComputed()}'s counts: for {@code FOLIO_TIMINGS}.
   */
  public SortedMap<String, Long> computedInBuild() {
    SortedMap<String, Long> counts = new TreeMap<>();
    computedInBuild.forEach((boundary, count) -> counts.put(boundary, count.sum()));
    counts.values().removeIf(count -> count == 0);
    return counts;
  }

  /** How many results the last successful build left (for tests and the serve log). */
  public int size() {
    return kept.size();
  }
}
