package dev.folio.extensions.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.extensions.inference.model.PrintedNumber;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrintedNumbersTest {
  @ParameterizedTest(name = "{0} reads as {1} with {2} significant digits")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.7*10⁻⁴ | 1.7e-4   | 2",
        "1.7×10⁻⁴ | 1.7e-4   | 2",
        "3*10¹²   | 3e12     | 1",
        "2.61E+11 | 2.61E+11 | 3",
        "0.064    | 0.064    | 2",
        "12.22    | 12.22    | 4",
        "320      | 320      | 3"
      })
  void theReportsNotationsKeepTheirDigits(String printed, String text, int digits) {
    PrintedNumber number = PrintedNumbers.parse(printed).orElseThrow();
    assertThat(number.text()).isEqualTo(text);
    assertThat(number.significantDigits()).isEqualTo(digits);
  }

  @ParameterizedTest
  @ValueSource(strings = {"30%", "about 0.06", "1.7*10^-4", ""})
  void whatIsNoNumberIsNotRead(String printed) {
    assertThat(PrintedNumbers.parse(printed)).isEmpty();
  }
}
