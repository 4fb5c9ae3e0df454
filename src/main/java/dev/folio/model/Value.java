package dev.folio.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One value of a data-file field, typed as the file wrote it. */
public sealed interface Value {
  /** Text that is the same in both languages: names, ids, dates. */
  record Str(String value) implements Value {
    public Str {
      Objects.requireNonNull(value, "value");
    }
  }

  /** A number, exactly as written (no binary rounding on the way to the page). */
  record Num(BigDecimal value) implements Value {
    public Num {
      Objects.requireNonNull(value, "value");
    }
  }

  record Bool(boolean value) implements Value {}

  /**
   * A figure that is not public, written {@code undisclosed} in a data file: the page says so in
   * each language, charts leave the row out, downloads keep the word.
   */
  record Undisclosed() implements Value {
    /** How a data file writes it. */
    public static final String WORD = "undisclosed";
  }

  /** The one undisclosed value. */
  Undisclosed UNDISCLOSED = new Undisclosed();

  /** Text in both languages. */
  record Localized(Text text) implements Value {
    public Localized {
      Objects.requireNonNull(text, "text");
    }
  }
}
