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
}
