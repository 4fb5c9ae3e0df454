package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A timeline's axis: one niced scale while marks have room, cut where nothing happens for long when
 * they would crowd, never more than three times, its ticks read differently and name their year
 * where days run over more than one.
 */
class TimeAxisTest {
  private static final Chart.DateLabels LABELS =
      (date, unit) ->
          switch (unit) {
            case YEAR -> Integer.toString(date.getYear());
            case MONTH -> date.getYear() + "-" + date.getMonthValue();
            case DAY -> date.getDayOfMonth() + "/" + date.getMonthValue();
            case DATE -> date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
          };

  /** Labels as wide as their characters, 6 px each, at least 14 px apart. */
  private static final TimeAxis.Legible FIT =
      (at, labels) -> {
        for (int i = 1; i < at.size(); i++) {
          double room = at.get(i) - at.get(i - 1);
          if (room < (labels.get(i).length() + labels.get(i - 1).length()) * 3 + 14) {
            return false;
          }
        }
        return true;
      };

  private static final List<LocalDate> EARLY_2023 =
      dates("2023-01-10", "2023-01-23", "2023-01-28", "2023-01-30", "2023-02-02", "2023-02-03");

  private static List<LocalDate> dates(String... dates) {
    return List.of(dates).stream().map(LocalDate::parse).toList();
  }

  /** Each date kept 8 px from the next. */
  private static List<TimeAxis.Apart> apart(List<LocalDate> dates) {
    List<LocalDate> sorted = dates.stream().sorted().distinct().toList();
    List<TimeAxis.Apart> apart = new ArrayList<>();
    for (int i = 1; i < sorted.size(); i++) {
      apart.add(new TimeAxis.Apart(sorted.get(i - 1), sorted.get(i), 8));
    }
    return apart;
  }

  @Test
  void marksWithRoomGetOneScaleNicedToTheTicks() {
    TimeAxis axis = TimeAxis.of(EARLY_2023, apart(EARLY_2023), 100, 700, LABELS, FIT);
    assertThat(axis.segments()).hasSize(1);
    assertThat(axis.breaks()).isEmpty();
    TimeScale scale = axis.segments().get(0);
    assertThat(scale.d0()).isEqualTo("2023-01-09");
    assertThat(scale.d1()).isEqualTo("2023-02-06");
    assertThat(axis.map(scale.d0())).isEqualTo(100);
    assertThat(axis.map(scale.d1())).isEqualTo(700);
    assertThat(axis.tickLabels()).containsExactly("9/1", "16/1", "23/1", "30/1", "6/2");
  }

  @Test
  void aYearWithNothingIsCutOutAndEachSideNamesItsYear() {
    List<LocalDate> dates = new ArrayList<>(EARLY_2023);
    dates.addAll(dates("2024-02-08", "2024-02-26"));
    TimeAxis axis = TimeAxis.of(dates, apart(dates), 100, 700, LABELS, FIT);
    assertThat(axis.segments()).hasSize(2);
    assertThat(axis.breaks()).hasSize(1);
    assertThat(axis.crowded(apart(dates))).isFalse();
    // Both segments at one length per day; the break between them is as wide as a break.
    TimeScale first = axis.segments().get(0);
    TimeScale second = axis.segments().get(1);
    assertThat(second.r0() - first.r1()).isEqualTo(TimeAxis.BREAK);
    double perDay = (first.r1() - first.r0()) / (first.d1().toEpochDay() - first.d0().toEpochDay());
    assertThat((second.r1() - second.r0()) / (second.d1().toEpochDay() - second.d0().toEpochDay()))
        .isCloseTo(perDay, within(1e-9));
    assertThat(axis.tickLabels())
        .doesNotHaveDuplicates()
        .startsWith("9/1/2023")
        .contains("5/2/2024")
        .doesNotContain("6/2");
    assertThat(axis.tickAt()).isSorted();
    assertThat(axis.map(LocalDate.parse("2024-02-08"))).isBetween(second.r0(), second.r1());
  }

  @Test
  void noMoreThanThreeCutsHoweverCrowded() {
    List<LocalDate> dates = new ArrayList<>();
    for (int year = 2000; year <= 2020; year += 4) {
      dates.add(LocalDate.of(year, 3, 1));
      dates.add(LocalDate.of(year, 3, 2));
    }
    TimeAxis axis = TimeAxis.of(dates, apart(dates), 0, 300, LABELS, FIT);
    assertThat(axis.breaks()).hasSizeLessThanOrEqualTo(3);
    assertThat(axis.tickLabels()).doesNotHaveDuplicates();
    for (LocalDate date : dates) {
      assertThat(axis.map(date)).isBetween(0.0, 300.0);
    }
  }

  @Test
  void aSingleDateStillHasAnAxis() {
    List<LocalDate> one = dates("2023-02-03");
    TimeAxis axis = TimeAxis.of(one, List.of(), 0, 300, LABELS, FIT);
    assertThat(axis.segments()).hasSize(1);
    assertThat(axis.tickLabels()).hasSizeGreaterThanOrEqualTo(2);
    assertThat(axis.map(one.get(0))).isBetween(0.0, 300.0);
  }
}
