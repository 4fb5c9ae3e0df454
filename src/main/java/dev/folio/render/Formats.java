package dev.folio.render;

import dev.folio.model.Column;
import dev.folio.model.Lang;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * How values read in each language: grouped digits, large counts in 亿/万亿 or billion/trillion,
 * dates as 2023年3月1日 or 1 Mar 2023. Explicit locales, so output never depends on the machine.
 */
public final class Formats {
  private static final String[] EN_MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
      "Aug", "Sep", "Oct", "Nov", "Dec"};
  private static final String[] EN_MONTHS_LONG = {"January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December"};

  private final Lang lang;
  private final java.util.function.Function<String, String> strings;

  /** @param strings the language's interface string of a key (the word for "not disclosed") */
  public Formats(Lang lang, java.util.function.Function<String, String> strings) {
    this.lang = lang;
    this.strings = strings;
  }

  /** A table cell's value as readers see it. */
  public String value(Value value, Column.Format format) {
    return value(value, format, null);
  }

  /**
   * A table cell's value as readers see it, a number rounded to {@code digits} significant
   * digits first when {@code digits} is not null (a column's {@code digits}).
   */
  public String value(Value value, Column.Format format, Integer digits) {
    if (digits != null && value instanceof Value.Num num) {
      value = new Value.Num(num.value().round(new MathContext(digits, RoundingMode.HALF_EVEN)));
    }
    if (value instanceof Value.Localized localized) {
      return localized.text().in(lang);
    }
    if (value instanceof Value.Undisclosed) {
      return strings.apply("value.undisclosed");
    }
    if (value instanceof Value.Bool bool) {
      return lang == Lang.ZH ? (bool.value() ? "是" : "否") : (bool.value() ? "yes" : "no");
    }
    if (value instanceof Value.Num num) {
      return switch (format) {
        case COUNT -> count(num.value());
        case PERCENT -> percent(num.value());
        default -> number(num.value());
      };
    }
    String text = ((Value.Str) value).value();
    return switch (format) {
      case DATE -> date(text);
      case MONTH -> month(text);
      default -> text;
    };
  }

  /** Grouped digits, as many decimals as written: 175,000,000,000 and 0.064. */
  public String number(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    int scale = Math.max(0, plain.scale());
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
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
    return number(new BigDecimal(value).round(new MathContext(significant, RoundingMode.HALF_EVEN)));
  }

  /** Large counts the way each language says them: 1750亿 / 175 billion. */
  public String count(BigDecimal value) {
    BigDecimal abs = value.abs();
    if (lang == Lang.ZH) {
      if (abs.compareTo(BigDecimal.TEN.pow(12)) >= 0) {
        return scaled(value, 12) + "万亿";
      }
      if (abs.compareTo(BigDecimal.TEN.pow(8)) >= 0) {
        return scaled(value, 8) + "亿";
      }
      if (abs.compareTo(BigDecimal.TEN.pow(4)) >= 0) {
        return scaled(value, 4) + "万";
      }
      return number(value);
    }
    if (abs.compareTo(BigDecimal.TEN.pow(12)) >= 0) {
      return scaled(value, 12) + " trillion";
    }
    if (abs.compareTo(BigDecimal.TEN.pow(9)) >= 0) {
      return scaled(value, 9) + " billion";
    }
    if (abs.compareTo(BigDecimal.TEN.pow(6)) >= 0) {
      return scaled(value, 6) + " million";
    }
    return number(value);
  }

  private String scaled(BigDecimal value, int powerOfTen) {
    BigDecimal scaled = value.movePointLeft(powerOfTen);
    // At most three significant decimals: 1.17亿, not 1.1700000亿.
    if (scaled.stripTrailingZeros().scale() > 2) {
      scaled = scaled.setScale(2, RoundingMode.HALF_EVEN);
    }
    // Chinese writes 1750亿, never 1,750亿: a count in 万/亿 units is not grouped.
    return lang == Lang.ZH ? scaled.stripTrailingZeros().toPlainString() : number(scaled);
  }

  /** 0.3 → 30%. */
  public String percent(BigDecimal fraction) {
    return number(fraction.movePointRight(2)) + "%";
  }

  /** 2023-03-01 → 2023年3月1日 / 1 Mar 2023. */
  public String date(String isoDate) {
    LocalDate date = LocalDate.parse(isoDate);
    return lang == Lang.ZH
        ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
        : date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  /** 2020-05 → 2020年5月 / May 2020. */
  public String month(String isoMonth) {
    YearMonth month = YearMonth.parse(isoMonth);
    return lang == Lang.ZH ? month.getYear() + "年" + month.getMonthValue() + "月"
        : EN_MONTHS_LONG[month.getMonthValue() - 1] + " " + month.getYear();
  }

  public boolean isNumeric(Column.Format format) {
    return format == Column.Format.NUMBER || format == Column.Format.COUNT
        || format == Column.Format.PERCENT;
  }
}
