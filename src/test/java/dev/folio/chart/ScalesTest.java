package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scales and their ticks: nice steps, nice domains, log decades, bands and calendar ticks. */
class ScalesTest {
  @ParameterizedTest(name = "{0} to {1}, about {2} ticks: step {3}")
  @CsvSource({
    "0, 10, 10, 1",
    "0, 78, 5, 20",
    "0, 78, 10, 10",
    "0, 1, 5, 0.2",
    "0, 1, 10, 0.1",
    "0, 0.03, 3, 0.01",
    "-1, 1, 4, 0.5",
    "3, 78, 4, 20",
    "0, 2500, 5, 500",
    "0, 7, 6, 1",
  })
  void niceStepsAreOneTwoOrFiveTimesAPowerOfTen(double start, double stop, int count, double step) {
    assertThat(Ticks.step(start, stop, count)).isCloseTo(step, within(1e-12));
  }

  @Test
  void ticksAreExactMultiplesOfTheStep() {
    assertThat(Ticks.linear(0, 1, 5)).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
    assertThat(Ticks.linear(0, 0.3, 3)).containsExactly(0.0, 0.1, 0.2, 0.3);
    assertThat(Ticks.linear(-1, 1, 4)).containsExactly(-1.0, -0.5, 0.0, 0.5, 1.0);
    assertThat(Ticks.linear(0, 80, 4)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0);
    assertThat(Ticks.linear(3, 78, 4)).containsExactly(20.0, 40.0, 60.0);
    assertThat(Ticks.linear(5, 5, 4)).containsExactly(5.0);
  }

  @Test
  void aNiceDomainEndsOnTicks() {
    assertThat(Ticks.nice(3, 78, 5)).containsExactly(0.0, 80.0);
    assertThat(Ticks.nice(0.13, 0.87, 4)).containsExactly(0.0, 1.0);
    assertThat(Ticks.nice(0, 562500, 5)).containsExactly(0.0, 600000.0);
    LinearScale scale = new LinearScale(0, 78, 100, 500).nice(5);
    assertThat(scale.d1()).isEqualTo(80);
    assertThat(scale.map(40)).isEqualTo(300);
    assertThat(new LinearScale(0, 80, 500, 100).map(20)).isEqualTo(400);
  }

  @Test
  void aLogScaleGivesEachDecadeTheSameLengthAndTicksAtPowersOfTen() {
    LogScale scale = new LogScale(7e10, 1e13, 0, 300).nice();
    assertThat(scale.d0()).isEqualTo(1e10);
    assertThat(scale.d1()).isEqualTo(1e13);
    assertThat(scale.map(1e11)).isCloseTo(100, within(1e-9));
    assertThat(scale.map(1e12) - scale.map(1e11)).isCloseTo(100, within(1e-9));
    assertThat(scale.ticks(10)).containsExactly(1e10, 1e11, 1e12, 1e13);
    assertThat(Ticks.log(1, 1e9, 4)).containsExactly(1.0, 1e3, 1e6, 1e9);
    assertThat(Ticks.log(0.01, 10, 10)).containsExactly(0.01, 0.1, 1.0, 10.0);
    assertThat(new LogScale(3, 3, 0, 10).nice().d1()).isEqualTo(10);
  }

  @Test
  void aLogScaleRefusesWhatItCannotShow() {
    assertThatThrownBy(() -> new LogScale(0, 10, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LogScale(1, 10, 0, 1).map(-5))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bandsShareTheRangeWithPaddingBetweenAndAround() {
    BandScale bands = new BandScale(List.of("a", "b", "c"), 0, 100, 0.2, 0.1);
    double step = 100 / 3.0;
    assertThat(bands.step()).isCloseTo(step, within(1e-9));
    assertThat(bands.bandwidth()).isCloseTo(step * 0.8, within(1e-9));
    assertThat(bands.start("a")).isCloseTo(step * 0.1, within(1e-9));
    assertThat(bands.start(2) + bands.bandwidth() + step * 0.1).isCloseTo(100, within(1e-9));
    assertThat(bands.center(1)).isCloseTo(50, within(1e-9));
    assertThatThrownBy(() -> bands.start("d")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void timeTicksFallOnCalendarBoundaries() {
    TimeScale years = new TimeScale(LocalDate.of(2017, 6, 1), LocalDate.of(2023, 2, 1), 0, 600);
    assertThat(years.ticks(8))
        .extracting(TimeScale.Tick::date)
        .containsExactly(
            LocalDate.of(2018, 1, 1),
            LocalDate.of(2019, 1, 1),
            LocalDate.of(2020, 1, 1),
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2023, 1, 1));
    assertThat(years.ticks(8)).allMatch(t -> t.unit() == Chart.DateUnit.YEAR);
    TimeScale nice = years.nice(8);
    assertThat(nice.d0()).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(nice.d1()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(years.ticks(3))
        .extracting(TimeScale.Tick::date)
        .containsExactly(
            LocalDate.of(2018, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1));

    TimeScale weeks = new TimeScale(LocalDate.of(2023, 1, 10), LocalDate.of(2023, 2, 3), 0, 600);
    assertThat(weeks.ticks(5))
        .extracting(TimeScale.Tick::date)
        .containsExactly(
            LocalDate.of(2023, 1, 16), LocalDate.of(2023, 1, 23), LocalDate.of(2023, 1, 30));
    assertThat(weeks.nice(5).d0()).isEqualTo(LocalDate.of(2023, 1, 9));
    assertThat(weeks.nice(TimeScale.Interval.MONTH).ticks(TimeScale.Interval.MONTH))
        .extracting(TimeScale.Tick::date)
        .containsExactly(
            LocalDate.of(2023, 1, 1), LocalDate.of(2023, 2, 1), LocalDate.of(2023, 3, 1));
    assertThat(years.map(LocalDate.of(2017, 6, 1))).isZero();
    assertThat(years.map(LocalDate.of(2023, 2, 1))).isEqualTo(600);
  }
}
