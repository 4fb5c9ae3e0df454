package dev.folio.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with a date or a month as written, in words that name it: "there is no month 13",
 * "there is no 30 February in 2024". Every message about a date says it the same way.
 */
public final class CalendarDates {
  private static final Pattern DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern MONTH = Pattern.compile("([0-9]{4})-([0-9]{2})");

  private CalendarDates() {}

  /** A problem with a date or a month: the message's ending and its hint. */
  public record Wrong(String message, String hint) {}

  /**
   * What is wrong with {@code written} as a date (YYYY-MM-DD), or as a month (YYYY-MM) if {@code
   * month}; empty if it is a real one. {@code message} follows the name of the field.
   */
  public static Optional<Wrong> check(String written, boolean month) {
    Matcher m = (month ? MONTH : DATE).matcher(written);
    String kind = month ? "month" : "date";
    String form = month ? "YYYY-MM, e.g. 2023-03" : "YYYY-MM-DD, e.g. 2023-03-01";
    if (!m.matches()) {
      return Optional.of(
          new Wrong(
              "must be a "
                  + kind
                  + " written "
                  + form.substring(0, form.indexOf(','))
                  + ", got \""
                  + written
                  + "\"",
              "write it " + form));
    }
    int year = Integer.parseInt(m.group(1));
    int monthNumber = Integer.parseInt(m.group(2));
    if (monthNumber < 1 || monthNumber > 12) {
      return Optional.of(
          new Wrong(
              "is not a " + kind + " in the calendar: there is no month " + m.group(2),
              "months run from 01 to 12; write it " + form));
    }
    if (month) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group(3));
    if (day < 1) {
      return Optional.of(
          new Wrong(
              "is not a date in the calendar: there is no day 00",
              "days run from 01; write it " + form));
    }
    YearMonth yearMonth = YearMonth.of(year, monthNumber);
    try {
      LocalDate.of(year, monthNumber, day);
      return Optional.empty();
    } catch (DateTimeException e) {
      String name = Month.of(monthNumber).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      String days =
          monthNumber == 2
              ? name
                  + " "
                  + year
                  + " has "
                  + yearMonth.lengthOfMonth()
                  + " days"
                  + (Year.isLeap(year) ? "" : " (" + year + " is not a leap year)")
              : name + " has " + yearMonth.lengthOfMonth() + " days";
      return Optional.of(
          new Wrong(
              "is not a date in the calendar: there is no " + day + " " + name + " in " + year,
              days + "; check the day and the month"));
    }
  }
}
