package dev.folio.memo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of a build's pure steps (a file parsed, a page rendered), kept for the next build
 * of the same project in the same JVM, so that {@code folio serve} redoes only what a change
 * touches. A step is looked up by a key that holds everything it reads (records, strings and
 * lists of them, compared by value), never by a file's name or time alone; so a result reused is
 * the result the step would compute again, and an incremental build writes the same bytes as a
 * full one.
 *
 * <p>What a build computes is kept only if the build succeeds ({@link #commit()}): a build that
 * fails, perhaps with a problem another step would have reported, leaves the memo as it was
 * ({@link #abandon()}). What a build did not use is dropped when it commits, so the memo holds
 * one build's results, however long the server runs. Safe to use from several threads.
 */
public final class Memo {
  /** Computes every time and keeps nothing: the memo of a one-off {@code folio build}. */
  private static final Memo NONE = new Memo(false);

  /** A step's computation, which may fail with a checked exception of the step's own. */
  @FunctionalInterface
  public interface Step<V, E extends Exception> {
    V compute() throws E;
  }

  private final boolean keeps;
  /** Steps computed since {@link #takeComputed()}, by the simple name of their key's class. */
  private final Map<String, java.util.concurrent.atomic.LongAdder> computedKinds =
      new ConcurrentHashMap<>();
  private volatile Map<Object, Object> kept = new ConcurrentHashMap<>();
  private volatile Map<Object, Object> used = new ConcurrentHashMap<>();
  /** The parts {@link #share} made, by their values' identity: the last build's, this one's. */
  private volatile Map<Identity, Shared> sharesKept = new ConcurrentHashMap<>();
  private volatile Map<Identity, Shared> sharesUsed = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.LongAdder hits =
      new java.util.concurrent.atomic.LongAdder();
  private final java.util.concurrent.atomic.LongAdder misses =
      new java.util.concurrent.atomic.LongAdder();

  private Memo(boolean keeps) {
    this.keeps = keeps;
  }

  /**
   * Whether this memo keeps results: a key that costs something to build (a walk over every
   * page) is not worth building for one that does not.
   */
  public boolean keeps() {
    return keeps;
  }

  /** A memo that keeps nothing. */
  public static Memo none() {
    return NONE;
  }

  /** An empty memo that keeps what each successful build computed, for the next. */
  public static Memo create() {
    return new Memo(true);
  }

  /**
   * The result of the step with this key: the last successful build's, or one computed now.
   *
   * @param key a value holding everything the step reads, its kind of step among them (a
   *            record of its own per kind of step keeps kinds apart); null for a step that
   *            cannot be keyed, which is computed every time
   */
  public <V, E extends Exception> V get(Object key, Step<V, E> step) throws E {
    return get(key, kept -> true, step);
  }

  /**
   * As {@link #get(Object, Step)}, for a step whose key cannot hold all it reads before it runs
   * (a page's body reads the interface strings its templates ask for): the last build's result
   * is reused only if {@code stillRight} finds that what it read is unchanged.
   */
  @SuppressWarnings("unchecked")
  public <V, E extends Exception> V get(Object key, java.util.function.Predicate<V> stillRight,
      Step<V, E> step) throws E {
    if (!keeps || key == null) {
      return step.compute();
    }
    Object result = used.get(key);
    if (result == null) {
      result = kept.get(key);
      if (result != null && !stillRight.test((V) result)) {
        result = null;
      }
    }
    if (result == null) {
      misses.increment();
      computedKinds.computeIfAbsent(key.getClass().getSimpleName(),
          kind -> new java.util.concurrent.atomic.LongAdder()).increment();
      result = step.compute();
    } else {
      hits.increment();
    }
    if (result != null) {
      used.put(key, result);
    }
    return (V) result;
  }

  /**
   * {@code value} as a part of keys, hashed once per instance: the same instance (a file's parse
   * reused from the last build, a table an extension's reused contribution holds) gives the same
   * part, so a key holding it is hashed and compared with the kept key without walking the
   * value again. Values are immutable (records of immutable collections), so a hash kept with
   * an instance stays right. A memo that keeps nothing hashes nothing: it returns the value.
   */
  public Object share(Object value) {
    if (!keeps || value == null) {
      return value;
    }
    Identity identity = new Identity(value);
    Shared part = sharesUsed.get(identity);
    if (part == null) {
      part = sharesKept.get(identity);
      if (part == null) {
        part = new Shared(value, value.hashCode());
      }
      Shared raced = sharesUsed.putIfAbsent(identity, part);
      part = raced != null ? raced : part;
    }
    return part;
  }

  /**
   * {@code value} as a part of keys, hashed once and, when it equals the last build's, the very
   * part that build made: a value remade every build (a list of the build's tables, the text of
   * every schema) is then compared in full once per build, and by identity in every key that
   * holds it. A memo that keeps nothing returns the value.
   */
  public Object canonical(Object value) {
    if (!keeps) {
      return value;
    }
    return get(new Canonical(value), () -> new Shared(value, value.hashCode()));
  }

  private record Canonical(Object value) {}

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

  /**
   * A part of keys, hashed once (a record's hash is computed anew on every call): a build's
   * data tables, say, are in the key of every page that might embed them.
   */
  private record Shared(Object value, int hash) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Shared that && hash == that.hash
          && (value == that.value || value.equals(that.value));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The build succeeded: what it used is what the next build may reuse. */
  public void commit() {
    if (keeps) {
      kept = used;
      used = new ConcurrentHashMap<>();
      sharesKept = sharesUsed;
      sharesUsed = new ConcurrentHashMap<>();
    }
  }

  /** The build failed: nothing it computed is kept; the last successful build's results are. */
  public void abandon() {
    if (keeps) {
      used = new ConcurrentHashMap<>();
      sharesUsed = new ConcurrentHashMap<>();
    }
  }

  /** Steps reused and computed since the last call (for tests and the serve log). */
  public String takeCounts() {
    return hits.sumThenReset() + " reused, " + misses.sumThenReset() + " computed";
  }

  /**
   * The steps computed (not reused) since the last call, by kind: the simple name of the key's
   * class ({@code BodyKey: 2}). For tests of what an edit makes a build redo.
   */
  public java.util.SortedMap<String, Long> takeComputed() {
    java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
    computedKinds.forEach((kind, count) -> counts.put(kind, count.sumThenReset()));
    counts.values().removeIf(count -> count == 0);
    return counts;
  }

  /** How many results the last successful build left (for tests and the serve log). */
  public int size() {
    return kept.size();
  }
}
