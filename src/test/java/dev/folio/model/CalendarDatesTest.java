package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date that is not in the calendar is named for what is wrong with it. */
class CalendarDatesTest {
  @Test
  void aRealDateOrMonthIsFine() {
    assertThat(CalendarDates.check("2024-02-29", false)).isEmpty();
    assertThat(CalendarDates.check("2024-12", true)).isEmpty();
  }

  @Test
  void monthThirteenIsNamed() {
    assertThat(CalendarDates.check("2023-13-01", false))
        .hasValueSatisfying(
            wrong -> {
              assertThat(wrong.message())
                  .isEqualTo("is not a date in the calendar: there is no month 13");
              assertThat(wrong.hint()).startsWith("months run from 01 to 12");
            });
    assertThat(CalendarDates.check("2023-00", true).orElseThrow().message())
        .isEqualTo("is not a month in the calendar: there is no month 00");
  }

  @Test
  void aDayPastTheEndOfItsMonthIsNamedWithTheMonthsLength() {
    CalendarDates.Wrong wrong = CalendarDates.check("2024-02-30", false).orElseThrow();
    assertThat(wrong.message())
        .isEqualTo("is not a date in the calendar: there is no 30 February in 2024");
    assertThat(wrong.hint()).startsWith("February 2024 has 29 days");
    assertThat(CalendarDates.check("2023-02-29", false).orElseThrow().hint())
        .startsWith("February 2023 has 28 days (2023 is not a leap year)");
    assertThat(CalendarDates.check("2023-04-31", false).orElseThrow().hint())
        .startsWith("April has 30 days");
  }

  @Test
  void anotherFormIsNamedWithTheFormToWrite() {
    CalendarDates.Wrong wrong = CalendarDates.check("28/05/2020", false).orElseThrow();
    assertThat(wrong.message()).isEqualTo("must be a date written YYYY-MM-DD, got \"28/05/2020\"");
    assertThat(wrong.hint()).isEqualTo("write it YYYY-MM-DD, e.g. 2023-03-01");
  }
}
