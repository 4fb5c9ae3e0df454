package dev.folio.load;

import dev.folio.model.Language;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** How a data file's field reads as a value, the one place that says so. */
public final class Values {
  private Values() {}

  /**
   * A field's value as the model holds it: text ({@code undisclosed} the word for a figure not
   * disclosed), a number, true or false, or text in every one of {@code languages}; empty for
   * anything else. One reading for the data files and for their versions in git history.
   */
  public static Optional<Value> of(JsonNode node, List<Language> languages) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isString()) {
      return Optional.of(
          node.asString().equals(Value.Undisclosed.WORD)
              ? Value.UNDISCLOSED
              : new Value.Str(node.asString()));
    }
    if (node.isNumber()) {
      return Optional.of(new Value.Num(node.decimalValue()));
    }
    if (node.isBoolean()) {
      return Optional.of(new Value.Bool(node.asBoolean()));
    }
    if (node.isObject()
        && node.size() == languages.size()
        && languages.stream().allMatch(l -> node.path(l.folder()).isString())) {
      return Optional.of(
          new Value.Localized(Text.each(languages, l -> node.get(l.folder()).asString())));
    }
    return Optional.empty();
  }
}
