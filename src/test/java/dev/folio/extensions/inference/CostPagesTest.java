package dev.folio.extensions.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteCopy;
import dev.folio.testing.SiteSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builds the report fixture and reads the cost pages as a reader gets them, in both languages. */
@NeedsTeaVm
class CostPagesTest {
  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void buildTheReport() {
    site = dir.resolve("site");
    Folio.buildFixture("report", site);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
  }

  /** The rows of a table embed, each cell's text without footnote markers. */
  static List<List<String>> rows(Document page, String table) {
    Element figure = page.getElementById("table-" + table);
    assertThat(figure).as("table " + table + " on " + page.title()).isNotNull();
    return figure.select("tbody tr").stream()
        .map(
            tr ->
                tr.select("th, td").stream()
                    .map(
                        cell -> {
                          Element copy = cell.clone();
                          copy.select("sup").remove();
                          return copy.text();
                        })
                    .toList())
        .toList();
  }

  static List<String> row(List<List<String>> rows, String firstCellStart) {
    return rows.stream()
        .filter(r -> r.get(0).startsWith(firstCellStart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row starting " + firstCellStart + " in " + rows));
  }

  @Test
  void theLimitationsPageShowsTheReproductionWithVerdictsInChinese() throws IOException {
    List<List<String>> rows = rows(page("zh/limitations"), "cost-reproduction");
    assertThat(rows).hasSize(9);
    assertThat(row(rows, "算力密度临界值")).contains("320", "F · u / BW", "312.5", "不符", "-2.3%");
    assertThat(row(rows, "单次请求生成时间")).contains("12.22", "12.79", "不符", "4.7%");
    assertThat(row(rows, "加载参数权重需要的时间")).contains("0.015", "无法推出");
    assertThat(row(rows, "带宽限制生成一个Token的时间")).contains("0.064", "0.06395", "可复现");
  }

  @Test
  void theLimitationsPageShowsTheReproductionWithVerdictsInEnglish() throws IOException {
    List<List<String>> rows = rows(page("en/limitations"), "cost-reproduction");
    assertThat(rows).hasSize(9);
    assertThat(row(rows, "Critical compute intensity")).contains("320", "contradicted", "-2.3%");
    assertThat(row(rows, "Generation time per request")).contains("12.22", "contradicted", "4.7%");
    assertThat(row(rows, "Time needed to load")).contains("0.015", "not derivable");
    assertThat(page("en/limitations").getElementById("table-cost-reproduction").text())
        .contains("M / (N · HBM) = 0.0160");
  }

  @Test
  void theHardwareCheckAndItsExplanationAreOnTheLimitationsPage() throws IOException {
    Document en = page("en/limitations");
    List<List<String>> rows = rows(en, "cost-hardware-check");
    assertThat(row(rows, "Peak with 2:4 structured sparsity"))
        .contains("8 × 624 TFLOP/s", "4.992", "5", "matches");
    assertThat(row(rows, "Memory (HBM) bandwidth")).contains("16.31", "4.800", "does not match");
    assertThat(row(rows, "NVLink interconnect")).contains("8 × 600 GB/s", "matches");
    assertThat(en.select("aside, .note, .editor-note").text() + en.text())
        .contains("2:4 structured sparsity")
        .contains("not memory bandwidth");
    List<List<String>> zh = rows(page("zh/limitations"), "cost-hardware-check");
    assertThat(row(zh, "显存（HBM）带宽")).contains("不符");
    assertThat(row(zh, "2:4 结构化稀疏下的峰值算力")).contains("相符");
  }

  @Test
  void theCostModelPageShowsTheScenariosInBothLanguages() throws IOException {
    List<String> zh = row(rows(page("zh/cost-model"), "cost-estimates"), "报告的场景");
    assertThat(zh).contains("5.6198", "0.012488", "0.062442", "显存带宽", "放得下");
    List<String> en = row(rows(page("en/cost-model"), "cost-estimates"), "The report's scenario");
    assertThat(en).contains("5.6198", "0.012488", "memory bandwidth", "fits");
    List<String> tooSmall =
        row(rows(page("en/cost-model"), "cost-estimates"), "GPT-3-sized on 8 × A100 40GB");
    assertThat(tooSmall).contains("does not fit, not priced");
    assertThat(String.join(" ", tooSmall)).doesNotContain("0.0");
    assertThat(rows(page("zh/cost-model"), "cost-batch-sweep")).hasSize(30);
    assertThat(rows(page("en/cost-model"), "cost-batch-sweep"))
        .anySatisfy(r -> assertThat(r).contains("8", "7.6807"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theMethodologyPageStatesTheFormulasAndCitesItsReferences(String lang) throws IOException {
    Document page = page(lang + "/methodology");
    assertThat(page.text())
        .contains("step(c) = max((W + B · c · K) / BW, B · (2P + 4 · L · h · c) / F) + comm(B)")
        .contains("K = 2 · L · h · g · b_kv")
        .contains("t_mem = M / (BW · (1 − loss))");
    assertThat(page.select("table")).hasSizeGreaterThanOrEqualTo(2);
    assertThat(page.select("a[href]").eachAttr("href"))
        .contains(
            "https://kipp.ly/transformer-inference-arithmetic/",
            "https://jax-ml.github.io/scaling-book/inference/",
            "https://github.com/hahnyuan/LLM-Viewer",
            "https://github.com/cli99/llm-analysis");
  }

  @Test
  void everyComputedTableCanBeDownloaded() throws IOException {
    for (String name : CostTablesTest.NAMES) {
      String json =
          Files.readString(site.resolve("data/" + name + ".json"), StandardCharsets.UTF_8);
      assertThat(json).as(name).contains("Computed by Folio's cost model");
      assertThat(site.resolve("data/" + name + ".csv")).exists();
    }
    String csv = Files.readString(site.resolve("data/cost-estimates.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("citic-2023").contains("5.6198238");
  }

  @Test
  void aBadValueInAScenarioFileIsReportedAtItsLineAndKeepsThePreviousSite(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir.resolve("project"));
    Path out = project.root().resolve("site");
    String source = project.root().toString();
    assertThat(Folio.run("build", "--source", source).exitCode()).isZero();
    Map<String, String> before = SiteSnapshot.of(out);

    String at =
        project.replace(
            "content/data/llm-specs.yaml",
            "kvHeads: 8\n    vocabulary: 128256\n    parameters: 8030261248",
            "kvHeads: 64\n    vocabulary: 128256\n    parameters: 8030261248");
    Folio.Run build = Folio.run("build", "--source", source);

    assertThat(build.exitCode()).as(build.all()).isEqualTo(1);
    assertThat(build.err())
        .contains(
            at.replaceFirst(":\\d+$", ":14") + ": \"kvHeads\" (64) must not exceed \"heads\" (32)");
    assertThat(build.all()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(SiteSnapshot.of(out)).as("the previous site").isEqualTo(before);
  }

  @Test
  void anImpossibleUtilisationIsReportedAtItsLine(@TempDir Path dir) {
    SiteCopy project = SiteCopy.report(dir);
    String at =
        project.replace(
            "content/data/cost-scenarios.yaml",
            "utilization: 0.3\n    bandwidthEfficiency: 0.85\n    usdPerHour: 4\n  - id: llama-3-70b",
            "utilization: 1.5\n    bandwidthEfficiency: 0.85\n    usdPerHour: 4\n  - id: llama-3-70b");
    Folio.Run check = Folio.run("check", "--source", project.root().toString());
    assertThat(check.exitCode()).as(check.all()).isEqualTo(1);
    assertThat(check.err())
        .contains(at.replaceFirst(":\\d+$", ":18") + ": \"rows[6].utilization\"")
        .contains("Share of the dense peak FLOP/s achieved");
    assertThat(check.all()).doesNotContain("Exception");
  }
}
