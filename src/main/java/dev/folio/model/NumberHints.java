package dev.folio.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to tell an editor who wrote text where a column wants a number: the column's unit and an
 * example in that unit, made from what was written where it can be ("3.35 GB/s" gives 3.35, "1750亿"
 * gives 175000000000, "25%" in a percent column gives 0.25).
 */
public final class NumberHints {
  /** A number as people write it, then a multiplier word or sign, then anything (a unit). */
  private static final Pattern WRITTEN =
      Pattern.compile(
          "\\s*([-+]?[0-9][0-9,]*(?:\\.[0-9]+)?)\\s*"
              + "(万亿|亿|万|千|%|thousand|million|billion|trillion|bn|[kKmMbBtT](?![a-zA-Z]))?"
              + "\\s*(.*?)\\s*");

  private static final Map<String, BigDecimal> MULTIPLIERS =
      Map.ofEntries(
          Map.entry("万亿", new BigDecimal("1e12")),
          Map.entry("亿", new BigDecimal("1e8")),
          Map.entry("万", new BigDecimal("1e4")),
          Map.entry("千", new BigDecimal("1e3")),
          Map.entry("thousand", new BigDecimal("1e3")),
          Map.entry("k", new BigDecimal("1e3")),
          Map.entry("million", new BigDecimal("1e6")),
          Map.entry("m", new BigDecimal("1e6")),
          Map.entry("billion", new BigDecimal("1e9")),
          Map.entry("bn", new BigDecimal("1e9")),
          Map.entry("b", new BigDecimal("1e9")),
          Map.entry("trillion", new BigDecimal("1e12")),
          Map.entry("t", new BigDecimal("1e12")),
          Map.entry("%", new BigDecimal("0.01")));

  private NumberHints() {}

  /**
   * The hint for {@code written} where column {@code key} (null if the value is not in a table) of
   * {@code format} (null if unknown) and {@code unit} (null if none) wants a number.
   */
  public static String hint(String key, Column.Format format, String unit, String written) {
    String plain =
        format == Column.Format.PERCENT
            ? "write the share as a plain number (0.25 for 25%)"
            : "write a plain number without quotes or units";
    Optional<String> example = example(format, unit, written);
    String hint =
        example
            .map(e -> plain + ", e.g. " + e + " rather than \"" + written + "\"")
            .orElse(
                plain
                    + (format == Column.Format.PERCENT
                        ? ", without quotes"
                        : ", e.g. 1500" + (unit == null ? "" : " for 1500 " + unit)));
    return key == null ? hint : "column \"" + key + "\" " + holds(format, unit) + ": " + hint;
  }

  private static String holds(Column.Format format, String unit) {
    String what =
        switch (format == null ? Column.Format.NUMBER : format) {
          case COUNT -> "holds counts";
          case PERCENT -> "holds shares shown as percentages";
          default -> "holds numbers";
        };
    return unit == null ? what : what + " in " + unit;
  }

  /** The number {@code written} stands for, when it can be read and fits the unit. */
  private static Optional<String> example(Column.Format format, String unit, String written) {
    Matcher m = WRITTEN.matcher(written);
    if (!m.matches()) {
      return Optional.empty();
    }
    String rest = m.group(3);
    if (!rest.isEmpty() && (unit == null || !rest.equalsIgnoreCase(unit.strip()))) {
      return Optional.empty(); // another unit, or words: their number would mislead
    }
    BigDecimal number = new BigDecimal(m.group(1).replace(",", ""));
    String multiplier = m.group(2);
    if (multiplier != null) {
      if (multiplier.equals("%") != (format == Column.Format.PERCENT)) {
        return Optional.empty();
      }
      number = number.multiply(MULTIPLIERS.get(multiplier.toLowerCase(Locale.ROOT)));
    }
    return Optional.of(number.stripTrailingZeros().toPlainString());
  }
}
