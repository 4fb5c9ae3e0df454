package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.render.Citations;
import dev.folio.testing.Folio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A report's cover carries what indexes of scholarly works read (Google Scholar's {@code
 * citation_*} tags, schema.org JSON-LD that parses) and says how to cite the report in the
 * language's style (GB/T 7714-2015 in Chinese, APA in English), with BibTeX, RIS and CSL-JSON for
 * reference managers. On the series fixture: numbered reports of a series, in two languages.
 */
class CitationFilesTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void build() {
    site = dir.resolve("site");
    Folio.buildFixture("series", site, "--base-url", "https://example.org/folio/");
  }

  private static Document cover(String lang) throws IOException {
    return Jsoup.parse(
        Files.readString(site.resolve(lang + "/chips-q2/index.html"), StandardCharsets.UTF_8));
  }

  private static List<String> meta(Document page, String name) {
    return page.select("meta[name=" + name + "]").eachAttr("content");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theCoverCarriesGoogleScholarsTags(String lang) throws IOException {
    Document cover = cover(lang);
    assertThat(meta(cover, "citation_title"))
        .containsExactly(lang.equals("zh") ? "芯片季报第二季度" : "Chip Quarterly Q2");
    assertThat(meta(cover, "citation_author"))
        .containsExactly(lang.equals("zh") ? "作者甲" : "Author A");
    assertThat(meta(cover, "citation_publication_date")).containsExactly("2024/06/30");
    assertThat(meta(cover, "citation_technical_report_institution"))
        .containsExactly(lang.equals("zh") ? "测试研究所" : "Test Institute");
    assertThat(meta(cover, "citation_technical_report_number")).containsExactly("2");
    assertThat(meta(cover, "citation_language"))
        .containsExactly(lang.equals("zh") ? "zh-CN" : "en");
    String pdf = "https://example.org/folio/" + lang + "/chips-q2/report.pdf";
    assertThat(meta(cover, "citation_pdf_url")).containsExactly(pdf);
    assertThat(site.resolve(lang + "/chips-q2/report.pdf")).isRegularFile();
    // Only a report's cover is its citation.
    assertThat(
            meta(
                Jsoup.parse(site.resolve(lang + "/chips-q2/contents/index.html").toFile()),
                "citation_title"))
        .isEmpty();
  }

  @Test
  void theJsonLdParsesAndNamesTheReportItsSeriesItsTranslationAndItsPdf() throws IOException {
    JsonNode zh = JSON.readTree(cover("zh").selectFirst("script[type=application/ld+json]").data());
    assertThat(zh.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(zh.get("@type").asString()).isEqualTo("Report");
    assertThat(zh.get("name").asString()).isEqualTo("芯片季报第二季度");
    assertThat(zh.get("inLanguage").asString()).isEqualTo("zh-CN");
    assertThat(zh.get("datePublished").asString()).isEqualTo("2024-06-30");
    assertThat(zh.get("reportNumber").asString()).isEqualTo("2");
    assertThat(zh.get("author").get(0).get("name").asString()).isEqualTo("作者甲");
    assertThat(zh.get("publisher").get("name").asString()).isEqualTo("测试研究所");
    assertThat(zh.get("isPartOf").get("@type").asString()).isEqualTo("CreativeWorkSeries");
    assertThat(zh.get("isPartOf").get("name").asString()).isEqualTo("芯片季报");
    assertThat(zh.get("isPartOf").get("url").asString())
        .isEqualTo("https://example.org/folio/zh/series/chips/");
    assertThat(zh.get("workTranslation").get(0).get("inLanguage").asString()).isEqualTo("en");
    assertThat(zh.get("encoding").get("encodingFormat").asString()).isEqualTo("application/pdf");
    assertThat(zh.get("encoding").get("contentUrl").asString())
        .isEqualTo("https://example.org/folio/zh/chips-q2/report.pdf");
    JsonNode en = JSON.readTree(cover("en").selectFirst("script[type=application/ld+json]").data());
    assertThat(en.get("translationOfWork").get("url").asString())
        .isEqualTo("https://example.org/folio/zh/chips-q2/");
  }

  @Test
  void howToCiteFollowsEachLanguagesStyle() throws IOException {
    String zh = cover("zh").selectFirst(".cite-text").text();
    // GB/T 7714-2015 prints a report's number after its title: 题名: 编号[R/OL].
    assertThat(zh)
        .isEqualTo("作者甲. 芯片季报第二季度: 2[R/OL]. 测试研究所, 2024. https://example.org/folio/zh/chips-q2/.");
    String en = cover("en").selectFirst(".cite-text").text();
    assertThat(en)
        .startsWith("Author A. (2024). Chip Quarterly Q2")
        .contains("Test Institute")
        .endsWith("https://example.org/folio/en/chips-q2/");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zh", "en"})
  void theReferenceIsThereForReferenceManagers(String lang) throws IOException {
    Path folder = site.resolve(lang + "/chips-q2");
    Document cover = cover(lang);
    assertThat(cover.select(".cite-files a").eachAttr("href"))
        .containsExactly(
            "../../" + lang + "/chips-q2/citation.bib",
            "../../" + lang + "/chips-q2/citation.ris",
            "../../" + lang + "/chips-q2/citation.json");
    String bib = Files.readString(folder.resolve("citation.bib"));
    assertThat(bib)
        .startsWith("@techreport{chips-q2-" + lang + ",\n")
        .contains("  year = {2024},\n", "  number = {2},\n")
        .contains("  url = {https://example.org/folio/" + lang + "/chips-q2/},\n")
        .endsWith("\n}\n");
    String ris = Files.readString(folder.resolve("citation.ris"));
    assertThat(ris)
        .startsWith("TY  - RPRT\r\n")
        .contains("PY  - 2024\r\n", "DA  - 2024/06/30\r\n")
        .endsWith("ER  - \r\n");
    JsonNode csl = JSON.readTree(folder.resolve("citation.json").toFile());
    assertThat(csl.get(0).get("type").asString()).isEqualTo("report");
    assertThat(csl.get(0).get("number").asString()).isEqualTo("2");
    assertThat(csl.get(0).get("issued").get("date-parts").get(0).get(1).asInt()).isEqualTo(6);
  }

  @Test
  void bibtexEscapesItsSpecialCharacters() {
    assertThat(Citations.tex("AI & 50% of R_D {x}")).isEqualTo("AI \\& 50\\% of R\\_D \\{x\\}");
  }
}
