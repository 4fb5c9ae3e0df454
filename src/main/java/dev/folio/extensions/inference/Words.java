package dev.folio.extensions.inference;

import dev.folio.extension.Inputs;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The words of the computed tables, from the extension's interface strings ({@code cost.*}) in
 * every language of the site, with the numbers in them written each language's way.
 */
final class Words {
  private final Inputs inputs;

  Words(Inputs inputs) {
    this.inputs = inputs;
  }

  /** The extension's inputs, for strings outside {@code cost.*} and each language's formats. */
  Inputs inputs() {
    return inputs;
  }

  /** The interface string {@code cost.KEY} in every language. */
  Text text(String key) {
    return inputs.text("cost." + key);
  }

  /**
   * The interface string {@code cost.KEY} with its placeholders filled: a {@link Figure} written to
   * its significant digits each language's way, {@link Text} in the language, anything else as it
   * is.
   */
  Text text(String key, Map<String, Object> values) {
    return inputs.text(
        "cost." + key,
        lang -> {
          Map<String, String> written = new LinkedHashMap<>();
          values.forEach((name, value) -> written.put(name, written(lang, value)));
          return written;
        });
  }

  /** Labels of fixed codes: {@code cost.PREFIX.CODE} for each code. */
  Map<String, Text> codes(String prefix, String... codes) {
    Map<String, Text> labels = new LinkedHashMap<>();
    for (String code : codes) {
      labels.put(code, text(prefix + "." + code));
    }
    return labels;
  }

  /** A data file's name as a reader cites it, e.g. {@code accelerators.yaml}. */
  static String fileName(DataTable table) {
    return table.path().substring(table.path().lastIndexOf('/') + 1);
  }

  private String written(Language lang, Object value) {
    if (value instanceof Figure figure) {
      return figure.keepZeros()
          ? inputs.formats(lang).significant(figure.value(), figure.digits())
          : inputs.formats(lang).number(figure.value(), figure.digits());
    }
    if (value instanceof Text text) {
      return text.in(lang);
    }
    return String.valueOf(value);
  }

  /**
   * A number for a sentence, rounded to {@code digits} significant digits; {@code keepZeros} writes
   * them all (0.0160), else trailing zeros go (320).
   */
  record Figure(double value, int digits, boolean keepZeros) {
    /** To {@code digits} significant digits, every one written. */
    static Figure of(double value, int digits) {
      return new Figure(value, digits, true);
    }

    /** To at most {@code digits} significant digits. */
    static Figure upTo(double value, int digits) {
      return new Figure(value, digits, false);
    }
  }
}
