package dev.folio.cli;

import dev.folio.extension.Contribution;
import dev.folio.extension.Extension;
import dev.folio.extension.Input;
import dev.folio.extension.Inputs;
import dev.folio.model.Problems;
import java.util.List;

/**
 * A test-only extension that fails the way a bug in Folio would ({@code fail: stack-overflow},
 * {@code out-of-memory} or {@code runtime}), to show how the command line reports bugs.
 */
public final class FailingExtension implements Extension {
  @Override
  public String name() {
    return "test-failing";
  }

  @Override
  public List<Input> inputs() {
    return List.of(Input.word("fail", true, "how to fail"));
  }

  @Override
  public void check(Inputs inputs, Problems problems) {}

  @Override
  public Contribution compute(Inputs inputs) {
    switch (inputs.word("fail").orElseThrow()) {
      case "stack-overflow" -> throw new StackOverflowError();
      case "out-of-memory" -> throw new OutOfMemoryError("Java heap space");
      default -> throw new IllegalStateException("a bug");
    }
  }
}
