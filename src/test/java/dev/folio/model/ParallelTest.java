package dev.folio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelTest {
  @Test
  void mapsEveryItemInTheItemsOrderWhateverEachCosts() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    List<String> mapped =
        Parallel.map(
            items,
            i -> {
              // Uneven work: every tenth item is much slower than the others.
              long spin = i % 10 == 0 ? 20_000 : 10;
              long sum = 0;
              for (long k = 0; k < spin; k++) {
                sum += k ^ i;
              }
              return i + ":" + (sum >= 0);
            });
    assertEquals(items.stream().map(i -> i + ":true").toList(), mapped);
  }

  @Test
  void mapsAnEmptyListAndASingleItem() {
    assertEquals(List.of(), Parallel.map(List.<Integer>of(), i -> i + 1));
    assertEquals(List.of(2), Parallel.map(List.of(1), i -> i + 1));
  }

  @Test
  void keepsNullResultsInPlace() {
    List<Integer> items = IntStream.range(0, 50).boxed().toList();
    List<Integer> mapped = Parallel.map(items, i -> i % 2 == 0 ? null : i);
    for (int i = 0; i < items.size(); i++) {
      assertEquals(i % 2 == 0 ? null : i, mapped.get(i));
    }
  }

  @Test
  void visitsEveryItemOnce() {
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger calls = new AtomicInteger();
    List<Integer> items = IntStream.range(0, 777).boxed().toList();
    Parallel.forEach(
        items,
        i -> {
          calls.incrementAndGet();
          seen.add(i);
        });
    assertEquals(777, calls.get());
    assertEquals(Set.copyOf(items), seen);
  }

  @Test
  void throwsTheFailureAndTakesNoItemAfterIt() {
    IllegalStateException failure = new IllegalStateException("item 0");
    AtomicInteger started = new AtomicInteger();
    List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () ->
                Parallel.forEach(
                    items,
                    i -> {
                      started.incrementAndGet();
                      if (i == 0) {
                        throw failure;
                      }
                      sleep(1);
                    }));
    assertSame(failure, thrown);
    // Every item takes a millisecond, so all of them would take 50 s on two threads: the other
    // threads finish the few items they had taken, and take no more.
    assertTrue(started.get() < 50_000, started.get() + " items started");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void throwsErrorsAsThemselves() {
    List<Integer> items = IntStream.range(0, 100).boxed().toList();
    assertThrows(
        StackOverflowError.class,
        () ->
            Parallel.map(
                items,
                i -> {
                  if (i == 42) {
                    throw new StackOverflowError();
                  }
                  return i;
                }));
  }

  @Test
  void nestsInsideItself() {
    List<Integer> outer = IntStream.range(0, 20).boxed().toList();
    List<Integer> sums =
        Parallel.map(
            outer,
            o ->
                Parallel.map(IntStream.range(0, 100).boxed().toList(), i -> i * o).stream()
                    .mapToInt(Integer::intValue)
                    .sum());
    assertEquals(outer.stream().map(o -> 4950 * o).toList(), sums);
  }

  @Test
  void aTaskResultIsWhatItReturnedOrWhatItThrew() {
    FutureTask<String> fine = new FutureTask<>(() -> "done");
    fine.run();
    assertEquals("done", Parallel.result(fine));

    IllegalArgumentException failure = new IllegalArgumentException("bad");
    FutureTask<String> failed =
        new FutureTask<>(
            () -> {
              throw failure;
            });
    failed.run();
    assertSame(
        failure, assertThrows(IllegalArgumentException.class, () -> Parallel.result(failed)));

    FutureTask<String> broken =
        new FutureTask<>(
            () -> {
              throw new AssertionError("broken");
            });
    broken.run();
    assertThrows(AssertionError.class, () -> Parallel.result(broken));

    FutureTask<String> checked =
        new FutureTask<>(
            () -> {
              throw new java.io.IOException("disk");
            });
    checked.run();
    IllegalStateException wrapped =
        assertThrows(IllegalStateException.class, () -> Parallel.result(checked));
    assertEquals("disk", wrapped.getCause().getMessage());
  }

  @Test
  void aCompletionExceptionGivesWhatTheTaskThrew() {
    IllegalStateException failure = new IllegalStateException("late");
    CompletionException wrapper = new CompletionException(failure);
    assertSame(failure, Parallel.thrown(wrapper));
    CompletionException checked = new CompletionException(new java.io.IOException("disk"));
    assertSame(checked, Parallel.thrown(checked));
  }
}
