package dev.folio.extensions.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.folio.extensions.inference.model.AcceleratorSpec;
import dev.folio.extensions.inference.model.ModelShape;
import dev.folio.extensions.inference.model.PublishedTable;
import dev.folio.extensions.inference.model.Scenario;
import dev.folio.model.ContentException;
import dev.folio.model.Problem;
import dev.folio.testing.SiteCopy;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data files mapped to the cost model's records, and their mistakes reported in place. */
class CostInputsTest {
  static CostInputs inputs;

  @BeforeAll
  static void readTheReportFixturesCostData(@TempDir Path dir) throws ContentException {
    inputs = ReportFixture.costs(SiteCopy.report(dir).root());
  }

  @Test
  void acceleratorsComeInDatasheetUnitsAndLeaveInSiUnits() {
    assertThat(inputs.accelerators().keySet())
        .containsExactly(
            "a100-40gb-sxm", "a100-80gb-sxm", "h100-sxm", "h200-sxm", "b200", "mi300x");
    CostInputs.Accelerator a100 = inputs.accelerators().get("a100-80gb-sxm");
    AcceleratorSpec spec = a100.spec();
    assertThat(spec.densePeakFlops()).isEqualTo(312e12);
    assertThat(spec.hbmBandwidth()).isEqualTo(2039e9);
    assertThat(spec.hbmCapacityBytes()).isEqualTo(80e9);
    assertThat(spec.interconnectBandwidthPerDirection()).as("600 GB/s both ways").isEqualTo(300e9);
    assertThat(a100.sparsePeakFlops()).isEqualTo(624e12);
    assertThat(a100.name()).isEqualTo("NVIDIA A100 80GB SXM");
  }

  @Test
  void groupedQueryAttentionBecomesTheKvHeadRatioAndPublishedCountsAreKept() {
    ModelShape llama = inputs.scenarios().get("llama-2-70b-h100").scenario().model();
    assertThat(llama.layers()).isEqualTo(80);
    assertThat(llama.hiddenSize()).isEqualTo(8192);
    assertThat(llama.kvHeadRatio()).isEqualTo(8.0 / 64);
    assertThat(llama.vocabularySize()).isEqualTo(32000);
    assertThat(llama.parameterCount().getAsDouble()).isEqualTo(68_976_648_192.0);
    ModelShape gpt3 = inputs.scenarios().get("citic-2023").scenario().model();
    assertThat(gpt3.kvHeadRatio()).isEqualTo(1);
    assertThat(gpt3.vocabularySize()).as("the report leaves the embedding out").isZero();
    assertThat(gpt3.parameterCount()).as("12·L·h², as the report counts").isEmpty();
  }

  @Test
  void theReportsScenarioIsTheDesignNotesReference() {
    CostInputs.ScenarioInput citic = inputs.reportScenario().orElseThrow();
    assertThat(citic.id()).isEqualTo("citic-2023");
    Scenario scenario = citic.scenario();
    assertThat(citic.modelId()).isEqualTo("gpt3-report");
    assertThat(scenario.model()).isEqualTo(ModelShape.of(96, 12288));
    assertThat(scenario.precision().bytesPerParameter()).isEqualTo(2);
    assertThat(scenario.workload().batchSize()).isEqualTo(1);
    assertThat(scenario.workload().promptTokens()).isEqualTo(512);
    assertThat(scenario.workload().outputTokens()).isEqualTo(200);
    assertThat(scenario.deployment().accelerator().id()).isEqualTo("a100-80gb-sxm");
    assertThat(scenario.deployment().acceleratorCount()).isEqualTo(8);
    assertThat(scenario.deployment().utilisation()).isEqualTo(0.3);
    assertThat(scenario.deployment().bandwidthEfficiency()).isEqualTo(0.85);
    assertThat(scenario.deployment().usdPerHour()).isEqualTo(8);
    assertThat(citic.batchSweep()).containsExactly(1, 8, 32, 64, 128);
    assertThat(citic.label().values().get("en")).contains("8 × A100 80GB");
  }

  @Test
  void everyAcceleratorGetsTheGpt3SizedModelAndScenariosWithoutASweepHaveNone() {
    assertThat(
            inputs.scenarios().values().stream()
                .filter(s -> s.modelId().equals("gpt3-report"))
                .map(s -> s.scenario().deployment().accelerator().id()))
        .containsExactlyInAnyOrderElementsOf(inputs.accelerators().keySet());
    assertThat(inputs.scenarios().get("gpt3-a100-40gb").batchSweep()).isEmpty();
    assertThat(inputs.scenarios().get("gpt3-h100").batchSweep()).containsExactly(1, 8, 32, 64, 128);
  }

  @Test
  void thePublishedTableIsReadFromItsDataFileWithItsFiguresAsPrinted() {
    CostInputs.PublishedInput published = inputs.published().orElseThrow();
    PublishedTable table = published.table();
    assertThat(table.layers()).isEqualTo(96);
    assertThat(table.hiddenSize()).isEqualTo(12288);
    assertThat(table.serverPeakPetaflops()).isEqualTo(5);
    assertThat(table.utilisation()).isEqualTo(0.3);
    assertThat(table.serverBandwidthTBps()).isEqualTo(4.8);
    assertThat(table.bandwidthLoss()).isEqualTo(0.15);
    assertThat(table.outputTokens()).isEqualTo(200);
    assertThat(table.usdPerHour()).isEqualTo(8);
    assertThat(table.bytesPerParameter()).isEqualTo(1.5);
    assertThat(table.printed().computeTimePerToken().text())
        .as("printed 1.7*10⁻⁴")
        .isEqualTo("1.7e-4");
    assertThat(table.printed().computeTimePerToken().value()).isCloseTo(1.7e-4, within(1e-18));
    assertThat(table.printed().bytesPerToken().text()).isEqualTo("2.61E+11");
    assertThat(published.server().accelerator().id()).isEqualTo("a100-80gb-sxm");
    assertThat(published.server().acceleratorCount()).isEqualTo(8);
    assertThat(published.server().sparsePeakFlopsPerAccelerator()).isEqualTo(624e12);
  }

  @Test
  void moreKvHeadsThanHeadsIsReportedAtTheKvHeadsCell(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String at =
        project.replace(
            "content/data/llm-specs.yaml",
            "kvHeads: 8\n    vocabulary: 32000\n" + "    parameters: 68976648192",
            "kvHeads: 80\n    vocabulary: 32000\n" + "    parameters: 68976648192");
    assertThat(problems(project))
        .anySatisfy(
            problem -> {
              assertThat(problem.format()).startsWith(at.replaceFirst(":\\d+$", ":") + "14:");
              assertThat(problem.message())
                  .isEqualTo("\"kvHeads\" (80) must not exceed \"heads\" (64)");
            });
  }

  @Test
  void aBatchSweepThatRepeatsABatchSizeIsReportedAtTheSweep(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String sweep =
        project.replace(
            "content/data/cost-scenarios.yaml",
            "usdPerHour: 1\n    batchSweep: \"1, 8, 32, 64, 128\"",
            "usdPerHour: 1\n    batchSweep: \"1, 8, 8\"");
    int line = Integer.parseInt(sweep.split(":")[1]) + 1;
    assertThat(problems(project))
        .extracting(Problem::format)
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith(
                        "content/data/cost-scenarios.yaml:"
                            + line
                            + ":17: batch size 8 appears twice"));
  }

  @Test
  void aPrintedFigureTheModelCannotReadIsReportedAtPublishedAs(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String at =
        project.replace("content/data/cost-published.yaml", "\"1.7*10⁻⁴\"", "\"about 1.7*10⁻⁴\"");
    assertThat(problems(project))
        .extracting(Problem::format)
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith(
                        at + ": the cost model cannot read \"about 1.7*10⁻⁴\" as a number"));
  }

  @Test
  void aFractionalLayerCountInThePublishedTableIsReportedAtItsValue(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String at = project.replace("content/data/cost-published.yaml", "value: 96\n", "value: 96.5\n");
    assertThat(problems(project))
        .extracting(Problem::format)
        .anySatisfy(
            text ->
                assertThat(text)
                    .startsWith(
                        at.replaceFirst(":\\d+$", ":") + "12: \"value\" must be a whole number"));
  }

  @Test
  void withoutTheReportsScenarioTheReproductionSaysWhatIsMissing(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    project.replace("content/data/cost-scenarios.yaml", "- id: citic-2023", "- id: citic-2024");
    assertThat(problems(project))
        .extracting(Problem::format)
        .anySatisfy(
            text ->
                assertThat(text)
                    .matches(
                        "folio\\.yaml:\\d+:\\d+: there is no scenario \"citic-2023\" in"
                            + " content/data/cost-scenarios\\.yaml(?s).*")
                    .contains("did you mean \"citic-2024\"?"));
  }

  private static List<Problem> problems(SiteCopy project) {
    ContentException thrown =
        (ContentException) Assertions.catchThrowable(() -> ReportFixture.costs(project.root()));
    assertThat(thrown).as("a ContentException").isNotNull();
    return thrown.problems();
  }

  @Test
  void aSiteThatDoesNotEnableTheExtensionHasNoInputsAndSaysSo(@TempDir Path dir) {
    Path basic = TestSites.prepare(dir, "basic");
    assertThatThrownBy(() -> ReportFixture.inputs(basic))
        .isInstanceOf(ContentException.class)
        .satisfies(
            e ->
                assertThat(((ContentException) e).problems().get(0).format())
                    .isEqualTo(
                        "folio.yaml:1:1: this site does not enable the inference-cost extension\n"
                            + "    hint: add it under extensions: in folio.yaml"));
  }

  @Test
  void theCostInputsCannotBeChangedOnceRead() {
    assertThatThrownBy(() -> inputs.scenarios().put("x", null))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
