package dev.folio.extensions.inference;

import dev.folio.extension.Inputs;
import dev.folio.extension.InputsLoader;
import dev.folio.extensions.inference.calculator.ScenarioField;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Deployment;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.InvalidCostInputException;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.Precision;
import dev.folio.extensions.inference.model.Reproduction;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.extensions.inference.model.Workload;
import dev.folio.model.ContentException;
import dev.folio.model.Language;
import dev.folio.model.Problem;
import dev.folio.model.Problems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(
    name = "cost",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints one cost scenario of the inference-cost extension: its inputs and"
          + " the first-principles results, and for the report's own scenario the report's table"
          + " recomputed by its own method. Any input can be overridden.",
      "Exit codes: 0 priced, 1 content errors or a scenario that does not fit in memory,"
          + " 2 bad usage (unknown id, bad value)."
    })
final class CostCommand implements Callable<Integer> {
  private final InputsLoader loader;

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Project folder with folio.yaml (default: .)")
  Path source;

  CostCommand(InputsLoader loader) {
    this.loader = loader;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Choice choice;

  static final class Choice {
    @Option(names = "--scenario", paramLabel = "ID", description = "The scenario to evaluate")
    String scenario;

    @Option(names = "--list", description = "List the scenario ids and stop")
    boolean list;
  }

  enum Format {
    table,
    json
  }

  @Option(
      names = "--lang",
      paramLabel = "FOLDER",
      description =
          "The language of the table's labels, units and numbers and of the scenarios'"
              + " labels, by its folder (default: the site's default language)")
  String lang;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table (default) or json (camelCase keys, numbers unrounded)")
  Format format;

  @Option(names = "--layers", paramLabel = "N", description = "Layers L")
  Integer layers;

  @Option(names = "--hidden", paramLabel = "N", description = "Hidden size h")
  Integer hidden;

  @Option(
      names = "--params",
      paramLabel = "N",
      description =
          "Parameter count P. Without it,"
              + " --layers or --hidden make P follow from the shape, 12·L·h² + V·h")
  Double params;

  @Option(
      names = "--bytes-per-param",
      paramLabel = "X",
      description = "Bytes per weight, KV element and activation: 2 for FP16/BF16, 1 for INT8")
  Double bytesPerParam;

  @Option(
      names = "--kv-ratio",
      paramLabel = "X",
      description = "KV heads ÷ attention heads: 1 for multi-head attention, less for GQA")
  Double kvRatio;

  @Option(names = "--batch", paramLabel = "N", description = "Batch size B")
  Integer batch;

  @Option(names = "--prompt-tokens", paramLabel = "N", description = "Prompt tokens per sequence")
  Integer promptTokens;

  @Option(names = "--output-tokens", paramLabel = "N", description = "Output tokens per sequence")
  Integer outputTokens;

  @Option(
      names = "--accelerator",
      paramLabel = "ID",
      description = "Accelerator id from content/data/accelerators.yaml, e.g. h100-sxm")
  String accelerator;

  @Option(names = "--gpus", paramLabel = "N", description = "Number of accelerators N")
  Integer gpus;

  @Option(names = "--utilization", paramLabel = "X", description = "FLOP utilisation, in (0, 1]")
  Double utilization;

  @Option(
      names = "--bandwidth-efficiency",
      paramLabel = "X",
      description = "Share of HBM bandwidth achieved, in (0, 1]")
  Double bandwidthEfficiency;

  @Option(
      names = "--usd-per-hour",
      paramLabel = "X",
      description = "Price of all the accelerators together, US dollars per hour")
  Double usdPerHour;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CostInputs inputs;
    Language language;
    Inputs site;
    try {
      site = loader.load(source);
      inputs = CostInputs.read(site, new Problems());
      language = language(site);
    } catch (ContentException e) {
      return problems(e, err);
    }
    if (choice.list) {
      inputs.scenarios().values().forEach(s -> out.println(s.id() + "\t" + s.label().in(language)));
      return 0;
    }
    CostInputs.ScenarioInput chosen = inputs.scenarios().get(choice.scenario);
    if (chosen == null) {
      throw usage(
          "--scenario: unknown scenario \""
              + choice.scenario
              + "\"; known: "
              + String.join(", ", inputs.scenarios().keySet()));
    }
    Scenario scenario = overridden(chosen.scenario(), inputs);
    Estimate estimate = evaluate(scenario);
    Optional<Reproduction> reproduction =
        inputs
            .reportScenario()
            .filter(report -> report.id().equals(chosen.id()))
            .flatMap(report -> inputs.published())
            .map(p -> CostModel.reproduce(p.table(), p.server()));
    CostReport report = new CostReport(chosen.id(), chosen.modelId(), estimate, reproduction);
    out.print(
        format == Format.json
            ? report.json()
            : new CostTable(site, language)
                .of(report, inputs.published().map(CostInputs.PublishedInput::source)));
    out.flush();
    if (!estimate.fits()) {
      err.println(
          "folio: scenario \""
              + chosen.id()
              + "\" does not fit in memory: "
              + report.doesNotFitReason()
              + "\n    hint: fewer sequences (--batch), shorter ones (--prompt-tokens,"
              + " --output-tokens), fewer bytes per parameter (--bytes-per-param) or more"
              + " accelerators (--gpus)");
      return 1;
    }
    return 0;
  }

  /** The language of {@code --lang}, else the site's default one. */
  private Language language(Inputs site) {
    if (lang == null) {
      return site.defaultLanguage();
    }
    return site.languages().stream()
        .filter(l -> l.folder().equals(lang))
        .findFirst()
        .orElseThrow(
            () -> usage("--lang: \"" + lang + "\" is not the folder of a language of this site"));
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
      return new Scenario(
          model(base.model()),
          precision(base.precision()),
          workload(base.workload()),
          deployment(base.deployment(), inputs));
    } catch (InvalidCostInputException e) {
      throw usage(optionFor(e.field()) + ": " + e.getMessage());
    }
  }

  private ModelShape model(ModelShape base) {
    boolean reshaped = layers != null || hidden != null;
    OptionalDouble parameterCount =
        params != null
            ? OptionalDouble.of(params)
            : reshaped ? OptionalDouble.empty() : base.parameterCount();
    return new ModelShape(
        or(layers, base.layers()),
        or(hidden, base.hiddenSize()),
        base.vocabularySize(),
        parameterCount,
        or(kvRatio, base.kvHeadRatio()));
  }

  private Precision precision(Precision base) {
    return bytesPerParam == null ? base : Precision.uniform(bytesPerParam);
  }

  private Workload workload(Workload base) {
    return new Workload(
        or(batch, base.batchSize()),
        or(promptTokens, base.promptTokens()),
        or(outputTokens, base.outputTokens()));
  }

  private Deployment deployment(Deployment base, CostInputs inputs) {
    Deployment deployment = base;
    if (accelerator != null) {
      CostInputs.Accelerator chosen = inputs.accelerators().get(accelerator);
      if (chosen == null) {
        throw usage(
            "--accelerator: unknown accelerator \""
                + accelerator
                + "\"; known: "
                + String.join(", ", inputs.accelerators().keySet()));
      }
      deployment = deployment.withAccelerator(chosen.spec());
    }
    return new Deployment(
        deployment.accelerator(),
        or(gpus, deployment.acceleratorCount()),
        or(utilization, deployment.utilisation()),
        or(bandwidthEfficiency, deployment.bandwidthEfficiency()),
        or(usdPerHour, deployment.usdPerHour()));
  }

  /** The option of a component of the model's records, from the one list of inputs. */
  private static String optionFor(String component) {
    if (component.equals("kvHeadRatio")) {
      return "--kv-ratio";
    }
    ScenarioField field = ScenarioField.ofComponent(component);
    return field == null || field.option() == null ? component : field.option();
  }

  /** The content's problems, as every command prints them; exit code 1. */
  private static int problems(ContentException e, PrintWriter err) {
    for (Problem problem : e.problems()) {
      err.println(problem.format());
    }
    int count = e.problems().size();
    err.println(
        "folio: "
            + count
            + (count == 1 ? " problem" : " problems")
            + " found; nothing was computed.");
    return 1;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static <T> T or(T override, T base) {
    return override != null ? override : base;
  }
}
