package dev.folio.extensions.shares;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.HtmlChecker;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/extensions.md's worked example works as written: an extension that lives outside the
 * generator (here in the tests, registered by their own service file) is enabled by a site made
 * with {@code folio new}, checked, computed and published like the built-in ones.
 */
class ThirdExtensionTest {
  @Test
  void aSiteEnablesTheSharesExtensionAndPublishesItsTableInEveryLanguage(@TempDir Path dir)
      throws IOException {
    Path project = newSiteWithShares(dir);
    Path site = dir.resolve("site");
    Folio.build(project, site);

    Document en = Jsoup.parse(site.resolve("en/shares/index.html").toFile(), "UTF-8");
    assertThat(en.select("#table-measurements-shares figcaption").text())
        .contains("Shares of the total");
    assertThat(en.select("#table-measurements-shares tbody tr").eachText())
        .containsExactly("North 42 25.9%", "South 35 21.6%", "East 58 35.8%", "West 27 16.7%");
    assertThat(en.select("#table-measurements-shares .provenance").text())
        .contains("Computed by the shares extension from measurements");
    Document zh = Jsoup.parse(site.resolve("zh/shares/index.html").toFile(), "UTF-8");
    assertThat(zh.select("#table-measurements-shares thead").text()).contains("占总量的份额");
    assertThat(site.resolve("data/measurements-shares.csv"))
        .content()
        .contains("north", "0.25925925925925924");
    assertThat(HtmlChecker.get().checkSite(site)).isEmpty();
  }

  @Test
  void itsChecksReportAtTheLineOfTheValue(@TempDir Path dir) throws IOException {
    Path project = newSiteWithShares(dir);
    Path data = project.resolve("content/data/measurements.yaml");
    Files.writeString(data, Files.readString(data).replace("value: 35", "value: -35"));
    Folio.Run check = Folio.run("check", "--source", project.toString());
    assertThat(check.exitCode()).isEqualTo(1);
    assertThat(check.err())
        .contains(
            "content/data/measurements.yaml:19:12: a share cannot be" + " negative",
            "hint: write the row's part of the total, 0 or more");
  }

  @Test
  void theDocsShowTheExampleAsItIs() throws IOException {
    String docs =
        Files.readString(Folio.projectDir().resolve("docs/extensions.md"), StandardCharsets.UTF_8);
    for (String file :
        new String[] {
          "src/test/java/dev/folio/extensions/shares/SharesExtension.java",
          "src/test/resources/dev/folio/extensions/shares/i18n/en.yaml",
          "src/test/resources/overlays/shares-in-a-new-site/folio.yaml.append",
          "src/test/resources/overlays/shares-in-a-new-site/content/en/shares.md"
        }) {
      String text = Files.readString(Folio.projectDir().resolve(file), StandardCharsets.UTF_8);
      assertThat(docs).as("docs/extensions.md shows %s as it is", file).contains(text);
    }
  }

  private static Path newSiteWithShares(Path dir) {
    Path project = dir.resolve("report");
    Folio.Run created = Folio.run("new", project.toString());
    assertThat(created.exitCode()).as(created.all()).isZero();
    TestSites.apply(project, TestSites.resources().resolve("overlays/shares-in-a-new-site"));
    return project;
  }
}
