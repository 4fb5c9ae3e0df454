package dev.folio.cli;

import dev.folio.check.ContentChecker;
import dev.folio.compute.CostInputs;
import dev.folio.compute.CostReport;
import dev.folio.compute.CostTables;
import dev.folio.compute.cost.CostModel;
import dev.folio.compute.cost.Deployment;
import dev.folio.compute.cost.Estimate;
import dev.folio.compute.cost.InvalidCostInputException;
import dev.folio.compute.cost.ModelShape;
import dev.folio.compute.cost.Precision;
import dev.folio.compute.cost.Reproduction;
import dev.folio.compute.cost.Scenario;
import dev.folio.compute.cost.Workload;
import dev.folio.load.SourceLoader;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "cost", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Prints one cost scenario of content/data/cost-scenarios.yaml: its inputs and"
        + " the first-principles results, and for citic-2023 the report's table recomputed by its"
        + " own method. Any input can be overridden.",
        "Exit codes: 0 priced, 1 content errors or a scenario that does not fit in memory,"
            + " 2 bad usage (unknown id, bad value)."})
final class CostCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  SourceOptions source;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Choice choice;

  static final class Choice {
    @Option(names = "--scenario", paramLabel = "ID", description = "The scenario to evaluate")
    String scenario;

    @Option(names = "--list", description = "List the scenario ids and stop")
    boolean list;
  }

  enum Format { table, json }

  @Option(names = "--lang", paramLabel = "FOLDER",
      description = "The language of the scenarios' labels, by its folder (default: the site's"
          + " default language)")
  String lang;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (default) or json (camelCase keys, numbers unrounded)")
  Format format;

  @Option(names = "--layers", paramLabel = "N", description = "Layers L")
  Integer layers;

  @Option(names = "--hidden", paramLabel = "N", description = "Hidden size h")
  Integer hidden;

  @Option(names = "--params", paramLabel = "N", description = "Parameter count P. Without it,"
      + " --layers or --hidden make P follow from the shape, 12·L·h² + V·h")
  Double params;

  @Option(names = "--bytes-per-param", paramLabel = "X",
      description = "Bytes per weight, KV element and activation: 2 for FP16/BF16, 1 for INT8")
  Double bytesPerParam;

  @Option(names = "--kv-ratio", paramLabel = "X",
      description = "KV heads ÷ attention heads: 1 for multi-head attention, less for GQA")
  Double kvRatio;

  @Option(names = "--batch", paramLabel = "N", description = "Batch size B")
  Integer batch;

  @Option(names = "--prompt-tokens", paramLabel = "N", description = "Prompt tokens per sequence")
  Integer promptTokens;

  @Option(names = "--output-tokens", paramLabel = "N", description = "Output tokens per sequence")
  Integer outputTokens;

  @Option(names = "--accelerator", paramLabel = "ID",
      description = "Accelerator id from content/data/accelerators.yaml, e.g. h100-sxm")
  String accelerator;

  @Option(names = "--gpus", paramLabel = "N", description = "Number of accelerators N")
  Integer gpus;

  @Option(names = "--utilization", paramLabel = "X", description = "FLOP utilisation, in (0, 1]")
  Double utilization;

  @Option(names = "--bandwidth-efficiency", paramLabel = "X",
      description = "Share of HBM bandwidth achieved, in (0, 1]")
  Double bandwidthEfficiency;

  @Option(names = "--usd-per-hour", paramLabel = "X",
      description = "Price of all the accelerators together, US dollars per hour")
  Double usdPerHour;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CostInputs inputs;
    dev.folio.config.Language language;
    try {
      Content content = SourceLoader.load(source.source);
      ContentChecker.check(CostTables.addTo(content));
      inputs = CostInputs.read(content);
      language = lang == null ? content.config().defaultLanguage()
          : content.config().language(lang).orElseThrow(() -> usage("--lang: \"" + lang
              + "\" is not the folder of a language of this site"));
    } catch (ContentException e) {
      return Reporting.problems(e, err, "nothing was computed.");
    }
    if (choice.list) {
      inputs.scenarios().values().forEach(s -> out.println(s.id() + "\t"
          + s.label().in(language)));
      return 0;
    }
    CostInputs.ScenarioInput chosen = inputs.scenarios().get(choice.scenario);
    if (chosen == null) {
      throw usage("--scenario: unknown scenario \"" + choice.scenario + "\"; known: "
          + String.join(", ", inputs.scenarios().keySet()));
    }
    Scenario scenario = overridden(chosen.scenario(), inputs);
    Estimate estimate = evaluate(scenario);
    Optional<Reproduction> reproduction = chosen.id().equals(CostInputs.REPORT_SCENARIO)
        ? inputs.published().map(p -> CostModel.reproduce(p.table(), p.server()))
        : Optional.empty();
    CostReport report = new CostReport(chosen.id(), chosen.modelId(), estimate, reproduction);
    out.print(format == Format.json ? report.json() : report.table());
    out.flush();
    if (!estimate.fits()) {
      err.println("folio: scenario \"" + chosen.id() + "\" cannot run: " + report.doesNotFitReason());
      return Reporting.CONTENT_ERRORS;
    }
    return 0;
  }

  /** The same load, compute and check as a build, so the data is as valid as the site's. */
  private Estimate evaluate(Scenario scenario) {
    try {
      return CostModel.estimate(scenario);
    } catch (InvalidCostInputException e) {
      throw usage("the overridden inputs cannot be evaluated: " + e.getMessage());
    }
  }

  /** The scenario with every given option applied; a rejected value names its option. */
  private Scenario overridden(Scenario base, CostInputs inputs) {
    try {
      return new Scenario(model(base.model()), precision(base.precision()),
          workload(base.workload()), deployment(base.deployment(), inputs));
    } catch (InvalidCostInputException e) {
      throw usage(optionFor(e.field()) + ": " + e.getMessage());
    }
  }

  private ModelShape model(ModelShape base) {
    boolean reshaped = layers != null || hidden != null;
    OptionalDouble parameterCount = params != null ? OptionalDouble.of(params)
        : reshaped ? OptionalDouble.empty() : base.parameterCount();
    return new ModelShape(or(layers, base.layers()), or(hidden, base.hiddenSize()),
        base.vocabularySize(), parameterCount, or(kvRatio, base.kvHeadRatio()));
  }

  private Precision precision(Precision base) {
    return bytesPerParam == null ? base : Precision.uniform(bytesPerParam);
  }

  private Workload workload(Workload base) {
    return new Workload(or(batch, base.batchSize()), or(promptTokens, base.promptTokens()),
        or(outputTokens, base.outputTokens()));
  }

  private Deployment deployment(Deployment base, CostInputs inputs) {
    Deployment deployment = base;
    if (accelerator != null) {
      CostInputs.Accelerator chosen = inputs.accelerators().get(accelerator);
      if (chosen == null) {
        throw usage("--accelerator: unknown accelerator \"" + accelerator + "\"; known: "
            + String.join(", ", inputs.accelerators().keySet()));
      }
      deployment = deployment.withAccelerator(chosen.spec());
    }
    return new Deployment(deployment.accelerator(), or(gpus, deployment.acceleratorCount()),
        or(utilization, deployment.utilisation()),
        or(bandwidthEfficiency, deployment.bandwidthEfficiency()),
        or(usdPerHour, deployment.usdPerHour()));
  }

  private static final Map<String, String> OPTIONS = Map.ofEntries(
      Map.entry("layers", "--layers"), Map.entry("hiddenSize", "--hidden"),
      Map.entry("parameterCount", "--params"), Map.entry("kvHeadRatio", "--kv-ratio"),
      Map.entry("bytesPerParameter", "--bytes-per-param"),
      Map.entry("kvBytesPerElement", "--bytes-per-param"),
      Map.entry("activationBytesPerElement", "--bytes-per-param"),
      Map.entry("batchSize", "--batch"), Map.entry("promptTokens", "--prompt-tokens"),
      Map.entry("outputTokens", "--output-tokens"), Map.entry("acceleratorCount", "--gpus"),
      Map.entry("utilisation", "--utilization"),
      Map.entry("bandwidthEfficiency", "--bandwidth-efficiency"),
      Map.entry("usdPerHour", "--usd-per-hour"));

  private static String optionFor(String field) {
    return OPTIONS.getOrDefault(field, field);
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static <T> T or(T override, T base) {
    return override != null ? override : base;
  }
}
