package dev.folio.extensions.inference.model;

/** The report's cost table and the design note's first-principles reference scenario. */
final class Fixtures {

  private Fixtures() {}

  /** ChatGPT推理任务成本测算表 exactly as printed. */
  static PublishedTable publishedTable() {
    PublishedFigures printed =
        new PublishedFigures(
            PrintedNumber.of("2.61E+11"),
            PrintedNumber.of("0.064"),
            PrintedNumber.of("1.7e-4"),
            PrintedNumber.of("367"),
            PrintedNumber.of("0.015"),
            PrintedNumber.of("320"),
            PrintedNumber.of("12.22"),
            PrintedNumber.of("2.7"));
    return new PublishedTable(96, 12288, 1, 5, 0.30, 4.8, 0.15, 200, 8, 1.5, printed);
  }

  /** The server the table names: 8 × A100 80GB SXM. */
  static ServerHardware publishedServer() {
    return new ServerHardware(
        TestAccelerators.a100x80(), 8, TestAccelerators.A100_SPARSE_PEAK_FLOPS);
  }

  /** GPT-3-sized model, FP16, 8 × A100-80GB, u 0.3, η 0.85, $8/h, 512 in, 200 out, batch 1. */
  static Scenario gpt3Reference() {
    return new Scenario(
        ModelShape.of(96, 12288),
        Precision.uniform(2),
        new Workload(1, 512, 200),
        new Deployment(TestAccelerators.a100x80(), 8, 0.3, 0.85, 8));
  }
}
