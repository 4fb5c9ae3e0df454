package dev.folio.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.model.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BuildSessionTest {
  private final AtomicInteger computed = new AtomicInteger();

  /** A task that reads {@code text} and says which computation it was. */
  private Task<String> task(String text) {
    return Task.of(
        Task.Boundary.PARSE,
        "unit",
        () -> List.of(text),
        () -> text + " #" + computed.incrementAndGet());
  }

  @Test
  void aCommittedBuildsResultIsReusedByEqualReadsAndUnusedOnesAreDropped() {
    BuildSession session = BuildSession.keeping();
    assertThat(session.run(task("a"))).isEqualTo("a #1");
    assertThat(session.run(task("b"))).isEqualTo("b #2");
    session.commit();
    assertThat(session.run(task("a"))).isEqualTo("a #1");
    session.commit();
    // b was not used by the second build: the third computes it again.
    assertThat(session.run(task("b"))).isEqualTo("b #3");
    assertThat(session.size()).isEqualTo(1);
  }

  @Test
  void tasksOfAnotherBoundaryOrUnitNeverShareAResult() {
    BuildSession session = BuildSession.keeping();
    session.run(task("a"));
    assertThat(session.run(Task.of(Task.Boundary.CHECK, "unit", () -> List.of("a"), () -> "check")))
        .isEqualTo("check");
    assertThat(
            session.run(Task.of(Task.Boundary.PARSE, "other", () -> List.of("a"), () -> "other")))
        .isEqualTo("other");
  }

  @Test
  void aFailedBuildKeepsNothingOfItsOwnAndLosesNothingOfTheLastGoodOne() {
    BuildSession session = BuildSession.keeping();
    session.run(task("a"));
    session.commit();
    session.run(task("a"));
    session.run(task("c"));
    session.abandon();
    assertThat(session.run(task("c"))).isEqualTo("c #3");
    assertThat(session.run(task("a"))).isEqualTo("a #1");
  }

  @Test
  void aPartIsOnePerInstanceAcrossBuildsAndAnEqualValueGetsTheLastBuildsPart() {
    BuildSession session = BuildSession.keeping();
    List<String> value = List.of("x", "y");
    BuildSession.Part part = session.part(value);
    session.commit();
    assertThat(session.part(value)).isSameAs(part);
    assertThat(session.part(new ArrayList<>(value))).isSameAs(part);
    assertThat(session.part(List.of("z"))).isNotEqualTo(part);
    session.commit();
    // value was used by the second build too; a part no build used is made anew.
    assertThat(session.part(value)).isSameAs(part);
    assertThat(session.part(null)).isNull();
  }

  @Test
  void aKeptResultThatIsNoLongerRightIsComputedAgain() {
    BuildSession session = BuildSession.keeping();
    String[] read = {"v1"};
    Supplier<String> build =
        () ->
            session.run(
                Task.learning(
                    Task.Boundary.BODY,
                    "page",
                    () -> List.of("page"),
                    () -> read[0] + " #" + computed.incrementAndGet(),
                    kept -> kept.startsWith(read[0])));
    assertThat(build.get()).isEqualTo("v1 #1");
    session.commit();
    assertThat(build.get()).isEqualTo("v1 #1");
    session.commit();
    read[0] = "v2";
    assertThat(build.get()).isEqualTo("v2 #2");
    session.commit();
    assertThat(build.get()).isEqualTo("v2 #2");
  }

  @Test
  void aOneOffSessionComputesEveryTimeAndNeverAsksWhatATaskReads() {
    BuildSession oneOff = BuildSession.oneOff();
    Task<String> task =
        Task.of(
            Task.Boundary.PARSE,
            "unit",
            () -> {
              throw new AssertionError("a one-off build builds no key");
            },
            () -> "a #" + computed.incrementAndGet());
    oneOff.run(task);
    oneOff.commit();
    assertThat(oneOff.run(task)).isEqualTo("a #2");
  }

  @Test
  void aTasksExceptionPassesThroughAndIsNotKept() {
    BuildSession session = BuildSession.keeping();
    assertThatThrownBy(
            () ->
                session.run(
                    Task.of(
                        Task.Boundary.PARSE,
                        "unit",
                        () -> List.of("x"),
                        () -> {
                          throw new IllegalStateException("a bug");
                        })))
        .hasMessage("a bug");
    assertThat(session.run(task("x"))).isEqualTo("x #1");
  }

  @Test
  void computedTasksAreCountedByBoundary() {
    BuildSession session = BuildSession.keeping();
    session.run(task("a"));
    session.run(task("b"));
    session.commit();
    session.takeComputed();
    session.takeCounts();
    session.run(task("a"));
    session.run(task("c"));
    assertThat(session.takeComputed()).containsExactly(Map.entry("PARSE", 1L));
    assertThat(session.takeCounts()).isEqualTo("1 reused, 1 computed");
  }

  @Test
  void anUpdatingTaskIsMadeFromItsUnitsLastResultAndAHandedOnResultIsNeverReused() {
    BuildSession session = BuildSession.keeping();
    List<String> handedOn = new ArrayList<>();
    Function<String, Task<String>> task =
        text ->
            Task.updating(
                Task.Boundary.PARSE,
                "templates",
                () -> List.of(text),
                () -> text + " made",
                kept -> !handedOn.contains(kept),
                previous -> {
                  handedOn.add(previous);
                  return text + " from " + previous;
                });
    assertThat(session.run(task.apply("a"))).isEqualTo("a made");
    session.commit();
    assertThat(session.run(task.apply("b"))).isEqualTo("b from a made");
    session.abandon();
    // The failed build took "a made" over: it is made again, not reused.
    assertThat(session.run(task.apply("a"))).isEqualTo("a from a made");
  }

  /** A task of its own unit that reads {@code text}. */
  private Task<String> task(String unit, String text) {
    return Task.of(
        Task.Boundary.PRINT,
        unit,
        () -> List.of(text),
        () -> unit + " " + text + " #" + computed.incrementAndGet());
  }

  @Test
  void aResultWhoseUnitABuildDidNotAskForIsKeptForTheNextBuilds() {
    BuildSession session = BuildSession.keeping();
    assertThat(session.run(task("page", "a"))).isEqualTo("page a #1");
    assertThat(session.run(task("edition", "x"))).isEqualTo("edition x #2");
    session.commit();
    // A build that reuses what holds the page's part (the edition) never asks for the part.
    session.run(task("edition", "x"));
    session.commit();
    assertThat(session.run(task("page", "a"))).isEqualTo("page a #1");
    assertThat(session.computedInBuild()).isEmpty();
    session.commit();
    // Asked for with other reads, the unit's old result is dropped, as before.
    assertThat(session.run(task("page", "b"))).isEqualTo("page b #3");
    session.commit();
    assertThat(session.run(task("page", "a"))).isEqualTo("page a #4");
    assertThat(session.computedInBuild()).containsExactly(Map.entry("PRINT", 1L));
  }

  @Test
  void aResultUnaskedForTooManyBuildsIsDropped() {
    BuildSession session = BuildSession.keeping();
    session.run(task("page", "a"));
    session.commit();
    for (int i = 0; i < BuildSession.IDLE_BUILDS; i++) {
      session.commit();
    }
    assertThat(session.size()).isEqualTo(1);
    session.commit();
    assertThat(session.size()).isZero();
    assertThat(session.run(task("page", "a"))).isEqualTo("page a #2");
  }

  @Test
  void aCarriedResultsReadsKeepComparingByIdentity() {
    BuildSession session = BuildSession.keeping();
    List<String> value = List.of("x", "y");
    BuildSession.Part part = session.part(value);
    session.run(Task.of(Task.Boundary.PRINT, "page", () -> List.of(value), () -> "made"));
    session.commit();
    session.commit();
    assertThat(session.part(new ArrayList<>(value))).isSameAs(part);
  }
}
