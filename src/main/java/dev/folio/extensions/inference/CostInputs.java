package dev.folio.extensions.inference;

import dev.folio.extension.Inputs;
import dev.folio.extensions.inference.calculator.Calculation;
import dev.folio.extensions.inference.calculator.ScenarioField;
import dev.folio.extensions.inference.model.AcceleratorSpec;
import dev.folio.extensions.inference.model.InvalidCostInputException;
import dev.folio.extensions.inference.model.PrintedNumber;
import dev.folio.extensions.inference.model.PublishedFigures;
import dev.folio.extensions.inference.model.PublishedTable;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.extensions.inference.model.ServerHardware;
import dev.folio.model.Cell;
import dev.folio.model.DataTable;
import dev.folio.model.Problems;
import dev.folio.model.Row;
import dev.folio.model.Similarity;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cost model's inputs, read from the extension's data files: accelerators, model shapes,
 * scenarios and the report's published table. A scenario's numbers are mapped to the model's
 * records through {@link ScenarioField} and {@link Calculation#scenario} — the very mapping the
 * live calculator uses — so the tables and the page compute from the same doubles. Every value the
 * model rejects is reported at its cell.
 */
public final class CostInputs {
  /** {@code PublishedTable} component → the id of the published table's row that holds it. */
  private static final Map<String, String> PUBLISHED_ROWS =
      Map.of(
          "layers",
          "layers",
          "hiddenSize",
          "hiddenSize",
          "batchSize",
          "batchSize",
          "serverPeakPetaflops",
          "peakPetaflops",
          "utilisation",
          "flopsUtilization",
          "serverBandwidthTBps",
          "bandwidthTBps",
          "bandwidthLoss",
          "bandwidthLoss",
          "outputTokens",
          "outputTokens",
          "usdPerHour",
          "usdPerHour");

  /** The published table's derived figures, by row id, in the order of PublishedFigures. */
  private static final List<String> PRINTED =
      List.of(
          "bytesPerToken",
          "memoryTimePerToken",
          "computeTimePerToken",
          "promptTokensPerWeightLoad",
          "weightLoadTime",
          "criticalIntensity",
          "requestTime",
          "costPerRequestCents");

  /**
   * One accelerator: the model's record, plus what only the hardware check and pages need, and its
   * inputs by {@link ScenarioField} as the model receives them.
   */
  public record Accelerator(
      AcceleratorSpec spec,
      double sparsePeakFlops,
      String name,
      Row row,
      Map<ScenarioField, Double> values) {}

  /** One model shape of the models table: its name, its row, its inputs by field. */
  public record Model(String id, Text name, Row row, Map<ScenarioField, Double> values) {}

  /**
   * One scenario, ready to run.
   *
   * @param values its inputs by {@link ScenarioField}, as the model receives them
   * @param batchSweep the batch sizes to evaluate it at as well, empty for none
   * @param pos where its row is written
   */
  public record ScenarioInput(
      String id,
      Text label,
      String modelId,
      String acceleratorId,
      Scenario scenario,
      Map<ScenarioField, Double> values,
      List<Integer> batchSweep,
      SourcePos pos) {
    public ScenarioInput {
      values = Collections.unmodifiableMap(new EnumMap<>(values));
      batchSweep = List.copyOf(batchSweep);
    }
  }

  /**
   * The report's cost table and the server it names, for the as-published reproduction.
   *
   * @param source the published table, for labels and figures as printed
   */
  public record PublishedInput(PublishedTable table, ServerHardware server, DataTable source) {}

  private final Map<String, Accelerator> accelerators;
  private final Map<String, Model> models;
  private final Map<String, ScenarioInput> scenarios;
  private final PublishedInput published;
  private final String reportScenario;

  private CostInputs(
      Map<String, Accelerator> accelerators,
      Map<String, Model> models,
      Map<String, ScenarioInput> scenarios,
      PublishedInput published,
      String reportScenario) {
    this.accelerators = Collections.unmodifiableMap(accelerators);
    this.models = Collections.unmodifiableMap(models);
    this.scenarios = Collections.unmodifiableMap(scenarios);
    this.published = published;
    this.reportScenario = reportScenario;
  }

  /** Accelerators by id, in file order. */
  public Map<String, Accelerator> accelerators() {
    return accelerators;
  }

  /** Model shapes by id, in file order. */
  public Map<String, Model> models() {
    return models;
  }

  /** Scenarios by id, in file order. */
  public Map<String, ScenarioInput> scenarios() {
    return scenarios;
  }

  /** The published table, when the site has one. */
  public Optional<PublishedInput> published() {
    return Optional.ofNullable(published);
  }

  /** The scenario that stands for the report's own, when the site names one. */
  public Optional<ScenarioInput> reportScenario() {
    return Optional.ofNullable(reportScenario).map(scenarios::get);
  }

  /** Reads the inputs, reporting every problem; what has a problem is left out. */
  public static CostInputs read(Inputs inputs, Problems problems) {
    return new Reader(inputs, problems).read();
  }

  /** One pass over the data files. */
  private static final class Reader {
    private final Inputs inputs;
    private final Problems problems;

    Reader(Inputs inputs, Problems problems) {
      this.inputs = inputs;
      this.problems = problems;
    }

    CostInputs read() {
      Map<String, Accelerator> accelerators = new LinkedHashMap<>();
      DataTable acceleratorTable = inputs.table(InferenceCostExtension.ACCELERATORS);
      for (Row row : identified(acceleratorTable)) {
        accelerator(row).ifPresent(a -> accelerators.put(row.id(), a));
      }
      Map<String, Model> models = new LinkedHashMap<>();
      DataTable modelTable = inputs.table(InferenceCostExtension.MODELS);
      for (Row row : identified(modelTable)) {
        if (headsFit(row)) {
          models.put(
              row.id(),
              new Model(
                  row.id(),
                  text(row.value("name").orElseThrow()),
                  row,
                  values(row, ScenarioField.Source.MODEL)));
        }
      }
      Map<String, ScenarioInput> scenarios = new LinkedHashMap<>();
      DataTable scenarioTable = inputs.table(InferenceCostExtension.SCENARIOS);
      for (Row row : identified(scenarioTable)) {
        scenario(row, accelerators, models).ifPresent(s -> scenarios.put(row.id(), s));
      }
      String report = inputs.word(InferenceCostExtension.REPORT_SCENARIO).orElse(null);
      if (report != null && !scenarios.containsKey(report) && scenarioTable.row(report).isEmpty()) {
        problems.add(
            inputs.pos(InferenceCostExtension.REPORT_SCENARIO),
            "there is no scenario \"" + report + "\" in " + scenarioTable.path(),
            Similarity.closest(report, scenarios.keySet())
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("name the id of one of its rows"));
      }
      PublishedInput published =
          inputs
              .optionalTable(InferenceCostExtension.PUBLISHED)
              .flatMap(t -> published(t, scenarios.get(report), accelerators))
              .orElse(null);
      return new CostInputs(accelerators, models, scenarios, published, report);
    }

    /** The rows of a table, each of which must have an id the others can refer to. */
    private List<Row> identified(DataTable table) {
      List<Row> rows = new ArrayList<>();
      for (Row row : table.rows()) {
        if (row.id() == null) {
          problems.add(
              row.pos(),
              "the inference-cost extension refers to the rows of "
                  + table.name()
                  + " by id, and this row has none",
              "add \"id: …\" to the row");
        } else {
          rows.add(row);
        }
      }
      return rows;
    }

    /** A model has at most as many KV heads as attention heads. */
    private boolean headsFit(Row row) {
      double heads = value(row, ScenarioField.HEADS);
      double kvHeads = value(row, ScenarioField.KV_HEADS);
      if (kvHeads > heads) {
        problems.add(
            pos(row, "kvHeads"),
            "\"kvHeads\" (" + (long) kvHeads + ") must not exceed \"heads\" (" + (long) heads + ")",
            "grouped-query attention"
                + " shares each KV head among several query heads, so a model has at most as many KV"
                + " heads as heads; multi-head attention has the same number");
        return false;
      }
      return true;
    }

    private Optional<Accelerator> accelerator(Row row) {
      try {
        AcceleratorSpec spec =
            AcceleratorSpec.fromDatasheet(
                row.id(),
                value(row, ScenarioField.DENSE_TFLOPS),
                value(row, ScenarioField.HBM_GBPS),
                value(row, ScenarioField.HBM_GB),
                value(row, ScenarioField.LINK_GBPS));
        return Optional.of(
            new Accelerator(
                spec,
                row.number("sparseBf16Tflops") * 1e12,
                row.string("name"),
                row,
                values(row, ScenarioField.Source.ACCELERATOR)));
      } catch (InvalidCostInputException e) {
        problems.add(
            pos(row, ScenarioField.ofComponent(e.field())),
            "the cost model cannot use" + " this value: " + e.getMessage(),
            "see the field's description in the data file's" + " schema");
        return Optional.empty();
      }
    }

    private Optional<ScenarioInput> scenario(
        Row row, Map<String, Accelerator> accelerators, Map<String, Model> models) {
      Accelerator accelerator =
          reference(row, "accelerator", accelerators.keySet(), InferenceCostExtension.ACCELERATORS)
              .map(accelerators::get)
              .orElse(null);
      Model model =
          reference(row, "model", models.keySet(), InferenceCostExtension.MODELS)
              .map(models::get)
              .orElse(null);
      Optional<List<Integer>> sweep = batchSweep(row);
      if (accelerator == null || model == null || sweep.isEmpty()) {
        return Optional.empty();
      }
      Map<ScenarioField, Double> values = new EnumMap<>(ScenarioField.class);
      values.putAll(model.values());
      values.putAll(accelerator.values());
      values.putAll(values(row, ScenarioField.Source.SCENARIO));
      // The data file prices the whole deployment per hour; the model's input, per accelerator.
      values.put(
          ScenarioField.USD_PER_ACCELERATOR_HOUR,
          values.get(ScenarioField.USD_PER_ACCELERATOR_HOUR)
              / values.get(ScenarioField.ACCELERATOR_COUNT));
      try {
        Scenario scenario =
            Calculation.scenario(name -> number(values, name), accelerator.spec().id());
        return Optional.of(
            new ScenarioInput(
                row.id(),
                text(row.value("label").orElseThrow()),
                model.id(),
                accelerator.spec().id(),
                scenario,
                values,
                sweep.get(),
                row.pos()));
      } catch (InvalidCostInputException e) {
        return rejected(
            row, model, accelerator, ScenarioField.ofComponent(e.field()), e.getMessage());
      } catch (Calculation.InvalidInput e) {
        return rejected(
            row, model, accelerator, ScenarioField.ofComponent(e.field()), e.getMessage());
      }
    }

    /** A value the model rejected, at the cell of the row it came from. */
    private Optional<ScenarioInput> rejected(
        Row scenario, Model model, Accelerator accelerator, ScenarioField field, String message) {
      Row row =
          field == null
              ? scenario
              : switch (field.source()) {
                case MODEL -> model.row();
                case ACCELERATOR -> accelerator.row();
                case SCENARIO -> scenario;
              };
      problems.add(
          pos(row, field),
          (field == null ? "" : "\"" + field.column() + "\": ")
              + "the cost model cannot use this value: "
              + message
              + (row == scenario ? "" : " (in scenario \"" + scenario.id() + "\")"),
          "make the scenario's numbers less extreme, or see the field's description in the data"
              + " file's schema");
      return Optional.empty();
    }

    /** The id a scenario names in {@code field}, if it is one of {@code ids}. */
    private Optional<String> reference(Row row, String field, Set<String> ids, String input) {
      String id = row.string(field);
      if (ids.contains(id)) {
        return Optional.of(id);
      }
      DataTable table = inputs.table(input);
      if (table.row(id).isEmpty()) {
        problems.add(
            pos(row, field),
            "\"" + id + "\" is not an id in " + table.path(),
            Similarity.closest(id, ids)
                .map(s -> "did you mean \"" + s + "\"?")
                .orElse("known ids: " + String.join(", ", ids)));
      }
      return Optional.empty();
    }

    /** "1, 8, 32" → [1, 8, 32]. */
    private Optional<List<Integer>> batchSweep(Row row) {
      if (row.value("batchSweep").isEmpty()) {
        return Optional.of(List.of());
      }
      List<Integer> batches = new ArrayList<>();
      for (String part : row.string("batchSweep").split(",")) {
        Integer batch = wholeNumber(part.strip());
        if (batch == null || batch < 1) {
          problems.add(
              pos(row, "batchSweep"),
              "\"" + part.strip() + "\" in \"batchSweep\" is not" + " a batch size",
              "list whole numbers from 1 to " + Integer.MAX_VALUE + ", e.g." + " \"1, 8, 32\"");
          return Optional.empty();
        }
        if (batches.contains(batch)) {
          problems.add(
              pos(row, "batchSweep"),
              "batch size " + batch + " appears twice in \"batchSweep\"",
              "list each batch size once");
          return Optional.empty();
        }
        batches.add(batch);
      }
      return Optional.of(batches);
    }

    private Optional<PublishedInput> published(
        DataTable source, ScenarioInput report, Map<String, Accelerator> accelerators) {
      if (report == null) {
        problems.add(
            inputs.pos(InferenceCostExtension.PUBLISHED),
            "the published table is"
                + " recomputed on the server of the report's own scenario, and none is named",
            "add \""
                + InferenceCostExtension.REPORT_SCENARIO
                + ": ID\" under inference-cost in"
                + " folio.yaml");
        return Optional.empty();
      }
      Map<String, Row> rows = new LinkedHashMap<>();
      for (String id : PUBLISHED_ROWS.values()) {
        requiredRow(source, id).ifPresent(r -> rows.put(id, r));
      }
      List<PrintedNumber> figures = new ArrayList<>();
      for (String id : PRINTED) {
        requiredRow(source, id).flatMap(this::printed).ifPresent(figures::add);
      }
      Optional<Double> bytes =
          inputs.number(InferenceCostExtension.IMPLIED_BYTES).map(BigDecimal::doubleValue);
      if (bytes.isEmpty()) {
        problems.add(
            inputs.pos(InferenceCostExtension.PUBLISHED),
            "recomputing the published"
                + " table needs \""
                + InferenceCostExtension.IMPLIED_BYTES
                + "\"",
            "add the bytes per" + " parameter the table's byte count implies, e.g. 1.5");
      }
      if (rows.size() < PUBLISHED_ROWS.size()
          || figures.size() < PRINTED.size()
          || bytes.isEmpty()) {
        return Optional.empty();
      }
      Optional<Integer> layers = whole(rows.get("layers"));
      Optional<Integer> hidden = whole(rows.get("hiddenSize"));
      Optional<Integer> batch = whole(rows.get("batchSize"));
      Optional<Integer> outputTokens = whole(rows.get("outputTokens"));
      if (layers.isEmpty() || hidden.isEmpty() || batch.isEmpty() || outputTokens.isEmpty()) {
        return Optional.empty();
      }
      return publishedTable(
          rows,
          new Whole(layers.get(), hidden.get(), batch.get(), outputTokens.get()),
          figures,
          bytes.get(),
          report,
          accelerators,
          source);
    }

    /** The published table's whole numbers. */
    private record Whole(int layers, int hidden, int batch, int outputTokens) {}

    /** The published table as the cost model takes it, or a problem at the figure it refuses. */
    private Optional<PublishedInput> publishedTable(
        Map<String, Row> rows,
        Whole whole,
        List<PrintedNumber> figures,
        double bytes,
        ScenarioInput report,
        Map<String, Accelerator> accelerators,
        DataTable source) {
      var deployment = report.scenario().deployment();
      Accelerator accelerator = accelerators.get(deployment.accelerator().id());
      ServerHardware server =
          new ServerHardware(
              accelerator.spec(), deployment.acceleratorCount(), accelerator.sparsePeakFlops());
      try {
        PublishedTable table =
            new PublishedTable(
                whole.layers(),
                whole.hidden(),
                whole.batch(),
                rows.get("peakPetaflops").number("value"),
                rows.get("flopsUtilization").number("value"),
                rows.get("bandwidthTBps").number("value"),
                rows.get("bandwidthLoss").number("value"),
                whole.outputTokens(),
                rows.get("usdPerHour").number("value"),
                bytes,
                new PublishedFigures(
                    figures.get(0),
                    figures.get(1),
                    figures.get(2),
                    figures.get(3),
                    figures.get(4),
                    figures.get(5),
                    figures.get(6),
                    figures.get(7)));
        return Optional.of(new PublishedInput(table, server, source));
      } catch (InvalidCostInputException e) {
        Row row = rows.get(PUBLISHED_ROWS.getOrDefault(e.field(), "layers"));
        problems.add(
            pos(row, "value"),
            "the cost model cannot use this figure: " + e.getMessage(),
            "the inputs of the report's table must be positive numbers, shares between 0 and 1");
        return Optional.empty();
      }
    }

    private Optional<PrintedNumber> printed(Row row) {
      String text = row.string("publishedAs");
      Optional<PrintedNumber> number = PrintedNumbers.parse(text);
      if (number.isEmpty()) {
        problems.add(
            pos(row, "publishedAs"),
            "the cost model cannot read \"" + text + "\" as a number",
            "write the figure as printed in decimal or power-of-ten form,"
                + " e.g. 12.22, 2.61E+11 or 1.7*10⁻⁴");
      }
      return number;
    }

    private Optional<Row> requiredRow(DataTable table, String id) {
      Optional<Row> row = table.row(id);
      if (row.isEmpty()) {
        problems.add(
            SourcePos.file(table.path()),
            "the row \"" + id + "\" is missing",
            "the cost model recomputes the report's table from it; restore the row with id " + id);
      }
      return row;
    }

    /** A published row's value that counts whole units. */
    private Optional<Integer> whole(Row row) {
      Integer value =
          wholeNumber(
              ((Value.Num) row.value("value").orElseThrow())
                  .value()
                  .stripTrailingZeros()
                  .toPlainString());
      if (value == null) {
        problems.add(
            pos(row, "value"),
            "\"value\" must be a whole number here, got "
                + ((Value.Num) row.value("value").orElseThrow()).value().toPlainString(),
            "layers, sizes and token counts are counted in whole units");
      }
      return Optional.ofNullable(value);
    }

    private static Integer wholeNumber(String text) {
      try {
        return Integer.valueOf(text);
      } catch (NumberFormatException notWhole) {
        return null;
      }
    }

    /** The fields a row of one of the data files holds, as the model receives them. */
    private static Map<ScenarioField, Double> values(Row row, ScenarioField.Source source) {
      Map<ScenarioField, Double> values = new EnumMap<>(ScenarioField.class);
      for (ScenarioField field : ScenarioField.values()) {
        if (field.source() == source) {
          values.put(field, value(row, field));
        }
      }
      return Collections.unmodifiableMap(values);
    }

    /** A field's value as the model receives it: NaN where an optional field is absent. */
    private static double value(Row row, ScenarioField field) {
      return row.value(field.column()).orElse(null) instanceof Value.Num num
          ? num.value().doubleValue()
          : Double.NaN;
    }

    private static double number(Map<ScenarioField, Double> values, String name) {
      for (ScenarioField field : ScenarioField.values()) {
        if (field.inputName().equals(name)) {
          return values.get(field);
        }
      }
      return Double.NaN;
    }

    private Text text(Value value) {
      return value instanceof Value.Localized localized
          ? localized.text()
          : Text.same(inputs.languages(), ((Value.Str) value).value());
    }

    private static SourcePos pos(Row row, ScenarioField field) {
      return field == null ? row.pos() : pos(row, field.column());
    }

    private static SourcePos pos(Row row, String key) {
      return row.cell(key).map(Cell::pos).orElse(row.pos());
    }
  }
}
