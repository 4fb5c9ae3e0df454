package dev.folio.extensions.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.folio.load.SourceLoader;
import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.DataTable;
import dev.folio.model.Page;
import dev.folio.model.Row;
import dev.folio.model.Value;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteCopy;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The computed tables of the report fixture: the figures a reader sees, before rendering. */
@NeedsTeaVm
class CostTablesTest {
  /** The tables the extension computes on the report fixture. */
  static final List<String> NAMES =
      List.of(
          ReproductionTable.NAME,
          HardwareCheckTable.NAME,
          EstimateTables.ESTIMATES,
          EstimateTables.SWEEP,
          IntensityTable.NAME,
          RooflineTable.NAME);

  static Content loaded;
  static Content computed;

  @BeforeAll
  static void computeTheReportFixture(@TempDir Path dir) throws ContentException {
    Path root = SiteCopy.report(dir).root();
    loaded = SourceLoader.load(root).reports().get(0);
    computed = ReportFixture.computed(root);
  }

  static DataTable table(String name) {
    assertThat(computed.tables()).containsKey(name);
    return computed.tables().get(name);
  }

  static double number(Row row, String key) {
    return ((Value.Num) row.value(key).orElseThrow()).value().doubleValue();
  }

  static String string(Row row, String key) {
    return ((Value.Str) row.value(key).orElseThrow()).value();
  }

  @Test
  void theComputedTablesAreAddedBesideTheDataFilesAndPagesAreKept() {
    assertThat(computed.tables().keySet()).containsAll(loaded.tables().keySet()).containsAll(NAMES);
    assertThat(computed.pages())
        .extracting(Page::path)
        .isEqualTo(loaded.pages().stream().map(Page::path).toList());
    assertThat(computed.charts()).isEqualTo(loaded.charts());
  }

  @ParameterizedTest(name = "{0}: printed {1} is {2}, {3}")
  @CsvSource({
    "bytesPerToken,                    2.61E+11, reproduced,   -0.031",
    "memoryTimePerToken,               0.064,    reproduced,   -0.077",
    "computeTimePerToken,              1.7*10⁻⁴, reproduced,   2.3",
    "promptTokensPerWeightLoad,        367,      reproduced,   0",
    "criticalIntensity,                320,      contradicted, -2.3",
    "requestTime,                      12.22,    contradicted, 4.7",
    "costPerRequest,                   2.7,      reproduced,   0.58",
    "costPerRequestFromRecomputedTime, 2.7,      contradicted, 5.3"
  })
  void theReproductionTableGivesEachPrintedFigureItsVerdict(
      String id, String printed, String verdict, double percent) {
    Row row = table(ReproductionTable.NAME).row(id).orElseThrow();
    assertThat(string(row, "published")).isEqualTo(printed);
    assertThat(string(row, "verdict")).isEqualTo(verdict);
    assertThat(number(row, "difference") * 100)
        .isCloseTo(percent, within(0.05 * Math.max(1, Math.abs(percent))));
    assertThat(string(row, "formula")).isNotBlank();
  }

  @Test
  void theWeightLoadTimeIsNotDerivableAndItsNoteNamesTheClosestFormula() {
    Row row = table(ReproductionTable.NAME).row("weightLoadTime").orElseThrow();
    assertThat(string(row, "verdict")).isEqualTo("notDerivable");
    assertThat(row.value("recomputed")).isEmpty();
    assertThat(row.value("difference")).isEmpty();
    assertThat(row.note().values().get("en"))
        .contains("M / (N · HBM) = 0.0160")
        .contains("not the report's");
    assertThat(row.note().values().get("zh")).contains("无法由表内输入推出");
  }

  @Test
  void theReproductionRowsAreLabelledAsTheReportLabelsThemAndPointAtItsRows() {
    Row row = table(ReproductionTable.NAME).row("requestTime").orElseThrow();
    Row printed = loaded.tables().get("cost-published").row("requestTime").orElseThrow();
    assertThat(((Value.Localized) row.value("figure").orElseThrow()).text())
        .isEqualTo(printed.text("label"));
    assertThat(row.pos()).isEqualTo(printed.pos());
    assertThat(number(row, "recomputed")).isCloseTo(12.790, within(0.001));
  }

  @ParameterizedTest(name = "{0}: {1} × {2} = {3} {4}, {5}")
  @CsvSource({
    "densePeakFlops,        8, 312,  2.496,  PFLOP/s, differs",
    "sparsePeakFlops,       8, 624,  4.992,  PFLOP/s, matches",
    "hbmBandwidth,          8, 2039, 16.312, TB/s,    differs",
    "interconnectBandwidth, 8, 600,  4.8,    TB/s,    matches"
  })
  void theHardwareCheckShowsWhichDatasheetQuantityEachFigureIs(
      String id, int count, String perAccelerator, double total, String unit, String match) {
    Row row = table(HardwareCheckTable.NAME).row(id).orElseThrow();
    assertThat(string(row, "derivation")).startsWith(count + " × " + perAccelerator + " ");
    assertThat(number(row, "serverTotal")).isCloseTo(total, within(1e-9));
    assertThat(string(row, "unit")).isEqualTo(unit);
    assertThat(string(row, "match")).isEqualTo(match);
  }

  @Test
  void theReportsScenarioCostsWhatTheDesignNoteSays() {
    Row row = table(EstimateTables.ESTIMATES).row("citic-2023").orElseThrow();
    assertThat(number(row, "requestTime")).isCloseTo(5.6198, within(0.00005));
    assertThat(number(row, "usdPerRequest")).isCloseTo(0.012488, within(0.0000005));
    assertThat(number(row, "usdPerThousandTokens")).isCloseTo(0.062442, within(0.0000005));
    assertThat(number(row, "tokensPerSecond")).isCloseTo(37.26, within(0.005));
    assertThat(number(row, "timePerToken")).isCloseTo(0.026801, within(0.0000005));
    assertThat(string(row, "bound")).isEqualTo("memory");
    assertThat(string(row, "fit")).isEqualTo("fits");
  }

  @Test
  void aScenarioThatDoesNotFitSaysSoAndHasNoPrice() {
    Row row = table(EstimateTables.ESTIMATES).row("gpt3-a100-40gb").orElseThrow();
    assertThat(string(row, "fit")).isEqualTo("doesNotFit");
    assertThat(row.fields().keySet())
        .doesNotContain(
            "requestTime",
            "usdPerRequest",
            "usdPerThousandTokens",
            "tokensPerSecond",
            "timePerToken",
            "bound");
    assertThat(number(row, "memoryNeeded")).isGreaterThan(number(row, "memoryAvailable"));
    assertThat(row.note().values().get("en")).contains("not priced").contains("320 GB");
    assertThat(row.note().values().get("zh")).contains("不计价");
  }

  @ParameterizedTest(name = "batch {0}: {1} s per request, US${2} per 1,000 tokens")
  @CsvSource({"8, 7.6807, 0.010668", "32, 14.747, 0.005120"})
  void theBatchSweepReproducesTheDesignNotesBatches(int batch, double seconds, double usd) {
    Row row = table(EstimateTables.SWEEP).row("citic-2023-b" + batch).orElseThrow();
    assertThat(number(row, "batch")).isEqualTo(batch);
    assertThat(number(row, "requestTime")).isCloseTo(seconds, within(seconds * 1e-4));
    assertThat(number(row, "usdPerThousandTokens")).isCloseTo(usd, within(usd * 1e-3));
  }

  @Test
  void theSweepCoversEachScenarioBatchAndPricesOnlyWhatFits() {
    DataTable sweep = table(EstimateTables.SWEEP);
    List<String> expected = new ArrayList<>();
    for (String scenario :
        new String[] {
          "citic-2023", "gpt3-h100", "gpt3-h200", "gpt3-b200", "gpt3-mi300x", "llama-3-8b-h100"
        }) {
      for (int batch : new int[] {1, 8, 32, 64, 128}) {
        expected.add(scenario + "-b" + batch);
      }
    }
    assertThat(sweep.rows()).extracting(Row::id).containsExactlyElementsOf(expected);
    Row tooLarge = sweep.row("citic-2023-b128").orElseThrow();
    assertThat(string(tooLarge, "fit")).isEqualTo("doesNotFit");
    assertThat(tooLarge.value("usdPerRequest")).isEmpty();
    double previous = Double.MAX_VALUE;
    for (int batch : new int[] {1, 8, 32, 64}) {
      double cost = number(sweep.row("citic-2023-b" + batch).orElseThrow(), "usdPerThousandTokens");
      assertThat(cost).as("cost per 1,000 tokens at batch " + batch).isLessThan(previous);
      previous = cost;
    }
  }

  @Test
  void computedTablesSayTheyAreComputedAndFromWhichDataFiles() {
    for (String name : NAMES) {
      DataTable table = table(name);
      String sources = table.provenance().sources().get(0).name().values().get("en");
      assertThat(sources).as(name).startsWith("Computed by Folio's cost model from");
      assertThat(table.provenance().sources().get(0).name().values().get("zh"))
          .contains("Folio 成本模型");
      assertThat(table.title().values().get("zh")).isNotBlank();
      assertThat(table.title().values().get("en")).isNotBlank();
    }
    assertThat(
            table(EstimateTables.ESTIMATES).provenance().sources().get(0).name().values().get("en"))
        .contains("cost-scenarios.yaml")
        .contains("llm-specs.yaml")
        .contains("accelerators.yaml");
    assertThat(table(ReproductionTable.NAME).provenance().asOf()).isEqualTo("2023-03-01");
  }

  @Test
  void numbersKeepEveryDigitAndTheirColumnsSayHowManyTheyShow() {
    DataTable estimates = table(EstimateTables.ESTIMATES);
    Column requestTime =
        estimates.columns().stream()
            .filter(c -> c.key().equals("requestTime"))
            .findFirst()
            .orElseThrow();
    assertThat(requestTime.digits()).isEqualTo(5);
    Row row = estimates.row("citic-2023").orElseThrow();
    assertThat(((Value.Num) row.value("requestTime").orElseThrow()).value().precision())
        .as("unrounded")
        .isGreaterThan(10);
  }

  @Test
  void aSiteThatEnablesNoExtensionHasOnlyItsOwnTables(@TempDir Path dir) throws ContentException {
    Path basic = TestSites.prepare(dir, "basic");
    assertThat(ReportFixture.computed(basic).tables())
        .isEqualTo(SourceLoader.load(basic).reports().get(0).tables());
  }

  @Test
  void theReportsScenarioDecodesBelowItsRidgePointAndPrefillsAboveIt() {
    DataTable intensity = table(IntensityTable.NAME);
    Row prefill = intensity.row("prefill").orElseThrow();
    Row decode = intensity.row("decode-b1").orElseThrow();
    assertThat(number(decode, "intensity")).isCloseTo(1.0, within(0.05));
    assertThat(number(prefill, "intensity")).isGreaterThan(400);
    assertThat(number(decode, "ridgePoint")).isCloseTo(54.006, within(5e-3));
    assertThat(string(decode, "bound")).isEqualTo("memory");
    assertThat(string(prefill, "bound")).isEqualTo("compute");
    assertThat(intensity.rows())
        .extracting(Row::id)
        .contains("decode-b8", "decode-b32", "decode-b64", "decode-b128");
  }
}
