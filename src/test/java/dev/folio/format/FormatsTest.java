package dev.folio.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.model.Column;
import dev.folio.model.Language;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {
  private static final Map<String, String> ZH =
      Map.of("value.undisclosed", "未披露", "value.yes", "是", "value.no", "否");
  private static final Map<String, String> EN =
      Map.of("value.undisclosed", "not disclosed", "value.yes", "yes", "value.no", "no");
  private final Formats zh = new Formats(Language.of("zh-CN", "zh", "中文"), ZH::get);
  private final Formats en =
      new Formats(new Language("en", "en", "English", Locale.forLanguageTag("en-GB")), EN::get);

  @ParameterizedTest(name = "{0} → {1} / {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "175000000000   | 1750亿   | 175 billion",
        "650000000000   | 6500亿   | 650 billion",
        "65000000000    | 650亿    | 65 billion",
        "10000000000000 | 10万亿   | 10 trillion",
        "1600000000000  | 1.6万亿  | 1.6 trillion",
        "117000000      | 1.17亿   | 117 million",
        "8300000000     | 83亿     | 8.3 billion",
        "1500000        | 150万    | 1.5 million",
        "950            | 950      | 950",
        "123456789      | 1.23亿   | 123.46 million"
      })
  void largeCountsReadTheWayEachLanguageSaysThem(String value, String chinese, String english) {
    assertThat(zh.count(new BigDecimal(value))).isEqualTo(chinese);
    assertThat(en.count(new BigDecimal(value))).isEqualTo(english);
  }

  @Test
  void plainNumbersAreGroupedAndKeepTheDecimalsAsWritten() {
    assertThat(en.number(new BigDecimal("175000000000"))).isEqualTo("175,000,000,000");
    assertThat(zh.number(new BigDecimal("0.064"))).isEqualTo("0.064");
    assertThat(en.number(new BigDecimal("12.220"))).isEqualTo("12.22");
    assertThat(en.number(new BigDecimal("2.61E+11"))).isEqualTo("261,000,000,000");
  }

  @Test
  void computedNumbersAreRoundedToSignificantDigitsAndNeverNaN() {
    assertThat(en.number(5.61983, 3)).isEqualTo("5.62");
    assertThat(en.number(0.0124881, 3)).isEqualTo("0.0125");
    assertThatThrownBy(() -> en.number(Double.NaN, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> en.number(Double.POSITIVE_INFINITY, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void percentDatesAndMonthsReadNaturally() {
    assertThat(zh.percent(new BigDecimal("0.3"))).isEqualTo("30%");
    assertThat(en.percent(new BigDecimal("0.15"))).isEqualTo("15%");
    assertThat(zh.date("2023-03-01")).isEqualTo("2023年3月1日");
    assertThat(en.date("2023-03-01")).isEqualTo("1 Mar 2023");
    assertThat(zh.month("2020-05")).isEqualTo("2020年5月");
    assertThat(en.month("2020-05")).isEqualTo("May 2020");
  }

  @Test
  void valuesFollowTheirColumnsFormatAndLanguage() {
    assertThat(
            zh.value(new Value.Localized(Text.of("zh", "谷歌", "en", "Google")), Column.Format.TEXT))
        .isEqualTo("谷歌");
    assertThat(en.value(new Value.Bool(true), Column.Format.BOOLEAN)).isEqualTo("yes");
    assertThat(zh.value(new Value.Bool(false), Column.Format.BOOLEAN)).isEqualTo("否");
    assertThat(en.value(new Value.Str("2023-01-10"), Column.Format.DATE)).isEqualTo("10 Jan 2023");
    assertThat(en.value(new Value.Num(new BigDecimal("0.3")), Column.Format.PERCENT))
        .isEqualTo("30%");
  }

  private static Value num(String written) {
    return new Value.Num(new BigDecimal(written));
  }

  @Test
  void yearsAndIntegersAreNeverGroupedOrRoundedAndTextShowsANumberAsWritten() {
    assertThat(en.value(num("2015"), Column.Format.YEAR)).isEqualTo("2015");
    assertThat(zh.value(num("2015"), Column.Format.YEAR)).isEqualTo("2015");
    assertThat(en.value(num("2015"), Column.Format.YEAR, 2)).isEqualTo("2015");
    assertThat(en.value(num("1234567"), Column.Format.INTEGER, 2)).isEqualTo("1,234,567");
    assertThat(en.value(num("2015"), Column.Format.TEXT)).isEqualTo("2015");
    assertThat(en.value(num("0.0650"), Column.Format.TEXT)).isEqualTo("0.0650");
    // A number column groups; a year in one is the column's format to fix, not the number's.
    assertThat(en.value(num("2015"), Column.Format.NUMBER)).isEqualTo("2,015");
  }

  @Test
  void aColumnsPrecisionAppliesToEveryCellWithItsZeros() {
    String[] written = {"0.0268", "0.02802", "0.0322", "0.038"};
    String[] threeDigits = {"0.0268", "0.0280", "0.0322", "0.0380"};
    String[] threeDecimals = {"0.027", "0.028", "0.032", "0.038"};
    for (int i = 0; i < written.length; i++) {
      assertThat(en.value(num(written[i]), Column.Format.NUMBER, 3, null))
          .isEqualTo(threeDigits[i]);
      assertThat(en.value(num(written[i]), Column.Format.NUMBER, null, 3))
          .isEqualTo(threeDecimals[i]);
    }
    assertThat(en.value(num("1234.5"), Column.Format.NUMBER, null, 2)).isEqualTo("1,234.50");
    // A whole number stays whole: 24 GB is not 24.00 GB.
    assertThat(en.value(num("24"), Column.Format.NUMBER, 4, null)).isEqualTo("24");
    assertThat(en.value(num("123456"), Column.Format.NUMBER, 3, null)).isEqualTo("123,000");
    assertThat(en.value(num("23.99999"), Column.Format.NUMBER, 4, null)).isEqualTo("24.00");
    assertThat(en.value(num("0.3"), Column.Format.PERCENT, null, 1)).isEqualTo("30.0%");
    assertThat(en.value(num("0.125"), Column.Format.PERCENT, 3, null)).isEqualTo("12.5%");
    assertThat(en.value(num("0.1"), Column.Format.PERCENT, 2, null)).isEqualTo("10%");
  }
}
