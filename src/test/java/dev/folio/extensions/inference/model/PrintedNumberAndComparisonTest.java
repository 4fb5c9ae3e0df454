package dev.folio.extensions.inference.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrintedNumberAndComparisonTest {

  @ParameterizedTest(name = "{0} has {1} significant digits")
  @CsvSource({
    "2.61E+11, 3",
    "0.064, 2",
    "1.7e-4, 2",
    "367, 3",
    "320, 3",
    "0.015, 2",
    "12.22, 4",
    "2.7, 2",
    "0.0160, 3",
    "-4.80, 3",
    "+5, 1",
    "007, 1"
  })
  void significantDigitsCountWhatThePrinterWroteAfterLeadingZeros(String text, int digits) {
    assertThat(PrintedNumber.of(text).significantDigits()).isEqualTo(digits);
  }

  @Test
  void aPrintedNumberKeepsItsTextAndReadsItsValue() {
    PrintedNumber printed = PrintedNumber.of("2.61E+11");

    assertThat(printed.text()).isEqualTo("2.61E+11");
    assertThat(printed.value()).isEqualTo(2.61e11);
  }

  @ParameterizedTest(name = "{0} to {1} digits is {2}")
  @CsvSource({
    "0.06395, 2, 0.064",
    "312.5, 3, 313",
    "-312.5, 3, -313",
    "2.60919e11, 3, 2.61e11",
    "1.73946e-4, 2, 1.7e-4",
    "12.79016, 4, 12.79",
    "999.96, 4, 1000",
    "367, 3, 367",
    "0, 3, 0",
    "0.1234567890123456789, 17, 0.1234567890123456789"
  })
  void roundingToSignificantDigitsMatchesHowReportsRound(double value, int digits, double rounded) {
    assertThat(Comparison.roundToSignificantDigits(value, digits))
        .isCloseTo(rounded, within(Math.abs(rounded) * 1e-15));
  }

  @Test
  void aFigureOffByMoreThanOnePercentUnroundedIsStillReproducedIfItRoundsToThePrintedDigits() {
    // 1.739e-4 is 2.3% above 1.7e-4, but the report printed two digits and it rounds to 1.7e-4.
    assertThat(Comparison.verdict(1.739e-4, PrintedNumber.of("1.7e-4")))
        .isEqualTo(Verdict.REPRODUCED);
    assertThat(Comparison.relativeDifference(1.739e-4, 1.7e-4)).isCloseTo(0.02294, within(1e-5));
  }

  @Test
  void aFigureIsReproducedWithinOnePercentAfterRoundingAndContradictedBeyond() {
    assertThat(Comparison.verdict(1.0, PrintedNumber.of("1.01"))).isEqualTo(Verdict.REPRODUCED);
    assertThat(Comparison.verdict(1.0, PrintedNumber.of("1.02"))).isEqualTo(Verdict.CONTRADICTED);
    assertThat(Comparison.verdict(312.5, PrintedNumber.of("320"))).isEqualTo(Verdict.CONTRADICTED);
    assertThat(Comparison.verdict(-2.716, PrintedNumber.of("-2.7"))).isEqualTo(Verdict.REPRODUCED);
  }
}
