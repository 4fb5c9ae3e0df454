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
  void aSharedPartIsOnePerInstanceAcrossBuildsAndEqualByValueAcrossInstances() {
    Memo memo = Memo.create();
    List<String> value = List.of("x", "y");
    Object part = memo.share(value);
    memo.commit();
    assertThat(memo.share(value)).isSameAs(part);
    Object other = memo.share(new java.util.ArrayList<>(value));
    assertThat(other).isNotSameAs(part).isEqualTo(part).hasSameHashCodeAs(part);
    assertThat(memo.share(List.of("z"))).isNotEqualTo(part);
    memo.commit();
    // value was shared by the second build too; a part no build used is made anew.
    assertThat(memo.share(value)).isSameAs(part);
    assertThat(Memo.none().share(value)).isSameAs(value);
    assertThat(memo.share(null)).isNull();
  }

  @Test
  void aKeptResultThatIsNoLongerRightIsComputedAgain() {
    Memo memo = Memo.create();
    String[] read = {"v1"};
    java.util.function.Supplier<String> step = () -> memo.get(new Key("k"),
        kept -> kept.startsWith(read[0]), () -> read[0] + " #" + computed.incrementAndGet());
    assertThat(step.get()).isEqualTo("v1 #1");
    memo.commit();
    assertThat(step.get()).isEqualTo("v1 #1");
    memo.commit();
    read[0] = "v2";
    assertThat(step.get()).isEqualTo("v2 #2");
    memo.commit();
    assertThat(step.get()).isEqualTo("v2 #2");
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
  void canonicalPartsCompareByValueAndAnEqualOneIsTheLastBuildsInstance() {
    Memo memo = Memo.create();
    Object part = memo.canonical(List.of("a", 1));
    assertThat(part).isEqualTo(memo.canonical(new java.util.ArrayList<>(List.of("a", 1))))
        .hasSameHashCodeAs(memo.canonical(List.of("a", 1)))
        .isNotEqualTo(memo.canonical(List.of("a", 2)));
    memo.commit();
    assertThat(memo.canonical(List.of("a", 1))).isSameAs(part);
    assertThat(Memo.none().canonical("x")).isEqualTo("x");
  }
}
