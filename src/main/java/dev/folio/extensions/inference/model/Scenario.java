package dev.folio.extensions.inference.model;

/**
 * One first-principles scenario: a model at a precision, a workload, and the accelerators.
 *
 * @param model the transformer's shape
 * @param precision bytes per weight, KV element and activation
 * @param workload batch, prompt and output lengths
 * @param deployment accelerators, efficiencies and price
 */
public record Scenario(
    ModelShape model, Precision precision, Workload workload, Deployment deployment) {

  public Scenario {
    Check.present("model", model);
    Check.present("precision", precision);
    Check.present("workload", workload);
    Check.present("deployment", deployment);
  }

  public Scenario withBatchSize(int batchSize) {
    return new Scenario(model, precision, workload.withBatchSize(batchSize), deployment);
  }

  public Scenario withDeployment(Deployment deployment) {
    return new Scenario(model, precision, workload, deployment);
  }
}
