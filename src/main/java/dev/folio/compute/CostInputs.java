package dev.folio.compute;

import dev.folio.compute.cost.AcceleratorSpec;
import dev.folio.compute.cost.Deployment;
import dev.folio.compute.cost.InvalidCostInputException;
import dev.folio.compute.cost.ModelShape;
import dev.folio.compute.cost.Precision;
import dev.folio.compute.cost.PrintedNumber;
import dev.folio.compute.cost.PublishedFigures;
import dev.folio.compute.cost.PublishedTable;
import dev.folio.compute.cost.Scenario;
import dev.folio.compute.cost.ServerHardware;
import dev.folio.compute.cost.Workload;
import dev.folio.model.Cell;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The cost model's inputs, read from the data files: accelerators, model shapes, scenarios and
 * the report's published table. Every value the model rejects is reported at its cell. A
 * reference to an id that does not exist is skipped here: the checker reports it.
 */
public final class CostInputs {
  public static final String ACCELERATORS = "accelerators";
  public static final String MODELS = "llm-specs";
  public static final String SCENARIOS = "cost-scenarios";
  public static final String PUBLISHED = "cost-published";
  /** The report's own scenario; its accelerators are the server the published table names. */
  public static final String REPORT_SCENARIO = "citic-2023";
  /**
   * The report's 2.61E+11 bytes per token over its 12·L·h² parameters: it counted 1.5 bytes per
   * parameter (design note, Mode 1). Not printed in the table, so not in its data file.
   */
  static final double PUBLISHED_BYTES_PER_PARAMETER = 1.5;

  private static final Map<String, String> ACCELERATOR_FIELDS = Map.of(
      "id", "id", "denseTflops", "denseBf16Tflops", "hbmGigabytesPerSecond", "hbmGBps",
      "hbmGigabytes", "hbmGB", "linkGigabytesPerSecond", "linkGBps");
  private static final Map<String, String> MODEL_FIELDS = Map.of(
      "layers", "layers", "hiddenSize", "hiddenSize", "vocabularySize", "vocabulary",
      "parameterCount", "parameters", "kvHeadRatio", "kvHeads");
  private static final Map<String, String> SCENARIO_FIELDS = Map.ofEntries(
      Map.entry("acceleratorCount", "gpus"), Map.entry("utilisation", "utilization"),
      Map.entry("bandwidthEfficiency", "bandwidthEfficiency"), Map.entry("usdPerHour", "usdPerHour"),
      Map.entry("batchSize", "batch"), Map.entry("promptTokens", "promptTokens"),
      Map.entry("outputTokens", "outputTokens"), Map.entry("bytesPerParameter", "bytesPerParam"),
      Map.entry("kvBytesPerElement", "bytesPerParam"),
      Map.entry("activationBytesPerElement", "bytesPerParam"));
  /** PublishedTable component → the cost-published row that holds it. */
  private static final Map<String, String> PUBLISHED_ROWS = Map.of(
      "layers", "layers", "hiddenSize", "hiddenSize", "batchSize", "batchSize",
      "serverPeakPetaflops", "peakPetaflops", "utilisation", "flopsUtilization",
      "serverBandwidthTBps", "bandwidthTBps", "bandwidthLoss", "bandwidthLoss",
      "outputTokens", "outputTokens", "usdPerHour", "usdPerHour");

  /** One accelerator: the model's record, plus what only the hardware check and pages need. */
  public record Accelerator(AcceleratorSpec spec, double sparsePeakFlops, String name) {}

  /**
   * One scenario of {@code cost-scenarios.yaml}, ready to run.
   *
   * @param batchSweep the batch sizes to evaluate it at as well, empty for none
   * @param pos        where its row is written
   */
  public record ScenarioInput(String id, Text label, String modelId, Scenario scenario,
      List<Integer> batchSweep, SourcePos pos) {
    public ScenarioInput {
      batchSweep = List.copyOf(batchSweep);
    }
  }

  /**
   * The report's cost table and the server it names, for the as-published reproduction.
   *
   * @param source the {@code cost-published} data file, for labels and figures as printed
   */
  public record PublishedInput(PublishedTable table, ServerHardware server, DataTable source) {}

  private final Map<String, Accelerator> accelerators;
  private final Map<String, ModelShape> models;
  private final Map<String, ScenarioInput> scenarios;
  private final PublishedInput published;

  private CostInputs(Map<String, Accelerator> accelerators, Map<String, ModelShape> models,
      Map<String, ScenarioInput> scenarios, PublishedInput published) {
    this.accelerators = java.util.Collections.unmodifiableMap(accelerators);
    this.models = java.util.Collections.unmodifiableMap(models);
    this.scenarios = java.util.Collections.unmodifiableMap(scenarios);
    this.published = published;
  }

  /** Accelerators by id, in file order. */
  public Map<String, Accelerator> accelerators() {
    return accelerators;
  }

  /** Model shapes by id, in file order. */
  public Map<String, ModelShape> models() {
    return models;
  }

  /** Scenarios by id, in file order; empty when the project has no scenarios. */
  public Map<String, ScenarioInput> scenarios() {
    return scenarios;
  }

  /** The published table, when the project has one and names its server. */
  public Optional<PublishedInput> published() {
    return Optional.ofNullable(published);
  }

  /** Reads the cost data files of {@code content}; absent files give no inputs of that kind. */
  public static CostInputs read(Content content) throws ContentException {
    return new Reader(content).read();
  }

  /** One pass over the data files, collecting every problem. */
  private static final class Reader {
    private final Content content;
    private final Problems problems = new Problems();

    Reader(Content content) {
      this.content = content;
    }

    CostInputs read() throws ContentException {
      Map<String, Accelerator> accelerators = new LinkedHashMap<>();
      table(ACCELERATORS).ifPresent(t -> t.rows().forEach(row ->
          accelerator(row).ifPresent(a -> accelerators.put(row.id(), a))));
      Map<String, ModelShape> models = new LinkedHashMap<>();
      table(MODELS).ifPresent(t -> t.rows().forEach(row ->
          model(row).ifPresent(m -> models.put(row.id(), m))));
      Map<String, ScenarioInput> scenarios = new LinkedHashMap<>();
      table(SCENARIOS).ifPresent(t -> t.rows().forEach(row ->
          scenario(row, accelerators, models).ifPresent(s -> scenarios.put(row.id(), s))));
      PublishedInput published = table(PUBLISHED)
          .flatMap(t -> published(t, scenarios, accelerators)).orElse(null);
      problems.throwIfAny();
      return new CostInputs(accelerators, models, scenarios, published);
    }

    private Optional<DataTable> table(String name) {
      return Optional.ofNullable(content.tables().get(name));
    }

    private Optional<Accelerator> accelerator(Row row) {
      try {
        AcceleratorSpec spec = AcceleratorSpec.fromDatasheet(row.id(), row.number("denseBf16Tflops"),
            row.number("hbmGBps"), row.number("hbmGB"), row.number("linkGBps"));
        return Optional.of(new Accelerator(spec, row.number("sparseBf16Tflops") * 1e12,
            row.string("name")));
      } catch (InvalidCostInputException e) {
        return rejected(row, ACCELERATOR_FIELDS, e);
      }
    }

    private Optional<ModelShape> model(Row row) {
      Optional<Integer> layers = integer(row, "layers");
      Optional<Integer> hidden = integer(row, "hiddenSize");
      Optional<Integer> heads = integer(row, "heads");
      Optional<Integer> kvHeads = integer(row, "kvHeads");
      Optional<Integer> vocabulary = row.value("vocabulary").isPresent()
          ? integer(row, "vocabulary") : Optional.of(0);
      if (layers.isEmpty() || hidden.isEmpty() || heads.isEmpty() || kvHeads.isEmpty()
          || vocabulary.isEmpty()) {
        return Optional.empty();
      }
      if (kvHeads.get() > heads.get()) {
        problems.add(pos(row, "kvHeads"), "\"kvHeads\" (" + kvHeads.get()
            + ") must not exceed \"heads\" (" + heads.get() + ")", "grouped-query attention shares"
            + " each KV head among several query heads, so a model has at most as many KV heads as"
            + " heads; multi-head attention has the same number");
        return Optional.empty();
      }
      try {
        OptionalDouble parameters = row.value("parameters").isPresent()
            ? OptionalDouble.of(row.number("parameters")) : OptionalDouble.empty();
        return Optional.of(new ModelShape(layers.get(), hidden.get(), vocabulary.get(), parameters,
            (double) kvHeads.get() / heads.get()));
      } catch (InvalidCostInputException e) {
        return rejected(row, MODEL_FIELDS, e);
      }
    }

    private Optional<ScenarioInput> scenario(Row row, Map<String, Accelerator> accelerators,
        Map<String, ModelShape> models) {
      Accelerator accelerator = accelerators.get(row.string("accelerator"));
      ModelShape model = models.get(row.string("model"));
      Optional<Integer> gpus = integer(row, "gpus");
      Optional<Integer> batch = integer(row, "batch");
      Optional<Integer> prompt = integer(row, "promptTokens");
      Optional<Integer> output = integer(row, "outputTokens");
      Optional<List<Integer>> sweep = batchSweep(row);
      if (accelerator == null || model == null || gpus.isEmpty() || batch.isEmpty()
          || prompt.isEmpty() || output.isEmpty() || sweep.isEmpty()) {
        return Optional.empty();
      }
      try {
        Scenario scenario = new Scenario(model, Precision.uniform(row.number("bytesPerParam")),
            new Workload(batch.get(), prompt.get(), output.get()),
            new Deployment(accelerator.spec(), gpus.get(), row.number("utilization"),
                row.number("bandwidthEfficiency"), row.number("usdPerHour")));
        return Optional.of(new ScenarioInput(row.id(), row.text("label"), row.string("model"),
            scenario, sweep.get(), row.pos()));
      } catch (InvalidCostInputException e) {
        return rejected(row, SCENARIO_FIELDS, e);
      }
    }

    /** "1, 8, 32" → [1, 8, 32]; the schema has checked the form. */
    private Optional<List<Integer>> batchSweep(Row row) {
      if (row.value("batchSweep").isEmpty()) {
        return Optional.of(List.of());
      }
      List<Integer> batches = new ArrayList<>();
      for (String part : row.string("batchSweep").split(",")) {
        try {
          int batch = Integer.parseInt(part.strip());
          if (batches.contains(batch)) {
            problems.add(pos(row, "batchSweep"), "batch size " + batch
                + " appears twice in \"batchSweep\"", "list each batch size once");
            return Optional.empty();
          }
          batches.add(batch);
        } catch (NumberFormatException tooLarge) {
          problems.add(pos(row, "batchSweep"), "batch size " + part.strip() + " is too large",
              "batch sizes are at most " + Integer.MAX_VALUE);
          return Optional.empty();
        }
      }
      return Optional.of(batches);
    }

    private Optional<PublishedInput> published(DataTable source,
        Map<String, ScenarioInput> scenarios, Map<String, Accelerator> accelerators) {
      Optional<ServerHardware> server = server(source, scenarios, accelerators);
      Optional<PublishedFigures> printed = printedFigures(source);
      Map<String, Row> rows = new LinkedHashMap<>();
      for (String id : PUBLISHED_ROWS.values()) {
        Optional<Row> row = requiredRow(source, id);
        row.ifPresent(r -> rows.put(id, r));
      }
      if (server.isEmpty() || printed.isEmpty() || rows.size() < PUBLISHED_ROWS.size()) {
        return Optional.empty();
      }
      Optional<Integer> layers = integer(rows.get("layers"), "value");
      Optional<Integer> hidden = integer(rows.get("hiddenSize"), "value");
      Optional<Integer> batch = integer(rows.get("batchSize"), "value");
      Optional<Integer> outputTokens = integer(rows.get("outputTokens"), "value");
      if (layers.isEmpty() || hidden.isEmpty() || batch.isEmpty() || outputTokens.isEmpty()) {
        return Optional.empty();
      }
      try {
        PublishedTable table = new PublishedTable(layers.get(), hidden.get(), batch.get(),
            rows.get("peakPetaflops").number("value"), rows.get("flopsUtilization").number("value"),
            rows.get("bandwidthTBps").number("value"), rows.get("bandwidthLoss").number("value"),
            outputTokens.get(), rows.get("usdPerHour").number("value"),
            PUBLISHED_BYTES_PER_PARAMETER, printed.get());
        return Optional.of(new PublishedInput(table, server.get(), source));
      } catch (InvalidCostInputException e) {
        Row row = rows.get(PUBLISHED_ROWS.getOrDefault(e.field(), "layers"));
        problems.add(pos(row, "value"), "the cost model cannot use this figure: " + e.getMessage(),
            "the inputs of the report's table must be positive numbers, shares between 0 and 1");
        return Optional.empty();
      }
    }

    /** The server the table names: the accelerators of the report's own scenario. */
    private Optional<ServerHardware> server(DataTable source, Map<String, ScenarioInput> scenarios,
        Map<String, Accelerator> accelerators) {
      ScenarioInput report = scenarios.get(REPORT_SCENARIO);
      if (report == null) {
        if (content.tables().containsKey(SCENARIOS)
            && content.tables().get(SCENARIOS).row(REPORT_SCENARIO).isEmpty()) {
          problems.add(SourcePos.file(content.tables().get(SCENARIOS).path()), "there is no"
              + " scenario \"" + REPORT_SCENARIO + "\", which names the server of the report's"
              + " cost table (" + source.path() + ")", "add the report's own scenario with id "
              + REPORT_SCENARIO + ": 8 × a100-80gb-sxm");
        }
        return Optional.empty();
      }
      var deployment = report.scenario().deployment();
      Accelerator accelerator = accelerators.get(deployment.accelerator().id());
      return Optional.of(new ServerHardware(accelerator.spec(), deployment.acceleratorCount(),
          accelerator.sparsePeakFlops()));
    }

    private Optional<PublishedFigures> printedFigures(DataTable source) {
      List<String> ids = List.of("bytesPerToken", "memoryTimePerToken", "computeTimePerToken",
          "promptTokensPerWeightLoad", "weightLoadTime", "criticalIntensity", "requestTime",
          "costPerRequestCents");
      List<PrintedNumber> figures = new ArrayList<>();
      for (String id : ids) {
        requiredRow(source, id).flatMap(this::printed).ifPresent(figures::add);
      }
      if (figures.size() < ids.size()) {
        return Optional.empty();
      }
      return Optional.of(new PublishedFigures(figures.get(0), figures.get(1), figures.get(2),
          figures.get(3), figures.get(4), figures.get(5), figures.get(6), figures.get(7)));
    }

    private Optional<PrintedNumber> printed(Row row) {
      String text = row.string("publishedAs");
      Optional<PrintedNumber> number = PrintedNumbers.parse(text);
      if (number.isEmpty()) {
        problems.add(pos(row, "publishedAs"), "the cost model cannot read \"" + text
            + "\" as a number", "write the figure as printed in decimal or power-of-ten form,"
            + " e.g. 12.22, 2.61E+11 or 1.7*10⁻⁴");
      }
      return number;
    }

    private Optional<Row> requiredRow(DataTable table, String id) {
      Optional<Row> row = table.row(id);
      if (row.isEmpty()) {
        problems.add(SourcePos.file(table.path()), "the row \"" + id + "\" is missing",
            "the cost model recomputes the report's table from it; restore the row with id " + id);
      }
      return row;
    }

    /** A whole-number field (a required number, as the schema has checked). */
    private Optional<Integer> integer(Row row, String key) {
      BigDecimal value = ((Value.Num) row.value(key).orElseThrow()).value();
      if (value.stripTrailingZeros().scale() > 0) {
        problems.add(pos(row, key), "\"" + key + "\" must be a whole number, got "
            + value.toPlainString(), "layers, sizes and token counts are counted in whole units");
        return Optional.empty();
      }
      try {
        return Optional.of(value.intValueExact());
      } catch (ArithmeticException tooLarge) {
        problems.add(pos(row, key), "\"" + key + "\" is too large: " + value.toPlainString(),
            "the cost model takes whole numbers up to " + Integer.MAX_VALUE);
        return Optional.empty();
      }
    }

    private <T> Optional<T> rejected(Row row, Map<String, String> fields,
        InvalidCostInputException e) {
      String key = fields.get(e.field());
      problems.add(key == null ? row.pos() : pos(row, key), (key == null ? "" : "\"" + key
          + "\": ") + "the cost model cannot use this value: " + e.getMessage(),
          "see the field's description in the data file's schema");
      return Optional.empty();
    }

    private static SourcePos pos(Row row, String key) {
      return row.cell(key).map(Cell::pos).orElse(row.pos());
    }
  }
}
