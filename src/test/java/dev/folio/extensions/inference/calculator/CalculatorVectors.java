package dev.folio.extensions.inference.calculator;

import dev.folio.extensions.inference.model.AcceleratorSpec;
import dev.folio.extensions.inference.model.Bound;
import dev.folio.extensions.inference.model.CostModel;
import dev.folio.extensions.inference.model.Deployment;
import dev.folio.extensions.inference.model.Estimate;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.Precision;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.extensions.inference.model.Timing;
import dev.folio.extensions.inference.model.Workload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input vectors for the calculator's parity tests, with the results the Java cost model gives for
 * them. The models and accelerators are the site's own (read from the published {@code
 * data/llm-specs.json} and {@code data/accelerators.json}) plus made-up shapes and accelerators;
 * the vectors cover batch sizes, every precision the form offers, grouped-query attention, one to
 * many accelerators, memory- and compute-bound decoding and scenarios that do not fit.
 * Deterministic: the same site gives the same vectors.
 *
 * <p>The expected results come straight from {@link CostModel#estimate}, with the scenario built
 * here the way {@code dev.folio.compute.CostInputs} builds a row of {@code cost-scenarios.yaml} —
 * not through {@link Calculation}, so its mapping is checked too.
 */
public final class CalculatorVectors {
  /** Bytes per parameter the form offers. */
  public static final double[] PRECISIONS = {4, 2, 1.5, 1, 0.5};

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A model shape; {@code id} is null for a shape typed in by hand. */
  public record Model(
      String id,
      int layers,
      int hiddenSize,
      int heads,
      int kvHeads,
      int vocabulary,
      Long parameters) {}

  /** An accelerator in datasheet units; {@code id} is null for a made-up one. */
  public record Accelerator(
      String id, double denseTflops, double hbmGBps, double hbmGB, double linkGBps) {}

  /**
   * One scenario as a reader enters it: percentages and the price per accelerator-hour as typed, so
   * the form and the bridge get the same doubles.
   */
  public record Vector(
      String id,
      Model model,
      Accelerator accelerator,
      int acceleratorCount,
      double bytesPerParameter,
      int batchSize,
      int promptTokens,
      int outputTokens,
      double utilisationPercent,
      double bandwidthEfficiencyPercent,
      double usdPerAcceleratorHour) {

    /** What the page hands {@code folioCost}. */
    public Map<String, Object> inputs() {
      Map<String, Object> in = new LinkedHashMap<>();
      in.put("layers", model.layers());
      in.put("hiddenSize", model.hiddenSize());
      in.put("heads", model.heads());
      in.put("kvHeads", model.kvHeads());
      in.put("vocabulary", model.vocabulary());
      if (model.parameters() != null) {
        in.put("parameters", model.parameters().doubleValue());
      }
      in.put("bytesPerParameter", bytesPerParameter);
      in.put("batchSize", batchSize);
      in.put("promptTokens", promptTokens);
      in.put("outputTokens", outputTokens);
      in.put("denseTflops", accelerator.denseTflops());
      in.put("hbmGBps", accelerator.hbmGBps());
      in.put("hbmGB", accelerator.hbmGB());
      in.put("linkGBps", accelerator.linkGBps());
      in.put("acceleratorCount", acceleratorCount);
      in.put("utilisation", utilisationPercent / 100);
      in.put("bandwidthEfficiency", bandwidthEfficiencyPercent / 100);
      in.put("usdPerAcceleratorHour", usdPerAcceleratorHour);
      return in;
    }

    /** The scenario, built as the compute stage builds one from the data files. */
    public Scenario scenario() {
      ModelShape shape =
          new ModelShape(
              model.layers(),
              model.hiddenSize(),
              model.vocabulary(),
              model.parameters() == null
                  ? OptionalDouble.empty()
                  : OptionalDouble.of(model.parameters().doubleValue()),
              (double) model.kvHeads() / model.heads());
      return new Scenario(
          shape,
          Precision.uniform(bytesPerParameter),
          new Workload(batchSize, promptTokens, outputTokens),
          new Deployment(
              AcceleratorSpec.fromDatasheet(
                  accelerator.id() == null ? "made-up" : accelerator.id(),
                  accelerator.denseTflops(),
                  accelerator.hbmGBps(),
                  accelerator.hbmGB(),
                  accelerator.linkGBps()),
              acceleratorCount,
              utilisationPercent / 100,
              bandwidthEfficiencyPercent / 100,
              acceleratorCount * usdPerAcceleratorHour));
    }

    public Estimate estimate() {
      return CostModel.estimate(scenario());
    }

    /** The Java results, named as {@link Calculation} names them. */
    public Map<String, Object> expected() {
      Estimate estimate = estimate();
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("ok", true);
      out.put("fits", estimate.fits());
      out.put("parameters", estimate.footprint().parameters());
      out.put("weightBytes", estimate.footprint().weightBytes());
      out.put("kvBytesPerToken", estimate.footprint().kvBytesPerToken());
      out.put("effectiveFlops", estimate.roofline().effectiveFlops());
      out.put("effectiveBandwidth", estimate.roofline().effectiveBandwidth());
      out.put("ridgePoint", estimate.roofline().ridgePoint());
      out.put("criticalBatch", estimate.roofline().criticalBatch());
      out.put("requiredBytes", estimate.memory().requiredBytes());
      out.put("availableBytes", estimate.memory().availableBytes());
      if (estimate instanceof Estimate.Priced priced) {
        Timing t = priced.timing();
        out.put("prefillSeconds", t.prefillSeconds());
        out.put("firstDecodeStepSeconds", t.firstDecodeStepSeconds());
        out.put("meanDecodeStepSeconds", t.decodeSeconds() / t.decodeSteps());
        out.put("decodeSeconds", t.decodeSeconds());
        out.put("requestSeconds", t.requestSeconds());
        out.put("outputTokensPerSecond", t.outputTokensPerSecond());
        out.put("usdPerRequest", priced.cost().usdPerRequest());
        out.put("usdPerThousandOutputTokens", priced.cost().usdPerThousandOutputTokens());
        out.put("decodeSteps", (double) t.decodeSteps());
        out.put("memoryBoundDecodeSteps", (double) t.memoryBoundDecodeSteps());
        out.put("prefillBound", bound(t.prefillBound()));
        out.put("firstDecodeStepBound", bound(t.firstDecodeStepBound()));
        out.put("lastDecodeStepBound", bound(t.lastDecodeStepBound()));
        // The cost-estimates table's "mostly bound by": a tie counts as memory-bound.
        out.put(
            "decodeBound",
            bound(
                2 * t.memoryBoundDecodeSteps() >= t.decodeSteps() ? Bound.MEMORY : Bound.COMPUTE));
      }
      return out;
    }

    /** Whether a reader can enter it in the form: an accelerator of the menu, a precision of it. */
    public boolean enterable() {
      if (accelerator.id() == null) {
        return false;
      }
      for (double p : PRECISIONS) {
        if (p == bytesPerParameter) {
          return true;
        }
      }
      return false;
    }

    /** Whether decoding is mostly compute-bound (only for a scenario that fits). */
    public boolean computeBound() {
      return "compute".equals(expected().get("decodeBound"));
    }

    public boolean fits() {
      return estimate().fits();
    }
  }

  private static String bound(Bound bound) {
    return bound == Bound.MEMORY ? "memory" : "compute";
  }

  /** An input the calculator must reject, and the input it must name. */
  public record Invalid(String id, Map<String, Object> inputs, String field) {}

  private final List<Model> models;
  private final List<Accelerator> accelerators;
  private final Random random = new Random(20230301L);
  private final List<Vector> vectors = new ArrayList<>();

  private CalculatorVectors(List<Model> models, List<Accelerator> accelerators) {
    this.models = models;
    this.accelerators = accelerators;
  }

  /** The vectors for a built site (its published model and accelerator data). */
  public static List<Vector> forSite(Path site) {
    CalculatorVectors generator = new CalculatorVectors(models(site), accelerators(site));
    generator.generate();
    return List.copyOf(generator.vectors);
  }

  /** Inputs the calculator rejects, each with the input its answer must name. */
  public static List<Invalid> invalid(Vector valid) {
    List<Invalid> invalid = new ArrayList<>();
    Object[][] cases = {
      {"layers", 0, "layers"},
      {"layers", 2.5, "layers"},
      {"layers", null, "layers"},
      {"hiddenSize", -1, "hiddenSize"},
      {"heads", 0, "heads"},
      {"kvHeads", valid.model().heads() + 1, "kvHeads"},
      {"kvHeads", 0, "kvHeads"},
      {"vocabulary", -5, "vocabulary"},
      {"parameters", -1.0, "parameters"},
      {"bytesPerParameter", 0.0, "bytesPerParameter"},
      {"batchSize", 0, "batchSize"},
      {"promptTokens", -1, "promptTokens"},
      {"outputTokens", 0, "outputTokens"},
      {"outputTokens", 10_000_001, "outputTokens"},
      {"denseTflops", -312.0, "denseTflops"},
      {"hbmGBps", 0.0, "hbmGBps"},
      {"hbmGB", null, "hbmGB"},
      {"linkGBps", 0.0, "linkGBps"},
      {"acceleratorCount", 0, "acceleratorCount"},
      {"utilisation", 1.5, "utilisation"},
      {"bandwidthEfficiency", 0.0, "bandwidthEfficiency"},
      {"usdPerAcceleratorHour", 0.0, "usdPerAcceleratorHour"},
      {"hbmGBps", Double.MIN_VALUE, "scenario"}
    };
    for (Object[] c : cases) {
      Map<String, Object> inputs = new LinkedHashMap<>(valid.inputs());
      if (c[1] == null) {
        inputs.remove((String) c[0]);
      } else {
        inputs.put((String) c[0], c[1]);
      }
      invalid.add(new Invalid(c[0] + "=" + c[1], inputs, (String) c[2]));
    }
    return invalid;
  }

  /** Writes the vectors and their Java results as JSON, for the record. */
  public static void export(List<Vector> vectors, Path file) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Vector v : vectors) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", v.id());
      row.put("inputs", v.inputs());
      row.put("java", v.expected());
      rows.add(row);
    }
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void generate() {
    // 1. Every model of the site on every accelerator of the site, twice, with random settings.
    for (Model model : models) {
      for (Accelerator accelerator : accelerators) {
        for (int i = 0; i < 2; i++) {
          add(
              "site",
              model,
              accelerator,
              pick(1, 2, 4, 8),
              pickPrecision(),
              pick(1, 4, 16, 64, 256),
              pick(0, 128, 512, 2048, 8192),
              pick(1, 50, 200, 1000),
              percent(10, 60),
              percent(60, 95),
              price());
        }
      }
    }
    // 2. Compute-bound decoding: small models, large batches, short contexts.
    int computeBound = 0;
    for (int tries = 0; computeBound < 30 && tries < 5000; tries++) {
      Model model =
          models.stream()
              .filter(m -> m.parameters() != null && m.parameters() < 2e10)
              .skip(random.nextInt(2))
              .findFirst()
              .orElse(models.get(models.size() - 1));
      Vector v =
          vector(
              "compute",
              model,
              pickAccelerator(),
              pick(1, 2, 4, 8),
              pick(0.5, 1, 2),
              pick(256, 512, 1024, 2048, 4096),
              pick(0, 16, 64, 128),
              pick(1, 8, 32, 64),
              percent(20, 70),
              percent(70, 95),
              price());
      if (v.fits() && v.computeBound()) {
        vectors.add(v);
        computeBound++;
      }
    }
    // 3. Scenarios that do not fit: big models on few accelerators, or long contexts in bulk.
    int doesNotFit = 0;
    for (int tries = 0; doesNotFit < 25 && tries < 5000; tries++) {
      Vector v =
          vector(
              "no-fit",
              models.get(random.nextInt(models.size())),
              pickAccelerator(),
              pick(1, 2, 4),
              pickPrecision(),
              pick(1, 64, 512, 4096),
              pick(512, 8192, 65536),
              pick(200, 4000),
              percent(10, 60),
              percent(60, 95),
              price());
      if (!v.fits()) {
        vectors.add(v);
        doesNotFit++;
      }
    }
    // 4. Shapes typed by hand (grouped-query attention, explicit parameter counts), on the
    //    site's accelerators and on made-up ones the form cannot offer.
    for (int i = 0; i < 60; i++) {
      int heads = pick(1, 8, 16, 32, 64, 128);
      int kvHeads = heads / pick(1, 1, 2, 4, 8, heads);
      Long parameters = random.nextInt(3) == 0 ? (long) (1e8 + random.nextDouble() * 5e11) : null;
      Model model =
          new Model(
              null,
              1 + random.nextInt(160),
              heads * (16 + random.nextInt(200)),
              heads,
              Math.max(1, kvHeads),
              random.nextBoolean() ? 0 : random.nextInt(256_000),
              parameters);
      Accelerator accelerator =
          i % 2 == 0
              ? pickAccelerator()
              : new Accelerator(
                  null,
                  round(10 + random.nextDouble() * 4990, 1),
                  round(100 + random.nextDouble() * 9900, 0),
                  round(8 + random.nextDouble() * 292, 0),
                  round(10 + random.nextDouble() * 1990, 0));
      add(
          "shape",
          model,
          accelerator,
          pick(1, 2, 3, 4, 8, 16),
          pickPrecision(),
          pick(1, 2, 8, 32, 128),
          random.nextInt(4097),
          1 + random.nextInt(512),
          percent(5, 100),
          percent(30, 100),
          price());
    }
    // 5. One scenario from one to many accelerators (tensor parallelism, communication).
    Model big = models.get(0);
    Accelerator a100 =
        accelerators.stream()
            .filter(a -> a.id().startsWith("a100-80"))
            .findFirst()
            .orElse(accelerators.get(0));
    for (int count :
        new int[] {
          1, 2, 3, 4, 5, 6, 8, 10, 12, 16, 24, 32, 48, 64, 96, 128, 256, 512, 1024, 4096
        }) {
      add("gpus", big, a100, count, 2, 8, 512, 200, 30, 85, 1);
    }
    // 6. Edges: no prompt, one output token, full utilisation, the report's own settings.
    add("edge", big, a100, 8, 2, 1, 512, 200, 30, 85, 1);
    add("edge", big, a100, 8, 1.5, 1, 0, 1, 30, 85, 1);
    add("edge", big, a100, 8, 2, 1, 0, 200, 100, 100, 1);
    add("edge", big, a100, 8, 2, 128, 512, 200, 30, 85, 1);
    add("edge", models.get(models.size() - 1), pickAccelerator(), 1, 4, 1, 1, 1, 0.5, 0.5, 0.01);
    add("edge", models.get(models.size() - 1), a100, 1, 0.5, 100000, 0, 1, 99.9, 99.9, 9999.99);
  }

  private void add(
      String kind,
      Model model,
      Accelerator accelerator,
      int count,
      double bytes,
      int batch,
      int prompt,
      int output,
      double utilisation,
      double efficiency,
      double price) {
    vectors.add(
        vector(
            kind,
            model,
            accelerator,
            count,
            bytes,
            batch,
            prompt,
            output,
            utilisation,
            efficiency,
            price));
  }

  private Vector vector(
      String kind,
      Model model,
      Accelerator accelerator,
      int count,
      double bytes,
      int batch,
      int prompt,
      int output,
      double utilisation,
      double efficiency,
      double price) {
    String id =
        String.format(
            "%03d-%s-%s-%s",
            vectors.size() + 1,
            kind,
            model.id() == null ? "L" + model.layers() + "h" + model.hiddenSize() : model.id(),
            accelerator.id() == null ? "made-up" : accelerator.id());
    return new Vector(
        id,
        model,
        accelerator,
        count,
        bytes,
        batch,
        prompt,
        output,
        utilisation,
        efficiency,
        price);
  }

  private int pick(int... values) {
    return values[random.nextInt(values.length)];
  }

  private double pick(double... values) {
    return values[random.nextInt(values.length)];
  }

  private double pickPrecision() {
    return PRECISIONS[random.nextInt(PRECISIONS.length)];
  }

  private Accelerator pickAccelerator() {
    return accelerators.get(random.nextInt(accelerators.size()));
  }

  /** A percentage with one decimal, as a reader might type it. */
  private double percent(double from, double to) {
    return round(from + random.nextDouble() * (to - from), 1);
  }

  private double price() {
    return round(0.25 + random.nextDouble() * 7.75, 2);
  }

  private static double round(double value, int decimals) {
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** The site's model shapes, from its published data. */
  public static List<Model> models(Path site) {
    List<Model> models = new ArrayList<>();
    for (JsonNode row : rows(site, "llm-specs")) {
      models.add(
          new Model(
              row.get("id").asString(),
              row.get("layers").asInt(),
              row.get("hiddenSize").asInt(),
              row.get("heads").asInt(),
              row.get("kvHeads").asInt(),
              row.has("vocabulary") ? row.get("vocabulary").asInt() : 0,
              row.has("parameters") ? row.get("parameters").asLong() : null));
    }
    return models;
  }

  /** The site's accelerators, from its published data. */
  public static List<Accelerator> accelerators(Path site) {
    List<Accelerator> accelerators = new ArrayList<>();
    for (JsonNode row : rows(site, "accelerators")) {
      accelerators.add(
          new Accelerator(
              row.get("id").asString(),
              row.get("denseBf16Tflops").asDouble(),
              row.get("hbmGBps").asDouble(),
              row.get("hbmGB").asDouble(),
              row.get("linkGBps").asDouble()));
    }
    return accelerators;
  }

  private static List<JsonNode> rows(Path site, String table) {
    try {
      JsonNode root = JSON.readTree(Files.readString(site.resolve("data/" + table + ".json")));
      List<JsonNode> rows = new ArrayList<>();
      root.get("rows").forEach(rows::add);
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
