package dev.folio.render;

import dev.folio.model.Content;
import dev.folio.model.DataTable;
import dev.folio.model.Embed;
import dev.folio.config.Language;
import dev.folio.model.Page;
import dev.folio.model.Row;
import dev.folio.model.Value;
import dev.folio.render.view.CalculatorView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;

/**
 * Builds the live calculator's view from the cost data files ({@code llm-specs},
 * {@code accelerators}, {@code cost-scenarios}), and supplies its script: the cost model that
 * TeaVM compiled to JavaScript when Folio was built, read from Folio's own class path.
 */
final class CalculatorViews {
  /** Where TeaVM writes the compiled cost model (pom.xml), inside folio.jar. */
  static final String SCRIPT_RESOURCE = "/dev/folio/calculator/calculator.js";
  /** Where the site publishes it. */
  static final String SCRIPT_PATH = "assets/calculator.js";

  /** The scenario the form starts from when the data file has it: the report's own. */
  private static final String REPORT_SCENARIO = "citic-2023";
  /** The precomputed results the page falls back on without JavaScript. */
  private static final String ESTIMATES_TABLE = "cost-estimates";
  /** Bytes per parameter the form offers, with the interface string of each. */
  private static final Map<String, String> PRECISIONS = precisions();

  private final Content content;
  private final Language lang;
  private final Function<String, String> strings;

  /** @param strings the page language's interface string of a key */
  CalculatorViews(Content content, Language lang, Function<String, String> strings) {
    this.content = content;
    this.lang = lang;
    this.strings = strings;
  }

  /** @param root relative path from the page to the site root */
  CalculatorView view(Page page, String root) {
    List<CalculatorView.ModelOption> models = new ArrayList<>();
    for (Row row : table(Embed.CALCULATOR_TABLES.get(0)).rows()) {
      models.add(new CalculatorView.ModelOption(row.id(), text(row, "name"), number(row, "layers"),
          number(row, "hiddenSize"), number(row, "heads"), number(row, "kvHeads"),
          optionalNumber(row, "vocabulary").orElse("0"),
          optionalNumber(row, "parameters").orElse("")));
    }
    List<CalculatorView.AcceleratorOption> accelerators = new ArrayList<>();
    for (Row row : table(Embed.CALCULATOR_TABLES.get(1)).rows()) {
      accelerators.add(new CalculatorView.AcceleratorOption(row.id(), text(row, "name"),
          number(row, "denseBf16Tflops"), number(row, "hbmGBps"), number(row, "hbmGB"),
          number(row, "linkGBps")));
    }
    List<CalculatorView.ScenarioOption> scenarios = new ArrayList<>();
    for (Row row : table(Embed.CALCULATOR_TABLES.get(2)).rows()) {
      scenarios.add(scenario(row));
    }
    CalculatorView.ScenarioOption initial = scenarios.stream()
        .filter(s -> s.id().equals(REPORT_SCENARIO)).findFirst()
        .orElse(scenarios.isEmpty() ? fallback(models.get(0), accelerators.get(0))
            : scenarios.get(0));
    CalculatorView.ModelOption initialModel = models.stream()
        .filter(m -> m.id().equals(initial.model())).findFirst().orElse(models.get(0));
    Map<String, String> precisionLabels = new LinkedHashMap<>(PRECISIONS);
    for (CalculatorView.ScenarioOption scenario : scenarios) {
      precisionLabels.putIfAbsent(scenario.bytesPerParameter(), null);
    }
    List<CalculatorView.PrecisionOption> precisions = new ArrayList<>();
    precisionLabels.entrySet().stream()
        .sorted((a, b) -> new BigDecimal(b.getKey()).compareTo(new BigDecimal(a.getKey())))
        .forEach(e -> precisions.add(new CalculatorView.PrecisionOption(e.getKey(),
            e.getValue() == null ? e.getKey() : strings.apply(e.getValue()))));
    String fallback = embedsTable(page, ESTIMATES_TABLE) ? "#table-" + ESTIMATES_TABLE : null;
    return new CalculatorView(root + "assets/", lang.locale().toLanguageTag(), models, accelerators, precisions,
        scenarios, initial, initialModel, fallback);
  }

  /** The compiled cost model, as the site publishes it. */
  static OutputFile script() {
    try (InputStream in = CalculatorViews.class.getResourceAsStream(SCRIPT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT_RESOURCE + " is missing from Folio's class path:"
            + " TeaVM writes it when Maven builds Folio (mvn package)");
      }
      return new OutputFile(SCRIPT_PATH, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private CalculatorView.ScenarioOption scenario(Row row) {
    BigDecimal gpus = decimal(row, "gpus");
    return new CalculatorView.ScenarioOption(row.id(), text(row, "label"), row.string("model"),
        row.string("accelerator"), plain(gpus), number(row, "bytesPerParam"),
        number(row, "batch"), number(row, "promptTokens"), number(row, "outputTokens"),
        plain(decimal(row, "utilization").movePointRight(2)),
        plain(decimal(row, "bandwidthEfficiency").movePointRight(2)),
        plain(decimal(row, "usdPerHour").divide(gpus, MathContext.DECIMAL64)));
  }

  /** Without a scenario file: the first model on one of the first accelerator, FP16. */
  private static CalculatorView.ScenarioOption fallback(CalculatorView.ModelOption model,
      CalculatorView.AcceleratorOption accelerator) {
    return new CalculatorView.ScenarioOption("", "", model.id(), accelerator.id(), "1", "2", "1",
        "512", "200", "30", "85", "1");
  }

  private DataTable table(String name) {
    DataTable table = content.tables().get(name);
    if (table == null || table.rows().isEmpty()) {
      throw new IllegalStateException("the calculator reads \"" + name + "\", which the checker"
          + " let through missing or empty");
    }
    return table;
  }

  private String text(Row row, String key) {
    Value value = row.value(key).orElseThrow();
    return value instanceof Value.Localized localized ? localized.text().in(lang)
        : ((Value.Str) value).value();
  }

  private static String number(Row row, String key) {
    return plain(decimal(row, key));
  }

  private static Optional<String> optionalNumber(Row row, String key) {
    return row.value(key).map(v -> plain(((Value.Num) v).value()));
  }

  private static BigDecimal decimal(Row row, String key) {
    if (row.value(key).orElse(null) instanceof Value.Num num) {
      return num.value();
    }
    throw new IllegalStateException(row.pos() + ": row has no number field '" + key + "'");
  }

  /** 96, 0.5, 1307.4: what JavaScript's Number() reads as the same double as Java. */
  private static String plain(BigDecimal value) {
    String text = value.stripTrailingZeros().toPlainString();
    return text.equals("0.0") ? "0" : text;
  }

  private static boolean embedsTable(Page page, String name) {
    boolean[] found = {false};
    page.document().accept(new AbstractVisitor() {
      @Override
      public void visit(FencedCodeBlock block) {
        Embed.parse(block.getInfo()).ifPresent(embed -> found[0] |= embed.kind() == Embed.Kind.TABLE
            && name.equals(embed.name()));
      }
    });
    return found[0];
  }

  private static Map<String, String> precisions() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("4", "calc.precision.fp32");
    map.put("2", "calc.precision.fp16");
    map.put("1.5", "calc.precision.report");
    map.put("1", "calc.precision.int8");
    map.put("0.5", "calc.precision.int4");
    return java.util.Collections.unmodifiableMap(map);
  }
}
