package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SiteSnapshot;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every build promises: deterministic output, base URLs, and the command line's contract. */
class BuildGuaranteesTest {
  @NeedsTeaVm
  @Test
  void twoBuildsOfTheSameInputAreByteIdentical(@TempDir Path dir) {
    Folio.buildFixture("report", dir.resolve("one"));
    Folio.buildFixture("report", dir.resolve("two"));
    assertThat(SiteSnapshot.of(dir.resolve("two")))
        .isEqualTo(SiteSnapshot.of(dir.resolve("one")))
        .isNotEmpty();
  }

  @NeedsTeaVm
  @Test
  void aSuccessfulBuildReplacesTheWholePreviousSite(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Files.createDirectories(site.resolve("stale"));
    Files.writeString(site.resolve("index.html"), "a previous build");
    Files.writeString(site.resolve("stale/old.html"), "old");
    Folio.buildFixture("report", site);
    assertThat(site.resolve("stale")).doesNotExist();
    assertThat(site.resolve("index.html")).isRegularFile();
  }

  @NeedsTeaVm
  @Test
  void projectSiteBaseUrlMakesAbsoluteLinksCarryTheRepositoryPath(@TempDir Path dir)
      throws IOException {
    Path site = dir.resolve("site");
    Folio.buildFixture("report", site, "--base-url", "/repo-name/");
    Document page = Jsoup.parse(site.resolve("en/llm-models/index.html").toFile(), "UTF-8");
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("/repo-name/en/llm-models/");
    assertThat(page.select("link[hreflang=zh-CN]").attr("href"))
        .isEqualTo("/repo-name/zh/llm-models/");
    assertThat(page.select("link[hreflang=x-default]").attr("href")).isEqualTo("/repo-name/");
    Document notFound = Jsoup.parse(site.resolve("404.html").toFile(), "UTF-8");
    assertThat(notFound.select("a").eachAttr("href"))
        .containsExactly("/repo-name/zh/", "/repo-name/en/");
    assertThat(notFound.select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/repo-name/assets/style.css");
    assertThat(Files.readString(site.resolve("robots.txt")))
        .contains("Sitemap: /repo-name/sitemap.xml");
  }

  @NeedsTeaVm
  @Test
  void fullBaseUrlMakesCanonicalLinksAndTheSitemapAbsolute(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    Folio.buildFixture("report", site, "--base-url", "https://owner.github.io/repo-name");
    Document page = Jsoup.parse(site.resolve("zh/index.html").toFile(), "UTF-8");
    assertThat(page.select("link[rel=canonical]").attr("href"))
        .isEqualTo("https://owner.github.io/repo-name/zh/");
    assertThat(Files.readString(site.resolve("sitemap.xml")))
        .contains("<loc>https://owner.github.io/repo-name/en/llm-models/</loc>")
        .contains("hreflang=\"zh-CN\" href=\"https://owner.github.io/repo-name/zh/llm-models/\"");
  }

  @Test
  void checkValidatesWithoutWritingAnything(@TempDir Path dir) {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Folio.Run check = Folio.run("check", "--source", source.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
    assertThat(check.out()).contains("no problems");
    assertThat(source.resolve("site")).doesNotExist();
  }

  @Test
  void badCommandLineUsageExitsWithTwo() {
    Folio.Run unknownOption = Folio.run("build", "--no-such-option");
    assertThat(unknownOption.exitCode()).isEqualTo(2);
    assertThat(unknownOption.err()).contains("--no-such-option");
    assertThat(Folio.run("no-such-command").exitCode()).isEqualTo(2);
    assertThat(Folio.run("build", "--base-url", "/a b/").exitCode()).isEqualTo(2);
    assertThat(Folio.run("serve", "--port", "70000").exitCode()).isEqualTo(2);
  }

  @Test
  void everyCommandExplainsItselfWithHelp() {
    for (String command : new String[] {"build", "check", "serve"}) {
      Folio.Run help = Folio.run(command, "--help");
      assertThat(help.exitCode()).isZero();
      assertThat(help.out()).contains("Usage: folio " + command);
    }
    assertThat(Folio.run("--help").out()).contains("build", "check", "serve");
  }

  @Test
  void buildRefusesAnOutputFolderThatIsNotASite(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path notes = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(notes.resolve("todo.txt"), "keep me");
    Path file = Files.writeString(dir.resolve("file.txt"), "keep me too");
    for (Path out : new Path[] {source, dir, notes, file}) {
      Folio.Run run = Folio.run("build", "--source", source.toString(), "--out", out.toString());
      assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
      assertThat(run.err()).contains("refusing to replace it");
    }
    assertThat(notes.resolve("todo.txt")).hasContent("keep me");
    assertThat(file).hasContent("keep me too");
    assertThat(source.resolve("content")).isDirectory();
    assertThat(
            Folio.run(
                    "build",
                    "--source",
                    source.toString(),
                    "--out",
                    dir.resolve("empty-or-new").toString())
                .exitCode())
        .isZero();
  }

  @Test
  void aProjectsTemplatesAndAssetsOverrideTheThemesFileByFile(@TempDir Path dir)
      throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    assertThat(source.resolve("templates"))
        .as("the fixture uses the built-in theme")
        .doesNotExist();
    Files.createDirectories(source.resolve("templates/assets"));
    Files.writeString(
        source.resolve("templates/table.ftlh"), "<p class=\"own\">${table.title}</p>");
    Files.writeString(source.resolve("templates/assets/style.css"), "body { color: teal; }\n");
    Path site = dir.resolve("site");
    Folio.Run run = Folio.run("build", "--source", source.toString(), "--out", site.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    Document page = Jsoup.parse(site.resolve("en/models/index.html").toFile(), "UTF-8");
    assertThat(page.select("p.own").text()).isEqualTo("Model table");
    assertThat(page.select("header.site-header")).as("the theme's page.ftlh").hasSize(1);
    assertThat(site.resolve("assets/style.css")).hasContent("body { color: teal; }");
    assertThat(site.resolve("assets/site.js")).as("the theme's other assets").isRegularFile();
  }

  @Test
  void staticFilesAreCopiedAsTheyAreAndMayNotReplaceWhatFolioWrites(@TempDir Path dir)
      throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Files.createDirectories(source.resolve("static/files"));
    Files.write(source.resolve("static/files/report.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1});
    Files.writeString(source.resolve("static/favicon.ico"), "icon");
    Path site = dir.resolve("site");
    Folio.Run run = Folio.run("build", "--source", source.toString(), "--out", site.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(site.resolve("files/report.pdf"))
        .hasBinaryContent(new byte[] {'%', 'P', 'D', 'F', 0, 1});
    assertThat(site.resolve("favicon.ico")).hasContent("icon");

    Files.writeString(source.resolve("static/robots.txt"), "mine");
    Files.createDirectories(source.resolve("static/assets"));
    Files.writeString(source.resolve("static/assets/style.css"), "mine");
    Folio.Run clash = Folio.run("build", "--source", source.toString(), "--out", site.toString());
    assertThat(clash.exitCode()).isEqualTo(1);
    assertThat(clash.err())
        .contains(
            "static/robots.txt:1:1: static/robots.txt would replace the"
                + " robots.txt that Folio writes")
        .contains("static/assets/style.css:")
        .contains("put it in templates/assets/style.css");
  }

  @Test
  void aMissingSourceFolderIsAContentErrorNotACrash(@TempDir Path dir) {
    Folio.Run run = Folio.run("build", "--source", dir.resolve("nowhere").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("there is no folio.yaml").doesNotContain("Exception");
  }
}
