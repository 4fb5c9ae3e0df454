package dev.folio.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * One step of a build that is a pure function of what it reads: a file's parse, a check, an
 * extension's contribution, a page's body or frame, a search section. A stage declares each such
 * step as a task and hands it to a {@link TaskRunner}; a one-off build computes every task, and
 * {@code folio serve}'s build session may give back the result of the last successful build when
 * the task reads the same values. The stage knows nothing of that: the result is the same either
 * way, which is why {@code reads} must hold everything {@code compute} reads.
 *
 * @param boundary the kind of step, one of the few places a build can reuse work
 * @param unit which step of that kind (a data file's parse, a page's link check): tasks of
 *     different units never share a result
 * @param reads everything the computation reads, as values compared by {@code equals} (the records
 *     of the model, strings, lists of them); asked only by a session that keeps results, so
 *     building it may cost something
 * @param compute the computation; it must not throw on any input (problems are values)
 * @param stillRight for a result that learns some of what it reads only as it runs (the interface
 *     strings a template asks for): whether a kept result still reads the same; {@code r -> true}
 *     for every other task
 * @param update for a result that is costly to make from nothing but cheap to bring up to date
 *     (parsed templates): makes the result from the last build's result of the same unit, which
 *     read other values; it must give what {@code compute} gives, and may take the old result over
 *     (no one uses it again). Null: always computed.
 */
public record Task<T>(
    Boundary boundary,
    String unit,
    Supplier<List<Object>> reads,
    Supplier<T> compute,
    Predicate<? super T> stillRight,
    UnaryOperator<T> update) {
  /** The named places where a build can reuse the work of the last one. */
  public enum Boundary {
    /** A source file read into a record (and a schema compiled for it). */
    PARSE,
    /** A check of one table, chart or page against what it refers to. */
    CHECK,
    /** An extension's check and its contribution. */
    EXTENSION,
    /** A page's body: its Markdown with every embed, rendered. */
    BODY,
    /** A page's frame: the page template around a body. */
    FRAME,
    /** A page's part of a PDF edition's document: its body for print. */
    PRINT,
    /** A search section tokenised, and a language's index. */
    SEARCH,
    /** Another output file made from a few values (a table's downloads, the assets). */
    OUTPUT
  }

  public Task {
    Objects.requireNonNull(boundary, "boundary");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(reads, "reads");
    Objects.requireNonNull(compute, "compute");
    Objects.requireNonNull(stillRight, "stillRight");
  }

  /** A task whose reads are all known before it runs. */
  public static <T> Task<T> of(
      Boundary boundary, String unit, Supplier<List<Object>> reads, Supplier<T> compute) {
    return new Task<>(boundary, unit, reads, compute, result -> true, null);
  }

  /** A task that reads {@code reads} and learns more reads as it runs: see {@code stillRight}. */
  public static <T> Task<T> learning(
      Boundary boundary,
      String unit,
      Supplier<List<Object>> reads,
      Supplier<T> compute,
      Predicate<? super T> stillRight) {
    return new Task<>(boundary, unit, reads, compute, stillRight, null);
  }

  /**
   * A task whose result can be brought up to date from the last one (see {@code update}), and which
   * may be reused while {@code stillRight} (false once an update took it over).
   */
  public static <T> Task<T> updating(
      Boundary boundary,
      String unit,
      Supplier<List<Object>> reads,
      Supplier<T> compute,
      Predicate<? super T> stillRight,
      UnaryOperator<T> update) {
    return new Task<>(boundary, unit, reads, compute, stillRight, update);
  }
}
