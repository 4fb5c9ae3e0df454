package dev.folio.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.OutputFile;
import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteCopy;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of several reports as its author works with it: moving a one-report project into a series
 * keeps every address it had, {@code folio add report} makes a report that builds at once, and a
 * rebuild after an edit of one report renders only that report again.
 */
class SeveralReportsTest {
  private static final Pattern REFRESH = Pattern.compile("content=\"0; url=([^\"]+)\"");

  @Test
  @NeedsTeaVm
  void movingTheRootReportIntoASeriesKeepsEveryAddressItHad(@TempDir Path dir) throws IOException {
    Path project = SiteCopy.report(dir.resolve("project")).root();
    assertThat(Folio.build(project, dir.resolve("before")).exitCode()).isZero();
    Set<String> before = files(dir.resolve("before"));

    Folio.Run moved =
        Folio.run(
            "add",
            "report",
            "chatgpt-2023",
            "--from-root",
            "--series",
            "ai-industry",
            "--source",
            project.toString());
    assertThat(moved.exitCode()).as(moved.all()).isZero();
    Folio.Run check = Folio.run("check", "--source", project.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    Path after = dir.resolve("after");
    assertThat(Folio.build(project, after).exitCode()).isZero();

    assertThat(files(after)).as("every file of the one-report site").containsAll(before);
    // An old page now leads to its new address, which exists.
    String old = Files.readString(after.resolve("en/llm-models/index.html"));
    Matcher target = REFRESH.matcher(old);
    assertThat(target.find()).as(old).isTrue();
    assertThat(target.group(1)).isEqualTo("../../en/chatgpt-2023/llm-models/");
    assertThat(after.resolve("en/llm-models/").resolve(target.group(1)).resolve("index.html"))
        .exists();
    // The home lists the report; its series has it as its latest.
    assertThat(after.resolve("en/index.html")).content().contains("en/chatgpt-2023/");
    assertThat(after.resolve("en/series/ai-industry/latest/index.html"))
        .content()
        .contains("url=../../../../en/chatgpt-2023/");
    // Its data files are where they were, and under the report.
    assertThat(after.resolve("data/llm-models.csv"))
        .hasSameBinaryContentAs(after.resolve("data/chatgpt-2023/llm-models.csv"));
  }

  @Test
  void addReportWritesAReportThatBuildsAtOnceAndIsTheLatestOfItsSeries(@TempDir Path dir)
      throws IOException {
    Path project = TestSites.prepare(dir.resolve("project"), "series");
    Folio.Run added =
        Folio.run(
            "add",
            "report",
            "energy-2025",
            "--series",
            "energy",
            "--date",
            "2025-06-01",
            "--source",
            project.toString());
    assertThat(added.exitCode()).as(added.all()).isZero();
    assertThat(project.resolve("content/reports/energy-2025/report.yaml"))
        .content()
        .contains("series: energy", "date: 2025-06-01");
    Folio.Run check = Folio.run("check", "--source", project.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    Path site = dir.resolve("site");
    assertThat(Folio.build(project, site).exitCode()).isZero();
    assertThat(site.resolve("zh/energy-2025/index.html")).exists();
    assertThat(site.resolve("en/energy-2025/findings/index.html")).exists();
    assertThat(site.resolve("en/series/energy/latest/index.html"))
        .content()
        .contains("url=../../../../en/energy-2025/");
  }

  @Test
  void addReportRefusesASlugInUseAndAProjectOfOneReport(@TempDir Path dir) {
    Path series = TestSites.prepare(dir.resolve("series"), "series");
    Folio.Run taken = Folio.run("add", "report", "chips-q1", "--source", series.toString());
    assertThat(taken.exitCode()).isEqualTo(2);
    assertThat(taken.err()).contains("content/reports/chips-q1/ exists already");
    Folio.Run reserved = Folio.run("add", "report", "search", "--source", series.toString());
    assertThat(reserved.exitCode()).isEqualTo(2);
    assertThat(reserved.err()).contains("\"search\" cannot name a report");
    Folio.Run unknownSeries =
        Folio.run("add", "report", "x", "--series", "enrgy", "--source", series.toString());
    assertThat(unknownSeries.err()).contains("did you mean \"energy\"?");

    Path basic = TestSites.prepare(dir.resolve("basic"), "basic");
    Folio.Run one = Folio.run("add", "report", "second", "--source", basic.toString());
    assertThat(one.exitCode()).isEqualTo(2);
    assertThat(one.err()).contains("--from-root");
    assertThat(basic.resolve("content/reports")).doesNotExist();
  }

  @Test
  void checkSaysWhichTableAReportUsesInsteadOfTheSites(@TempDir Path dir) {
    Path project = TestSites.prepare(dir.resolve("project"), "series");
    Folio.Run check = Folio.run("check", "--source", project.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.out())
        .contains(
            "content/reports/chips-q2/data/companies.yaml:1:1: note: this report's table"
                + " \"companies\" is used instead of the site's content/data/companies.yaml");
  }

  @Test
  void anEditOfOneReportRendersOnlyItsPagesAgain(@TempDir Path dir) throws Exception {
    Path project = TestSites.prepare(dir.resolve("project"), "series");
    BuildSession session = BuildSession.keeping();
    Pipeline incremental = new Pipeline(project, BaseUrl.parse("/"), session);
    incremental.render();
    session.takeComputed();
    Path page = project.resolve("content/reports/chips-q3/en/summary.md");
    Files.writeString(page, Files.readString(page) + "\nOne more sentence.\n");
    List<OutputFile> rebuilt = incremental.render().files();
    Map<String, Long> computed = session.takeComputed();
    assertThat(computed.get("BODY")).as(computed.toString()).isEqualTo(1L);
    assertThat(computed.get("FRAME")).as(computed.toString()).isEqualTo(1L);
    assertThat(contents(rebuilt))
        .isEqualTo(contents(new Pipeline(project, BaseUrl.parse("/")).render().files()));

    // A report's metadata shows on the listings and its own pages, not on the other reports'.
    Path metadata = project.resolve("content/reports/chips-q3/report.yaml");
    Files.writeString(
        metadata,
        Files.readString(metadata).replace("Chip Quarterly Q3", "Chip Quarterly Q3 (revised)"));
    incremental.render();
    computed = session.takeComputed();
    // Its four pages in two languages' frames, the home and the chips series page in each.
    assertThat(computed.get("FRAME")).as(computed.toString()).isLessThanOrEqualTo(12L);
  }

  private static Set<String> files(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      Set<String> files = new TreeSet<>();
      walk.filter(Files::isRegularFile)
          .forEach(file -> files.add(site.relativize(file).toString().replace('\\', '/')));
      return files;
    }
  }

  private static Map<String, String> contents(List<OutputFile> files) {
    Map<String, String> contents = new TreeMap<>();
    files.forEach(
        file -> contents.put(file.path(), new String(file.bytes(), StandardCharsets.ISO_8859_1)));
    return contents;
  }
}
