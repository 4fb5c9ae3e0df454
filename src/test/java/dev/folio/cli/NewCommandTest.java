package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Release;
import dev.folio.testing.Actionlint;
import dev.folio.testing.Folio;
import dev.folio.testing.HtmlChecker;
import dev.folio.testing.NeedsNpm;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteLinks;
import dev.folio.testing.TestSites;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio new}: a small working report that checks and builds at once, in any languages; and
 * what a second report made with it can become without a file copied from another project.
 */
class NewCommandTest {
  private static Path create(Path dir, String... options) {
    String[] args = new String[2 + options.length];
    args[0] = "new";
    args[1] = dir.toString();
    System.arraycopy(options, 0, args, 2, options.length);
    Folio.Run run = Folio.run(args);
    assertThat(run.exitCode()).as(run.all()).isZero();
    return dir;
  }

  @NeedsNpm
  @Test
  void aNewReportChecksBuildsAndPassesTheHtmlLinkAndWorkflowChecks(@TempDir Path dir) {
    Path project = create(dir.resolve("report"));
    assertThat(project.resolve("folio.yaml"))
        .content()
        .startsWith("# yaml-language-server: $schema=schemas/folio.schema.json");
    assertThat(project)
        .isDirectoryContaining("glob:**/.gitignore")
        .isDirectoryContaining("glob:**/README.md");
    Folio.Run check = Folio.run("check", "--source", project.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    Path site = dir.resolve("site");
    Folio.build(project, site);

    assertThat(HtmlChecker.get().checkSite(site)).isEmpty();
    assertThat(new SiteLinks(site, "/").checkEveryPage().problems()).isEmpty();
    assertThat(Actionlint.lint(List.of(project.resolve(".github/workflows/pages.yml")))).isEmpty();
    assertThat(site.resolve("zh/findings/index.html"))
        .content()
        .contains("table-measurements", "chart-measurements");
  }

  @Test
  void aReportInBuiltInLanguagesHasNoStringFilesAndItsWordsInEachLanguage(@TempDir Path dir)
      throws IOException {
    Path project = create(dir.resolve("report"), "--languages", "en,ja,zh-Hant");
    assertThat(project.resolve("i18n")).doesNotExist();
    assertThat(project.resolve("folio.yaml"))
        .content()
        .contains("ja: \"私のレポート\"", "zh-hant: \"我的報告\"");
    Path site = dir.resolve("site");
    Folio.build(project, site);
    Document page = Jsoup.parse(site.resolve("ja/index.html").toFile(), "UTF-8");
    assertThat(page.select("html").attr("lang")).isEqualTo("ja");
    assertThat(page.select("a.lang-switch").eachAttr("hreflang")).containsExactly("en", "zh-Hant");
    assertThat(page.text()).contains("目次").doesNotContain("Contents");
    assertThat(HtmlChecker.get().checkSite(site)).isEmpty();
  }

  @Test
  void aReportInALanguageTheThemeHasNoStringsForBuildsWithTheEnglishOnesToTranslate(
      @TempDir Path dir) throws IOException {
    Path project = create(dir.resolve("report"), "--languages", "en,sw");
    assertThat(project.resolve("i18n/sw.yaml")).content().contains("to translate");
    assertThat(project.resolve("i18n/en.yaml")).doesNotExist();
    Folio.build(project, dir.resolve("site"));
  }

  @Test
  void newRefusesAFolderThatIsNotEmptyAndBadLanguages(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    Folio.Run notEmpty = Folio.run("new", dir.toString());
    assertThat(notEmpty.exitCode()).isEqualTo(2);
    assertThat(notEmpty.err()).contains("is not an empty folder");
    assertThat(dir.resolve("notes.txt")).hasContent("keep me");
    assertThat(dir.resolve("folio.yaml")).doesNotExist();

    Folio.Run badCode = Folio.run("new", dir.resolve("x").toString(), "--languages", "en,x_y");
    assertThat(badCode.exitCode()).isEqualTo(2);
    assertThat(badCode.err()).contains("is not a list of BCP 47 codes");

    // Issue 22: en,en wrote a project that failed its own check.
    for (String twice : List.of("en,en", "zh-CN,en,zh-cn")) {
      Folio.Run duplicate = Folio.run("new", dir.resolve("y").toString(), "--languages", twice);
      assertThat(duplicate.exitCode()).as(duplicate.all()).isEqualTo(2);
      assertThat(duplicate.err()).contains("is named twice").contains("name each language once");
      assertThat(dir.resolve("y")).doesNotExist();
    }
  }

  @Test
  void aNewReportWithItsOwnAcceleratorsTableHasNoNameReservedForTheCostModel(@TempDir Path dir) {
    Path project = create(dir.resolve("report"));
    TestSites.apply(project, TestSites.resources().resolve("overlays/other-accelerators"));
    Path site = dir.resolve("site");
    Folio.build(project, site);
    assertThat(site.resolve("data/accelerators.json")).content().contains("Our accelerators");
  }

  @NeedsTeaVm
  @Test
  void enablingTheCostModelInANewReportGivesItTheTablesAndTheCalculator(@TempDir Path dir) {
    Path project = create(dir.resolve("report"));
    TestSites.apply(project, TestSites.resources().resolve("overlays/cost-in-a-new-site"));
    Path site = dir.resolve("site");
    Folio.build(project, site);
    for (String lang : List.of("zh", "en")) {
      Document page = page(site, lang + "/cost/");
      assertThat(page.select("section.calculator")).hasSize(1);
      assertThat(page.select("#table-cost-estimates tbody tr")).hasSize(1);
      assertThat(page.select("#table-cost-batch-sweep tbody tr")).hasSize(3);
    }
    assertThat(site.resolve("assets/calculator.js")).exists();
    assertThat(page(site, "en/cost/").select("#table-cost-estimates").text())
        .contains("Tiny model on one GPU");
    assertThat(HtmlChecker.get().checkSite(site)).isEmpty();
    Folio.Run cost =
        Folio.run(
            "cost",
            "--source",
            project.toString(),
            "--scenario",
            "tiny-on-one",
            "--format",
            "json");
    assertThat(cost.exitCode()).as(cost.all()).isZero();
    assertThat(cost.out()).contains("\"usdPerRequest\"");
  }

  private static Document page(Path site, String path) {
    try {
      return Jsoup.parse(site.resolve(path).resolve("index.html").toFile(), "UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theNextCommandNamesTheFolioThatRanWithEachPathQuotedForTheShell(@TempDir Path dir) {
    Path project = dir.resolve("my report");
    Folio.Run run = Folio.run("new", project.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    // The tests run Folio from its classes: the command names them, and the note says that this
    // SNAPSHOT's workflow has no release to download yet.
    assertThat(run.out())
        .contains(
            "next: cd "
                + NewCommand.shellWord(project.toString())
                + " && java -cp "
                + NewCommand.shellWord(
                    String.join(
                        File.pathSeparator,
                        Arrays.stream(
                                System.getProperty("java.class.path").split(File.pathSeparator))
                            .map(p -> Path.of(p).toAbsolutePath().toString())
                            .toList()))
                + " dev.folio.cli.Main serve\n")
        .contains("note: Folio " + Release.current().version() + " is not a release");
    assertThat(NewCommand.shellWord("/opt/folio-0.1.0/folio.jar"))
        .isEqualTo("/opt/folio-0.1.0/folio.jar");
    assertThat(NewCommand.shellWord("/home/ana/my report's/folio.jar"))
        .isEqualTo("'/home/ana/my report'\\''s/folio.jar'");
  }

  /**
   * What a user does: runs Folio's jar from a folder with a space in its path, makes a project and
   * runs the command it prints (with a free port, so as not to take 8000 on a shared machine); the
   * new site is then served.
   */
  @Test
  void theNextCommandPrintedByTheJarServesTheNewReport(@TempDir Path dir) throws Exception {
    Path jar =
        FolioJar.write(Files.createDirectories(dir.resolve("tools dir")).resolve("folio.jar"));
    Path work = Files.createDirectories(dir.resolve("work"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process made =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "new", "energy")
            .directory(work.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(made.waitFor()).as(out).isZero();
    String next =
        out.lines()
            .filter(l -> l.startsWith("next: "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no next: line in\n" + out))
            .substring("next: ".length());
    assertThat(next).isEqualTo("cd energy && java -jar '" + jar.toAbsolutePath() + "' serve");

    String page = FolioJar.serveAndGet(next + " --port 0", work, java.getParent());
    assertThat(page).contains("<html", "lang=\"zh-CN\"");
  }
}
