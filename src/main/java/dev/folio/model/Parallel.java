package dev.folio.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work over a list on every core, the results in the list's order.
 *
 * <p>Why not {@code parallelStream()}: a stream splits a list into about four times as many parts
 * as the common pool has workers, once, up front. On two cores that is four parts of 2,500 pages
 * each, and a stage ends when its slowest part does: one core idles while the other finishes a
 * quarter of the pages. Here each thread takes the next few items as it gets free, so the cores
 * finish within a few items of each other, whatever each item costs.
 *
 * <p>The lists are read by index from several threads: lists that get an item at once ({@link
 * java.util.RandomAccess}, as {@code ArrayList} and {@code List.of}), not changed meanwhile.
 */
public final class Parallel {
  /** The items a thread takes at a time: few enough to end together, enough to share little. */
  private static final int BATCH = 4;

  private Parallel() {}

  /**
   * {@code function} of each item, in the items' order. If it throws, no item is started after, and
   * the first failure is thrown here once the threads stopped.
   */
  public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
    int size = items.size();
    Object[] results = new Object[size];
    forEachIndex(size, i -> results[i] = function.apply(items.get(i)));
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  /** {@code action} on each item, in no set order; failures as {@link #map}'s. */
  public static <T> void forEach(List<T> items, Consumer<? super T> action) {
    forEachIndex(items.size(), i -> action.accept(items.get(i)));
  }

  /**
   * What {@code task} returned, once it ended; if it threw, what it threw, thrown here ({@link
   * #thrown}).
   */
  public static <T> T result(Future<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a task", e);
    } catch (ExecutionException e) {
      throw thrown(e);
    }
  }

  /**
   * What a task on another thread threw, from the {@link ExecutionException} or {@link
   * java.util.concurrent.CompletionException} that wraps it, to be thrown on this one: itself if it
   * is unchecked (an error is thrown right here), else the wrapper, unchecked.
   */
  public static RuntimeException thrown(Exception wrapper) {
    Throwable cause = wrapper.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return wrapper instanceof RuntimeException unchecked
        ? unchecked
        : new IllegalStateException(cause);
  }

  private interface IndexAction {
    void run(int index);
  }

  private static void forEachIndex(int size, IndexAction action) {
    int helpers = Math.min(ForkJoinPool.getCommonPoolParallelism(), (size - 1) / BATCH);
    if (helpers <= 0) {
      for (int i = 0; i < size; i++) {
        action.run(i);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          for (int from; (from = next.getAndAdd(BATCH)) < size; ) {
            try {
              for (int i = from, to = Math.min(size, from + BATCH); i < to; i++) {
                action.run(i);
              }
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
              next.set(size);
            }
          }
        };
    List<ForkJoinTask<?>> forked = new ArrayList<>(helpers);
    for (int h = 0; h < helpers; h++) {
      forked.add(ForkJoinPool.commonPool().submit(work));
    }
    work.run();
    // A helper not yet started has nothing left to take; joining it runs it here or waits.
    forked.forEach(ForkJoinTask::join);
    Throwable first = failure.get();
    if (first instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (first instanceof Error error) {
      throw error;
    }
  }
}
