package dev.folio.extension;

import java.util.List;
import java.util.Objects;

/**
 * One input an extension reads, named under its entry in {@code folio.yaml}: a data table (the
 * value names {@code content/data/NAME}) whose rows must have {@code fields}, or a setting (a
 * number or a word).
 */
public record Input(
    String name, Kind kind, boolean required, String description, List<Field> fields) {
  public Input {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    fields = List.copyOf(fields);
  }

  /** What the value in {@code folio.yaml} is. */
  public enum Kind {
    /** The name of a data table. */
    TABLE,
    /** A number. */
    NUMBER,
    /** A word: an id, a field's name. */
    WORD
  }

  public static Input table(String name, boolean required, String description, Field... fields) {
    return new Input(name, Kind.TABLE, required, description, List.of(fields));
  }

  public static Input number(String name, boolean required, String description) {
    return new Input(name, Kind.NUMBER, required, description, List.of());
  }

  public static Input word(String name, boolean required, String description) {
    return new Input(name, Kind.WORD, required, description, List.of());
  }

  /** A field every row of an input table has (or may have), and what it holds. */
  public record Field(String key, Type type, boolean required) {
    public Field {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(type, "type");
    }

    public static Field required(String key, Type type) {
      return new Field(key, type, true);
    }

    public static Field optional(String key, Type type) {
      return new Field(key, type, false);
    }
  }

  /** What a field holds. */
  public enum Type {
    /** A finite number. */
    NUMBER("a number"),
    /** A whole number that fits an int. */
    WHOLE("a whole number"),
    /** Text that is the same in every language: an id, a name, a code. */
    WORD("text"),
    /** Text, the same in every language or written for each. */
    TEXT("text, or text in every language");

    private final String shown;

    Type(String shown) {
      this.shown = shown;
    }

    /** How a message names it: "a whole number". */
    public String shown() {
      return shown;
    }
  }
}
