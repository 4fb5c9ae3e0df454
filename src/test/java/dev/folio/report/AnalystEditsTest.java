package dev.folio.report;

import static dev.folio.report.ReportSite.row;
import static dev.folio.report.ReportSite.rowWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The analyst's loop: the edits analysts make to {@code content/} (and only there), each on its own
 * and all together, applied to a copy of the real report. Each edited report must build, show the
 * edit, and still keep the whole {@link ReportContract}; so an update to the data can never break
 * the tests that guard the published site.
 */
@NeedsTeaVm
class AnalystEditsTest {
  /** What the build reads of the project; everything else (sources, tests) stays behind. */
  private static final List<String> PROJECT_FILES =
      List.of("folio.yaml", "content", "schemas", "templates", "static", "i18n");

  /** One edit an analyst makes, as text, the way an editor would. */
  interface Edit {
    void apply(Path project) throws IOException;
  }

  /** The revised figure: no accelerator's datasheet gives this one. */
  static final String REVISED_TFLOPS = "2222.5";

  /**
   * The key of the page the analyst adds, and the ids of the rows: names no real edit of the report
   * will use, so that the test still applies once the report holds such edits itself.
   */
  static final String PAGE = "analyst-edit-page";

  /** A model whose parameter count is not public, and one whose count is. */
  static final Edit ADD_MODELS =
      project ->
          addRows(
              project,
              "llm-models",
              """
        - id: analyst-edit-gpt-4
          company: openai
          model: GPT-4 (edit)
          params: undisclosed
          note: {zh: "OpenAI 未公布 GPT-4 的参数量。", en: "OpenAI has not published GPT-4's parameter count."}
        - id: analyst-edit-palm
          company: google
          model: PaLM (edit)
          params: 540000000000
      """);

  static final Edit ADD_EVENT =
      project ->
          addRows(
              project,
              "ai-events",
              """
        - id: analyst-edit-openai-gpt-4
          company: openai
          date: 2023-03-14
          event: {zh: 发布GPT-4（编辑）, en: Released GPT-4 (edit)}
      """);

  static final Edit ADD_APPLICATION =
      project ->
          addRows(
              project,
              "app-adoption",
              """
        - id: analyst-edit-threads
          app: {zh: Threads（编辑）, en: Threads (edit)}
          months: 0.17
          launched: 2023-07-05
      """);

  static final Edit ADD_ACCELERATOR_AND_SCENARIO =
      project -> {
        addRows(
            project,
            "accelerators",
            """
          - id: analyst-edit-mi325x
            name: AMD Instinct MI325X (edit)
            denseBf16Tflops: 1307.4
            sparseBf16Tflops: 2614.9
            hbmGBps: 6000
            hbmGB: 256
            linkGBps: 1024
            source: https://www.amd.com/en/products/accelerators/instinct/mi300/mi325x.html
        """);
        addRows(
            project,
            "cost-scenarios",
            """
          - id: analyst-edit-gpt3-mi325x
            label: {zh: GPT-3 规模，8 × MI325X（编辑）, en: GPT-3-sized on 8 × MI325X (edit)}
            model: gpt3-report
            accelerator: analyst-edit-mi325x
            gpus: 8
            bytesPerParam: 2
            batch: 1
            promptTokens: 512
            outputTokens: 200
            utilization: 0.3
            bandwidthEfficiency: 0.85
            usdPerHour: 16
            batchSweep: "1, 8, 32"
        """);
      };

  /**
   * A figure published after the report (B200's datasheet), revised to a value no row holds,
   * whatever the data file says today.
   */
  static final Edit CHANGE_LATER_FIGURE =
      project -> {
        Path file = ReportSite.file(project, "content/data/accelerators.yaml");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Matcher b200 =
            Pattern.compile("(    name: NVIDIA B200\n    denseBf16Tflops: )(\\S+)\n").matcher(text);
        assertThat(b200.find()).as("the B200 row of accelerators.yaml").isTrue();
        Files.writeString(
            file, b200.replaceFirst("$1" + REVISED_TFLOPS + "\n"), StandardCharsets.UTF_8);
      };

  static final Edit ADD_PAGE =
      project -> {
        write(
            project,
            "content/zh/" + PAGE + ".md",
            """
        ---
        title: GPT-4 之后
        order: 75
        description: 报告之后发布的模型
        ---
        报告发布之后的模型，与[报告的表](llm-models.md)放在一起。

        ```table llm-models
        ```

        ```chart llm-parameters
        ```
        """);
        write(
            project,
            "content/en/" + PAGE + ".md",
            """
        ---
        title: After GPT-4
        order: 75
        description: Models released after the report
        ---
        The models released after the report, beside [the report's table](llm-models.md).

        ```table llm-models
        ```

        ```chart llm-parameters
        ```
        """);
      };

  /** The real report, copied, with {@code edits} applied; built into {@code dir/site}. */
  static ReportSite edited(Path dir, Edit... edits) throws IOException {
    Path project = dir.resolve("project");
    for (String name : PROJECT_FILES) {
      Path from = Folio.projectDir().resolve(name);
      if (Files.isDirectory(from)) {
        TestSites.copyTree(from, project.resolve(name));
      } else if (Files.isRegularFile(from)) {
        Files.createDirectories(project);
        Files.copy(from, project.resolve(name));
      }
    }
    for (Edit edit : edits) {
      edit.apply(project);
    }
    Path site = dir.resolve("site");
    Folio.build(project, site);
    return new ReportSite(project, site);
  }

  @Nested
  class AddingModelsOneOfThemUndisclosed extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, ADD_MODELS);
    }

    @Test
    void theUndisclosedCountReadsAsSuchInEveryLanguageAndTheKnownOneAsANumber() {
      Document zh = site.page("zh/llm-models/");
      assertThat(row(zh, "llm-models", "OpenAI", "GPT-4 (edit)", "未披露")).isNotEmpty();
      assertThat(row(zh, "llm-models", "谷歌", "PaLM (edit)", "5400亿")).isNotEmpty();
      Document en = site.page("en/llm-models/");
      assertThat(row(en, "llm-models", "OpenAI", "GPT-4 (edit)", "not disclosed")).isNotEmpty();
      assertThat(row(en, "llm-models", "Google", "PaLM (edit)", "540 billion")).isNotEmpty();
    }
  }

  @Nested
  class AddingACompanyEvent extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, ADD_EVENT);
    }

    @Test
    void theEventIsInTheTableAndOnTheTimeline() {
      Document en = site.page("en/arms-race/");
      assertThat(rowWith(en, "ai-events", "Released GPT-4 (edit)"))
          .containsSubsequence("OpenAI", "14 Mar 2023");
      assertThat(en.select("#chart-ai-events svg").text()).contains("Released GPT-4 (edit)");
    }
  }

  @Nested
  class AddingAnApplicationToTheAdoptionChart extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, ADD_APPLICATION);
    }

    @Test
    void theApplicationIsDrawnAndListed() {
      Document zh = site.page("zh/adoption/");
      assertThat(zh.select("#chart-app-adoption svg").text()).contains("Threads（编辑）");
      assertThat(rowWith(zh, "app-adoption", "Threads（编辑）")).contains("0.17");
    }
  }

  @Nested
  class AddingAnAcceleratorAndAScenarioThatUsesIt extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, ADD_ACCELERATOR_AND_SCENARIO);
    }

    @Test
    void theScenarioIsEstimatedAndTheAcceleratorIsOnTheRooflineAndInTheCalculator() {
      Document en = site.page("en/cost-model/");
      assertThat(rowWith(en, "cost-estimates", "GPT-3-sized on 8 × MI325X (edit)")).isNotEmpty();
      assertThat(en.select("figure.chart svg").text()).contains("AMD Instinct MI325X (edit)");
      assertThat(site.page("en/calculator/").select("option").eachText())
          .contains("AMD Instinct MI325X (edit)");
    }
  }

  @Nested
  class ChangingAFigurePublishedAfterTheReport extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, CHANGE_LATER_FIGURE);
    }

    @Test
    void theNewFigureIsShown() throws IOException {
      String json =
          Files.readString(site.root().resolve("data/accelerators.json"), StandardCharsets.UTF_8);
      assertThat(json).contains("\"denseBf16Tflops\" : " + REVISED_TFLOPS);
    }
  }

  @Nested
  class AddingAPageInEveryLanguageWithATableAndAChart extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(dir, ADD_PAGE);
    }

    @Test
    void thePageIsInTheNavigationAndHoldsTheTableAndTheChart() {
      for (String lang : ReportSite.LANGUAGES) {
        Document page = site.page(lang + "/" + PAGE + "/");
        assertThat(page.getElementById("table-llm-models")).isNotNull();
        assertThat(page.getElementById("chart-llm-parameters")).isNotNull();
        assertThat(site.page(lang + "/").select("nav.site-nav a[href$=" + PAGE + "/]")).hasSize(1);
      }
    }
  }

  @Nested
  class AllEditsTogether extends ReportContract {
    @Override
    ReportSite build(Path dir) throws IOException {
      return edited(
          dir,
          ADD_MODELS,
          ADD_EVENT,
          ADD_APPLICATION,
          ADD_ACCELERATOR_AND_SCENARIO,
          CHANGE_LATER_FIGURE,
          ADD_PAGE);
    }

    @Test
    void everyEditShows() {
      Document page = site.page("en/" + PAGE + "/");
      assertThat(row(page, "llm-models", "OpenAI", "GPT-4 (edit)", "not disclosed")).isNotEmpty();
      assertThat(rowWith(site.page("en/arms-race/"), "ai-events", "Released GPT-4 (edit)"))
          .isNotEmpty();
      assertThat(
              rowWith(
                  site.page("en/cost-model/"),
                  "cost-estimates",
                  "GPT-3-sized on 8 × MI325X (edit)"))
          .isNotEmpty();
    }
  }

  /**
   * Inserts rows (YAML list items, indented as the file writes its rows) at the top of a data
   * file's {@code rows:} list, where an analyst adding the newest entry would put them.
   */
  static void addRows(Path project, String table, String rows) throws IOException {
    replaceIn(project, "content/data/" + table + ".yaml", "\nrows:\n", "\nrows:\n" + rows);
  }

  static void replaceIn(Path project, String file, String from, String to) throws IOException {
    Path path = ReportSite.file(project, file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).as(file).contains(from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  static void write(Path project, String file, String text) {
    try {
      Path path = ReportSite.file(project, file);
      assertThat(path).as("a new file").doesNotExist();
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
