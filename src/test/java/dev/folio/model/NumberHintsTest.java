package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A hint for text where a number belongs fits the column: its unit, and an example in it. */
class NumberHintsTest {
  @Test
  void theExampleIsTheNumberWrittenWhenItsUnitIsTheColumns() {
    assertThat(NumberHints.hint("bw", Column.Format.NUMBER, "GB/s", "3.35 GB/s"))
        .isEqualTo(
            "column \"bw\" holds numbers in GB/s: write a plain number without quotes or"
                + " units, e.g. 3.35 rather than \"3.35 GB/s\"");
    assertThat(NumberHints.hint("bw", Column.Format.NUMBER, "GB/s", "3.35 TB/s"))
        .endsWith("e.g. 1500 for 1500 GB/s")
        .doesNotContain("3.35");
  }

  @Test
  void largeCountsWrittenInWordsAreMultipliedOut() {
    assertThat(NumberHints.hint("params", Column.Format.COUNT, null, "1750亿"))
        .endsWith("e.g. 175000000000 rather than \"1750亿\"");
    assertThat(NumberHints.hint("params", Column.Format.COUNT, null, "175B"))
        .endsWith("e.g. 175000000000 rather than \"175B\"");
    assertThat(NumberHints.hint("params", Column.Format.COUNT, null, "1,200"))
        .endsWith("e.g. 1200 rather than \"1,200\"");
  }

  @Test
  void aPercentageIsWrittenAsAShare() {
    assertThat(NumberHints.hint("share", Column.Format.PERCENT, null, "45%"))
        .contains("0.25 for 25%")
        .endsWith("e.g. 0.45 rather than \"45%\"");
    assertThat(NumberHints.hint("share", Column.Format.NUMBER, null, "45%")).endsWith("e.g. 1500");
  }

  @Test
  void outsideATableTheHintNamesNoColumn() {
    assertThat(NumberHints.hint(null, null, null, "many"))
        .isEqualTo("write a plain number without quotes or units, e.g. 1500");
  }
}
