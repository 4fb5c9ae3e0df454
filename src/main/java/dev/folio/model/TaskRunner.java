package dev.folio.model;

/**
 * Runs the {@link Task}s of a stage. Stages run their steps through one so that a build session may
 * reuse what the last build computed; they cannot tell whether it did.
 */
@FunctionalInterface
public interface TaskRunner {
  /** Computes every task: a one-off build, or a stage tested alone. */
  TaskRunner DIRECT =
      new TaskRunner() {
        @Override
        public <T> T run(Task<T> task) {
          return task.compute().get();
        }
      };

  /** The task's result: computed now, or an equal one kept from an earlier build. */
  <T> T run(Task<T> task);
}
