package dev.folio.extensions.inference;

import dev.folio.extensions.inference.model.PrintedNumber;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a figure as the report printed it into a {@link PrintedNumber}, keeping its digits: {@code
 * 2.61E+11} and {@code 0.064} as they are, and the report's superscript notation {@code 1.7*10⁻⁴}
 * (or {@code 1.7×10⁻⁴}) as {@code 1.7e-4}.
 */
final class PrintedNumbers {
  private static final Pattern SUPERSCRIPT_POWER =
      Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*[*×xX·]\\s*10\\s*([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)");
  private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private PrintedNumbers() {}

  /** The printed figure, or empty when the text is no number the cost model can read. */
  static Optional<PrintedNumber> parse(String printed) {
    String text = printed.strip();
    Matcher power = SUPERSCRIPT_POWER.matcher(text);
    if (power.matches()) {
      text = power.group(1) + "e" + exponent(power.group(2));
    }
    try {
      return Optional.of(PrintedNumber.of(text));
    } catch (IllegalArgumentException notANumber) {
      return Optional.empty();
    }
  }

  private static String exponent(String superscript) {
    StringBuilder digits = new StringBuilder();
    for (char c : superscript.toCharArray()) {
      if (c == '⁻') {
        digits.append('-');
      } else if (c != '⁺') {
        digits.append(SUPERSCRIPT_DIGITS.indexOf(c));
      }
    }
    return digits.toString();
  }
}
