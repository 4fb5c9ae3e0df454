package dev.folio.extensions.inference;

import dev.folio.Pipeline;
import dev.folio.extension.Inputs;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.Problems;
import java.nio.file.Path;

/** The inference-cost extension's view of a laid-out fixture, for the extension's tests. */
final class ReportFixture {
  private ReportFixture() {}

  /** The extension's checked inputs of the site at {@code root}. */
  static Inputs inputs(Path root) throws ContentException {
    return new Pipeline(root, null).inputsOf(new InferenceCostExtension());
  }

  /** The cost inputs of the site at {@code root}, as the extension reads them. */
  static CostInputs costs(Path root) throws ContentException {
    Problems problems = new Problems();
    CostInputs costs = CostInputs.read(inputs(root), problems);
    problems.throwIfAny();
    return costs;
  }

  /** The site's content once its extensions have run: its tables and the computed ones. */
  static Content computed(Path root) throws ContentException {
    return new Pipeline(root, null).render().site().reports().get(0);
  }
}
