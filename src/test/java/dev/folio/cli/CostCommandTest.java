package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.folio.testing.Folio;
import dev.folio.testing.SiteCopy;
import dev.folio.testing.TestSites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code folio cost}: one scenario's inputs and results, overrides, and its errors. */
class CostCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path fixture;

  @BeforeAll
  static void layOutTheReportFixture() {
    TestSites.prepare(fixture, "report");
  }

  static Folio.Run cost(String... args) {
    String[] line = new String[args.length + 3];
    line[0] = "cost";
    line[1] = "--source";
    line[2] = fixture.toString();
    System.arraycopy(args, 0, line, 3, args.length);
    return Folio.run(line);
  }

  static JsonNode json(Folio.Run run) {
    assertThat(run.exitCode()).as(run.all()).isZero();
    return JSON.readTree(run.out());
  }

  @Test
  void listPrintsEveryScenarioIdWithItsLabel() {
    Folio.Run run = cost("--list", "--lang", "en");
    assertThat(run.exitCode()).as(run.all()).isZero();
    List<String> ids = run.out().lines().map(line -> line.split("\t")[0]).toList();
    assertThat(ids).startsWith("citic-2023").contains("gpt3-h100", "llama-3-8b-h100");
    assertThat(run.out()).contains("citic-2023\tThe report's scenario");
  }

  @Test
  void theReportsScenarioAsJsonHasBothModesWithUnroundedNumbers() {
    JsonNode report = json(cost("--scenario", "citic-2023", "--format", "json"));
    assertThat(report.get("scenario").asString()).isEqualTo("citic-2023");
    JsonNode inputs = report.get("inputs");
    assertThat(inputs.get("layers").asInt()).isEqualTo(96);
    assertThat(inputs.get("accelerator").asString()).isEqualTo("a100-80gb-sxm");
    assertThat(inputs.get("utilization").asDouble()).isEqualTo(0.3);
    JsonNode firstPrinciples = report.get("firstPrinciples");
    assertThat(firstPrinciples.get("fits").asBoolean()).isTrue();
    assertThat(firstPrinciples.get("requestSeconds").asDouble()).isCloseTo(5.6198, within(5e-5));
    assertThat(firstPrinciples.get("usdPerRequest").asDouble()).isCloseTo(0.012488, within(5e-7));
    assertThat(firstPrinciples.get("requestSeconds").asString().length())
        .as("unrounded")
        .isGreaterThan(10);
    assertThat(firstPrinciples.get("prefillBound").asString()).isEqualTo("compute");
    JsonNode figures = report.get("asPublished").get("figures");
    assertThat(figures.size()).isEqualTo(9);
    assertThat(figure(figures, "criticalIntensity").get("verdict").asString())
        .isEqualTo("contradicted");
    assertThat(figure(figures, "criticalIntensity").get("relativeDifference").asDouble())
        .isEqualTo(-0.0234375);
    assertThat(figure(figures, "weightLoadTime").get("verdict").asString())
        .isEqualTo("notDerivable");
    assertThat(figure(figures, "weightLoadTime").has("recomputed")).isFalse();
    assertThat(report.get("asPublished").get("hardwareCheck").size()).isEqualTo(4);
  }

  private static JsonNode figure(JsonNode figures, String id) {
    for (JsonNode figure : figures) {
      if (figure.get("id").asString().equals(id)) {
        return figure;
      }
    }
    throw new AssertionError("no figure " + id);
  }

  @Test
  void theTableLabelsEveryFigureInEnglishWithItsUnit() {
    Folio.Run run = cost("--scenario", "citic-2023", "--lang", "en");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^Scenario +citic-2023$")
        .containsPattern("(?m)^First principles \\(roofline model\\)$")
        .containsPattern("(?m)^  Time per request +5\\.6198 s$")
        .containsPattern("(?m)^  Cost per request +US\\$0\\.012488$")
        .containsPattern("(?m)^  Output speed +37\\.265 tokens/s$")
        .containsPattern("(?m)^  Weights +347\\.89 GB$")
        .containsPattern("(?m)^  Effective memory bandwidth +13,865 GB/s$")
        .containsPattern("(?m)^  Parameters +173,946,175,488$")
        .containsPattern("(?m)^  FLOP utilisation +30%$")
        .containsPattern("(?m)^  Price of all the accelerators +US\\$8 per hour$")
        .containsPattern("(?m)^  Decoding mostly bound by +memory bandwidth$")
        .containsPattern("(?m)^    As printed +261,000,000,000 bytes$")
        .containsPattern("(?m)^    Recomputed from the table's inputs +260,920,000,000 bytes$")
        .containsPattern("(?m)^    Recomputed vs printed +-2\\.34%$")
        .containsPattern("(?m)^    Verdict +contradicted$")
        .containsPattern("(?m)^    Total +16\\.312 TB/s$");
    assertThat(run.out()).as("no camelCase keys").doesNotContain("requestSeconds", "usdPerRequest");
  }

  @Test
  void theTableIsInChineseByDefaultOnTheReportsSite() {
    Folio.Run run = cost("--scenario", "citic-2023");
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^场景 +citic-2023$")
        .containsPattern("(?m)^  单次请求时间 +5\\.6198 秒$")
        .containsPattern("(?m)^  单次请求成本 +0\\.012488 美元$")
        .containsPattern("(?m)^  输出速度 +37\\.265 token/秒$")
        .containsPattern("(?m)^  全部加速卡的价格 +每小时 8 美元$")
        .containsPattern("(?m)^  解码主要受限于 +显存带宽$")
        .containsPattern("(?m)^    报告原值 +261,000,000,000 字节$");
    // the values start in one column, Chinese characters counting two columns wide
    List<Integer> columns =
        run.out()
            .lines()
            .filter(
                line ->
                    line.startsWith("  ") && !line.startsWith("    ") && line.indexOf("  ", 2) > 0)
            .map(CostCommandTest::valueColumn)
            .distinct()
            .toList();
    assertThat(columns).hasSize(1);
  }

  /** The terminal column a line's value starts at: CJK characters are two columns wide. */
  private static int valueColumn(String line) {
    int gap = line.indexOf("  ", 2);
    int start = gap;
    while (line.charAt(start) == ' ') {
      start++;
    }
    return line.substring(0, start).codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
  }

  @ParameterizedTest(name = "--lang {0}")
  @CsvSource({"en", "zh"})
  void everyFigureIsWrittenOneWayWithoutExponents(String lang) {
    for (String scenario : List.of("citic-2023", "gpt3-h100", "llama-3-8b-h100")) {
      Folio.Run run = cost("--scenario", scenario, "--lang", lang);
      assertThat(run.exitCode()).as(run.all()).isZero();
      assertThat(run.out())
          .as(scenario)
          .doesNotContainPattern("\\d[eE][+-]?\\d")
          .as("digits grouped")
          .doesNotContainPattern("(?<![\\d.-])\\d{4,}")
          .doesNotContain("null", "true", "false");
    }
  }

  @Test
  void otherScenariosHaveNoAsPublishedMode() {
    JsonNode report = json(cost("--scenario", "gpt3-h100", "--format", "json"));
    assertThat(report.has("asPublished")).isFalse();
    assertThat(report.get("inputs").get("accelerator").asString()).isEqualTo("h100-sxm");
  }

  @ParameterizedTest(name = "--batch {0}: {1} s, US${2} per 1,000 tokens")
  @CsvSource({"8, 7.6807, 0.010668", "32, 14.747, 0.005120"})
  void aBatchOverrideGivesTheDesignNotesFigures(String batch, double seconds, double usd) {
    JsonNode results =
        json(cost("--scenario", "citic-2023", "--batch", batch, "--format", "json"))
            .get("firstPrinciples");
    assertThat(results.get("requestSeconds").asDouble()).isCloseTo(seconds, within(seconds * 1e-4));
    assertThat(results.get("usdPerThousandOutputTokens").asDouble())
        .isCloseTo(usd, within(usd * 1e-3));
  }

  @Test
  void everyInputCanBeOverridden() {
    JsonNode report =
        json(
            cost(
                "--scenario",
                "citic-2023",
                "--format",
                "json",
                "--layers",
                "80",
                "--hidden",
                "8192",
                "--kv-ratio",
                "0.125",
                "--bytes-per-param",
                "1",
                "--prompt-tokens",
                "1024",
                "--output-tokens",
                "256",
                "--accelerator",
                "h100-sxm",
                "--gpus",
                "4",
                "--utilization",
                "0.4",
                "--bandwidth-efficiency",
                "0.8",
                "--usd-per-hour",
                "10"));
    JsonNode inputs = report.get("inputs");
    assertThat(inputs.get("layers").asInt()).isEqualTo(80);
    assertThat(inputs.get("hiddenSize").asInt()).isEqualTo(8192);
    assertThat(inputs.get("kvHeadRatio").asDouble()).isEqualTo(0.125);
    assertThat(inputs.get("bytesPerParameter").asDouble()).isEqualTo(1);
    assertThat(inputs.get("promptTokens").asInt()).isEqualTo(1024);
    assertThat(inputs.get("outputTokens").asInt()).isEqualTo(256);
    assertThat(inputs.get("accelerator").asString()).isEqualTo("h100-sxm");
    assertThat(inputs.get("acceleratorCount").asInt()).isEqualTo(4);
    assertThat(inputs.get("utilization").asDouble()).isEqualTo(0.4);
    assertThat(inputs.get("bandwidthEfficiency").asDouble()).isEqualTo(0.8);
    assertThat(inputs.get("usdPerHour").asDouble()).isEqualTo(10);
    assertThat(report.get("firstPrinciples").get("parameters").asDouble())
        .as("12·L·h²")
        .isEqualTo(12.0 * 80 * 8192 * 8192);
  }

  @Test
  void reshapingAModelWithAPublishedCountCountsFromTheShapeUnlessParamsIsGiven() {
    JsonNode reshaped =
        json(cost("--scenario", "llama-3-8b-h100", "--format", "json", "--layers", "16"));
    assertThat(reshaped.get("inputs").get("parameterCount").isNull()).isTrue();
    JsonNode counted =
        json(
            cost(
                "--scenario",
                "llama-3-8b-h100",
                "--format",
                "json",
                "--layers",
                "16",
                "--params",
                "4e9"));
    assertThat(counted.get("firstPrinciples").get("parameters").asDouble()).isEqualTo(4e9);
    JsonNode kept = json(cost("--scenario", "llama-3-8b-h100", "--format", "json"));
    assertThat(kept.get("firstPrinciples").get("parameters").asDouble()).isEqualTo(8030261248.0);
  }

  @Test
  void aLanguageTheSiteDoesNotHaveIsBadUsage() {
    Folio.Run run = cost("--scenario", "citic-2023", "--lang", "fr");
    assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
    assertThat(run.err().lines().findFirst().orElseThrow())
        .contains("--lang: \"fr\" is not the folder of a language of this site");
    assertThat(run.all()).doesNotContain("\tat ");
  }

  @Test
  void anUnknownScenarioIsBadUsage() {
    Folio.Run run = cost("--scenario", "citic-2022");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown scenario \"citic-2022\"").contains("citic-2023");
  }

  @Test
  void anUnknownAcceleratorIsBadUsageAndListsTheKnownOnes() {
    Folio.Run run = cost("--scenario", "citic-2023", "--accelerator", "a100");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("--accelerator: unknown accelerator \"a100\"")
        .contains("a100-40gb-sxm, a100-80gb-sxm, h100-sxm, h200-sxm, b200, mi300x");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "--utilization, 1.5, --utilization: utilisation must be greater than 0 and at most 1",
    "--bandwidth-efficiency, 0, --bandwidth-efficiency: bandwidthEfficiency must be",
    "--batch, 0, --batch: batchSize must be at least 1",
    "--gpus, -1, --gpus: acceleratorCount must be at least 1",
    "--kv-ratio, 2, --kv-ratio: kvHeadRatio must be",
    "--usd-per-hour, NaN, --usd-per-hour: usdPerHour must be a finite number",
    "--layers, many, Invalid value for option '--layers'"
  })
  void aBadValueIsBadUsageThatNamesTheOption(String option, String value, String message) {
    Folio.Run run = cost("--scenario", "citic-2023", option, value);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains(message);
    assertThat(run.all()).doesNotContain("\tat ");
  }

  @Test
  void noScenarioAndNoListIsBadUsage() {
    assertThat(cost().exitCode()).isEqualTo(2);
    assertThat(cost("--scenario", "citic-2023", "--list").exitCode()).isEqualTo(2);
    Folio.Run xml = cost("--scenario", "citic-2023", "--format", "xml");
    assertThat(xml.exitCode()).isEqualTo(2);
    // one line saying what is wrong, and where to read more: not 30 lines of usage
    assertThat(xml.err().lines()).hasSize(2).last().isEqualTo("    hint: see folio cost --help");
    assertThat(xml.err()).doesNotContain("Usage:");
    assertThat(cost("--help").out())
        .contains("Exit codes: 0 priced, 1 content errors or a scenario that does not fit");
  }

  @Test
  void aScenarioThatDoesNotFitCannotRunAndSaysWhy() {
    Folio.Run run = cost("--scenario", "citic-2023", "--batch", "128", "--format", "json");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "folio: scenario \"citic-2023\" does not fit in memory: weights 347.9 GB"
                + " + KV cache 430 GB = 777.9 GB > 640 GB of memory (8 × a100-80gb-sxm)")
        .contains("hint: fewer sequences (--batch)");
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("firstPrinciples").get("fits").asBoolean()).isFalse();
    assertThat(report.get("firstPrinciples").has("usdPerRequest")).isFalse();
  }

  @Test
  void theScenarioFileThatDoesNotFitAsWrittenCannotRunEither() {
    Folio.Run run = cost("--scenario", "gpt3-a100-40gb");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(" > 320 GB of memory (8 × a100-40gb-sxm)");
  }

  @Test
  void brokenContentIsReportedLikeABuildDoes(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String at =
        project.replace(
            "content/data/cost-scenarios.yaml", "accelerator: h200-sxm", "accelerator: h200-sxn");
    Folio.Run run =
        Folio.run("cost", "--source", project.root().toString(), "--scenario", "citic-2023");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            at.replaceFirst(":\\d+$", ":18")
                + ": \"h200-sxn\" is not an id in content/data/accelerators.yaml")
        .contains("did you mean \"h200-sxm\"?")
        .contains("nothing was computed");
  }
}
