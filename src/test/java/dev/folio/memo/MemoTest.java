package dev.folio.memo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  private record Key(String text) {}

  private final AtomicInteger computed = new AtomicInteger();

  private String step(Memo memo, String text) {
    return memo.get(new Key(text), () -> text + " #" + computed.incrementAndGet());
  }

  @Test
  void aCommittedBuildsResultIsReusedByEqualKeysAndUnusedOnesAreDropped() {
    Memo memo = Memo.create();
    assertThat(step(memo, "a")).isEqualTo("a #1");
    assertThat(step(memo, "b")).isEqualTo("b #2");
    memo.commit();
    assertThat(step(memo, "a")).isEqualTo("a #1");
    memo.commit();
    // b was not used by the second build: the third computes it again.
    assertThat(step(memo, "b")).isEqualTo("b #3");
    assertThat(memo.size()).isEqualTo(1);
  }

  @Test
  void aFailedBuildKeepsNothingOfItsOwnAndLosesNothingOfTheLastGoodOne() {
    Memo memo = Memo.create();
    step(memo, "a");
    memo.commit();
    step(memo, "a");
    step(memo, "c");
    memo.abandon();
    assertThat(step(memo, "c")).isEqualTo("c #3");
    assertThat(step(memo, "a")).isEqualTo("a #1");
  }

  @Test
  void noneAndNullKeysComputeEveryTime() {
    Memo none = Memo.none();
    step(none, "a");
    none.commit();
    assertThat(step(none, "a")).isEqualTo("a #2");
    Memo memo = Memo.create();
    memo.get(null, computed::incrementAndGet);
    memo.commit();
    assertThat((int) memo.get(null, computed::incrementAndGet)).isEqualTo(4);
  }

  @Test
  void aStepsExceptionPassesThroughAndIsNotKept() {
    Memo memo = Memo.create();
    assertThatThrownBy(() -> memo.get(new Key("x"), () -> {
      throw new java.io.IOException("unreadable");
    })).hasMessage("unreadable");
    assertThat(step(memo, "x")).isEqualTo("x #1");
  }

  @Test
  void sharedPartsCompareByValue() {
    assertThat(Memo.shared(List.of("a", 1))).isEqualTo(Memo.shared(List.of("a", 1)))
        .hasSameHashCodeAs(Memo.shared(List.of("a", 1)))
        .isNotEqualTo(Memo.shared(List.of("a", 2)));
  }
}
