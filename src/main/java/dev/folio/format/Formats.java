package dev.folio.format;

import dev.folio.model.Column;
import dev.folio.model.Language;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * How values read in one language, from the JDK's locale data for the language's locale: grouped
 * digits, large counts in the language's own units (1750亿, 175 billion), percentages, dates
 * (2023年3月1日, 1 Mar 2023). Explicit locales, so the output never depends on the machine.
 */
public final class Formats {
  /** From here up, a count in a table is written in the language's large units (million, 万). */
  private static final BigDecimal COMPACT_FROM = BigDecimal.valueOf(1_000_000);

  /** From here up, a count on an axis is (10K, 1万): an axis has less room than a table. */
  private static final BigDecimal SHORT_FROM = BigDecimal.valueOf(10_000);

  /**
   * The JDK's number formats, made once per locale rather than for every number: making one reads
   * and parses the locale's patterns. A NumberFormat is not thread-safe, so these prototypes are
   * only ever copied (a DecimalFormat's copy is independent of it), never used.
   */
  private static final ConcurrentMap<Locale, NumberFormat> NUMBER = new ConcurrentHashMap<>();

  private static final ConcurrentMap<Locale, NumberFormat> PERCENT = new ConcurrentHashMap<>();

  /**
   * The compact formats, set up and kept per thread: on Java 17 a copy of a CompactNumberFormat
   * shares its inner DecimalFormats with the original (JDK-8368328), so copies are not independent.
   * Their settings never change after they are made.
   */
  private static final ThreadLocal<Map<CompactKey, NumberFormat>> COMPACT =
      ThreadLocal.withInitial(HashMap::new);

  private record CompactKey(Locale locale, NumberFormat.Style style) {}

  private final Language lang;
  private final Locale locale;
  private final Function<String, String> strings;
  private final DateTimeFormatter date;
  private final DateTimeFormatter month;
  private final DateTimeFormatter shortMonth;
  private final DateTimeFormatter day;

  /**
   * @param strings the language's interface string of a key (yes, no, not disclosed)
   */
  public Formats(Language lang, Function<String, String> strings) {
    this.lang = lang;
    this.locale = lang.locale();
    this.strings = strings;
    String medium = pattern(FormatStyle.MEDIUM);
    this.date = dates(medium);
    this.month = dates(DatePatterns.without(pattern(FormatStyle.LONG), 'd'));
    this.shortMonth = dates(DatePatterns.without(medium, 'd'));
    this.day = dates(DatePatterns.without(medium, 'y'));
  }

  /**
   * Dates in the digits of the locale's numbers (a DateTimeFormatter writes 0-9 unless told): ar
   * writes its dates in Arabic-Indic digits, as it writes its numbers; ar-MA and ar-u-nu-latn in
   * 0-9.
   */
  private DateTimeFormatter dates(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(DecimalStyle.of(locale));
  }

  private String pattern(FormatStyle style) {
    return DateTimeFormatterBuilder.getLocalizedDateTimePattern(
        style, null, IsoChronology.INSTANCE, locale);
  }

  /** A table cell's value as readers see it. */
  public String value(Value value, Column.Format format) {
    return value(value, format, null, null);
  }

  /**
   * A table cell's value as readers see it, a number rounded to {@code digits} significant digits
   * first when {@code digits} is not null (a column's {@code digits}).
   */
  public String value(Value value, Column.Format format, Integer digits) {
    return value(value, format, digits, null);
  }

  /** A value of {@code column} as readers see it, at the column's precision. */
  public String value(Value value, Column column) {
    return value(value, column.format(), column.digits(), column.decimals());
  }

  /**
   * A table cell's value as readers see it. A number of a {@code number} or {@code percent} column
   * shows {@code digits} significant digits (trailing zeros kept, so that every cell of the column
   * says as much; a whole number stays whole) or {@code decimals} decimals, when either is set;
   * years and integers are never rounded; text shows a number as written.
   */
  public String value(Value value, Column.Format format, Integer digits, Integer decimals) {
    if (value instanceof Value.Localized localized) {
      return localized.text().in(lang);
    }
    if (value instanceof Value.Undisclosed) {
      return strings.apply("value.undisclosed");
    }
    if (value instanceof Value.Bool bool) {
      return strings.apply(bool.value() ? "value.yes" : "value.no");
    }
    if (value instanceof Value.Num num) {
      return switch (format) {
        case TEXT -> num.value().toPlainString();
        case YEAR -> year(num.value());
        case INTEGER -> number(num.value());
        case COUNT -> count(rounded(num.value(), digits));
        case PERCENT -> percent(num.value(), digits, decimals);
        default -> precise(num.value(), digits, decimals);
      };
    }
    String text = ((Value.Str) value).value();
    return switch (format) {
      case DATE -> date(text);
      case MONTH -> month(text);
      default -> text;
    };
  }

  /** {@code value} to exactly {@code digits} significant digits (0.038 to 3 is 0.0380). */
  private static BigDecimal rounded(BigDecimal value, Integer digits) {
    if (digits == null) {
      return value;
    }
    BigDecimal round = value.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    return round.signum() != 0 && round.precision() < digits
        ? round.setScale(round.scale() + digits - round.precision(), RoundingMode.UNNECESSARY)
        : round;
  }

  /**
   * A number at a column's precision: significant digits or decimals, zeros kept; or as written.
   */
  private String precise(BigDecimal value, Integer digits, Integer decimals) {
    if (decimals != null) {
      return fixed(value.setScale(decimals, RoundingMode.HALF_EVEN), decimals);
    }
    if (digits != null && value.stripTrailingZeros().scale() > 0) {
      BigDecimal round = rounded(value, digits);
      return fixed(round, Math.max(0, round.scale()));
    }
    // A whole number stays whole (24, not 24.00), rounded only past the column's digits.
    return number(
        digits == null ? value : value.round(new MathContext(digits, RoundingMode.HALF_EVEN)));
  }

  private String fixed(BigDecimal value, int decimals) {
    NumberFormat format = copy(NUMBER, NumberFormat::getInstance);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(value);
  }

  /** A year: its digits in the locale's numerals, never grouped or rounded (2023, not 2,023). */
  public String year(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    NumberFormat format = copy(NUMBER, NumberFormat::getInstance);
    format.setGroupingUsed(false);
    int scale = Math.max(0, plain.scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(plain);
  }

  /** Grouped digits, as many decimals as written: 175,000,000,000 and 0.064. */
  public String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    int scale = Math.max(0, plain.scale());
    NumberFormat format = copy(NUMBER, NumberFormat::getInstance);
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(plain);
  }

  /** A double for computed figures, to {@code significant} significant digits. */
  public String number(double value, int significant) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return number(
        new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_EVEN)));
  }

  /**
   * A computed figure to exactly {@code significant} significant digits, trailing zeros kept:
   * 0.0160 to three digits says what it knows.
   */
  public String significant(double value, int significant) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    BigDecimal rounded =
        new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_EVEN));
    NumberFormat format = copy(NUMBER, NumberFormat::getInstance);
    int scale = Math.max(0, rounded.scale());
    format.setMinimumFractionDigits(scale);
    format.setMaximumFractionDigits(scale);
    return format.format(rounded);
  }

  /** Large counts the way the language says them: 1750亿 / 175 billion; small ones grouped. */
  public String count(BigDecimal value) {
    return compact(value, NumberFormat.Style.LONG, COMPACT_FROM);
  }

  /** A count as an axis has room for it: 1750亿 / 175B. */
  public String shortCount(BigDecimal value) {
    return compact(value, NumberFormat.Style.SHORT, SHORT_FROM);
  }

  private String compact(BigDecimal value, NumberFormat.Style style, BigDecimal from) {
    if (value.abs().compareTo(from) < 0) {
      return number(value);
    }
    NumberFormat format =
        COMPACT
            .get()
            .computeIfAbsent(
                new CompactKey(locale, style),
                key -> {
                  NumberFormat made = NumberFormat.getCompactNumberInstance(locale, style);
                  made.setMaximumFractionDigits(2);
                  made.setRoundingMode(RoundingMode.HALF_EVEN);
                  return made;
                });
    // CompactNumberFormat drops every decimal of a BigDecimal (1.17亿 came out 1亿); a double
    // holds these magnitudes to more digits than the two it shows.
    return format.format(value.doubleValue());
  }

  /** A fresh copy of this locale's format of a kind, to set up and use once. */
  private NumberFormat copy(
      ConcurrentMap<Locale, NumberFormat> prototypes, Function<Locale, NumberFormat> make) {
    return (NumberFormat) prototypes.computeIfAbsent(locale, make).clone();
  }

  /** 0.3 → 30%. */
  public String percent(BigDecimal fraction) {
    return percent(fraction, null, null);
  }

  /**
   * 0.3 → 30%, to {@code digits} significant digits (zeros kept) or {@code decimals} decimals of
   * the percentage when either is set.
   */
  public String percent(BigDecimal fraction, Integer significant, Integer decimals) {
    BigDecimal plain =
        (significant == null ? fraction : rounded(fraction, significant)).stripTrailingZeros();
    int digits;
    if (decimals != null) {
      digits = decimals;
    } else if (significant != null) {
      digits = Math.max(0, rounded(fraction, significant).scale() - 2);
    } else {
      digits = Math.max(0, plain.scale() - 2);
    }
    NumberFormat format = copy(PERCENT, NumberFormat::getPercentInstance);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(plain);
  }

  /** 2023-03-01 → 2023年3月1日 / 1 Mar 2023: the locale's medium date. */
  public String date(String isoDate) {
    return date.format(LocalDate.parse(isoDate));
  }

  /** 2023-03-01 → 2023年3月1日 / 1 March 2023: the locale's long date. */
  public String longDate(LocalDate date) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(locale)
        .withDecimalStyle(DecimalStyle.of(locale))
        .format(date);
  }

  /** 2020-05 → 2020年5月 / May 2020. */
  public String month(String isoMonth) {
    return month.format(YearMonth.parse(isoMonth));
  }

  /** A month as an axis labels it: 2020年5月 / May 2020 (the locale's short month). */
  public String shortMonth(LocalDate date) {
    return shortMonth.format(date);
  }

  /** A day within a year, as an axis labels it: 3月1日 / 1 Mar. */
  public String day(LocalDate date) {
    return day.format(date);
  }

  public boolean isNumeric(Column.Format format) {
    return format == Column.Format.NUMBER
        || format == Column.Format.INTEGER
        || format == Column.Format.YEAR
        || format == Column.Format.COUNT
        || format == Column.Format.PERCENT;
  }
}
