package dev.folio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.ContentException;
import dev.folio.output.PdfEditions;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SameBuild;
import dev.folio.testing.SiteCopy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An incremental build ({@code folio serve}'s: a pipeline with a session, rebuilt after each edit)
 * writes exactly the files a full build of the same sources writes, whatever the edit touched: a
 * page's text or title, a data file, a chart, an interface string, a template, a schema,
 * folio.yaml, static files, pages added and removed, and a broken edit and its repair.
 */
@NeedsTeaVm
class IncrementalBuildTest {
  @TempDir Path dir;
  private SiteCopy site;
  private BuildSession session;
  private Pipeline incremental;

  @BeforeEach
  void firstBuild() throws Exception {
    site = SiteCopy.report(dir);
    session = BuildSession.keeping();
    incremental = new Pipeline(site.root(), BaseUrl.parse("/"), session);
    assertSameAsFullBuild();
  }

  @Test
  void aSecondBuildOfUnchangedSourcesComputesNothingAgainButTheExtensionsPages() throws Exception {
    session.takeCounts();
    assertSameAsFullBuild();
    String counts = session.takeCounts();
    long computed = Long.parseLong(counts.replaceAll(".* (\\d+) computed", "$1"));
    long reused = Long.parseLong(counts.replaceAll("(\\d+) reused.*", "$1"));
    assertThat(reused).as(counts).isGreaterThan(50);
    // Only what no key can describe is redone: the pages of an extension's embeds.
    assertThat(computed).as(counts).isLessThan(reused / 10);
  }

  @Test
  void pagesTextAndTitle() throws Exception {
    site.replace("content/en/about.md", "## The original report", "## The report as printed");
    assertSameAsFullBuild();
    site.replace(
        "content/en/about.md", "title: \"About this edition\"", "title: \"About the edition\"");
    assertSameAsFullBuild();
  }

  /**
   * As {@code folio serve} builds, its PDFs laid out only when asked for (so that no page shows a
   * PDF's page numbers, which change with any page): a page moved in the reading order, then its
   * description edited. Every frame of its language lists the pages in the new order, with new
   * neighbours, though no other page changed; the description shows in its own frame only.
   */
  @Test
  void aPagesOrderAndDescriptionAsServeBuilds() throws Exception {
    BuildSession serving = BuildSession.keeping();
    Pipeline serve =
        new Pipeline(site.root(), BaseUrl.parse("/"), serving, PdfEditions.When.ON_REQUEST);
    Pipeline full =
        new Pipeline(
            site.root(), BaseUrl.parse("/"), BuildSession.oneOff(), PdfEditions.When.ON_REQUEST);
    SameBuild.assertSameAsFullBuild(serve, full);
    // (In both languages: the checks want the same order in each.)
    site.replace("content/zh/about.md", "order: 130", "order: 15");
    site.replace("content/en/about.md", "order: 130", "order: 15");
    SameBuild.assertSameAsFullBuild(serve, full);
    serving.takeComputed();
    site.replace(
        "content/en/about.md",
        "description: \"What the original is",
        "description: \"What the printed original is");
    SameBuild.assertSameAsFullBuild(serve, full);
    Map<String, Long> computed = serving.takeComputed();
    assertThat(computed.get("FRAME")).as(computed.toString()).isEqualTo(1);
  }

  /**
   * A page's text edited: its body is rendered again, on the web and in its language's PDF edition,
   * and no other page's; no chart is drawn again, no chart's image or card made again.
   */
  @Test
  void aPagesTextRendersThatPageAgainAndNoChart() throws Exception {
    session.takeComputed();
    site.replace("content/en/about.md", "## The original report", "## The report as printed");
    assertSameAsFullBuild();
    Map<String, Long> computed = session.takeComputed();
    assertThat(computed.get("BODY")).as(computed.toString()).isEqualTo(1);
    assertThat(computed.get("PRINT")).as(computed.toString()).isEqualTo(1);
    // The English PDF edition (it reads the whole report), the page's share card, and not one of
    // the charts' drawings, images or cards.
    var content = new Pipeline(site.root(), BaseUrl.parse("/")).render().site().reports().get(0);
    assertThat(computed.get("OUTPUT")).as(computed.toString()).isLessThanOrEqualTo(3);
    assertThat(content.charts()).hasSizeGreaterThan(3);
  }

  /**
   * A build that reused the PDF editions whole (a web template edited) asked for none of their
   * pages' parts; those are kept all the same, and the next page edit renders one part again, not
   * every part of its language.
   */
  @Test
  void aPagesTextAfterABuildThatReusedThePdfEditionsWholeRendersOnlyThatPagesPart()
      throws Exception {
    Path template = site.root().resolve("templates/page.ftlh");
    Files.createDirectories(template.getParent());
    Files.writeString(template, SiteCopy.builtInTemplate("page.ftlh") + "<#-- an override -->\n");
    assertSameAsFullBuild();
    session.takeComputed();
    site.replace("content/en/about.md", "## The original report", "## The report as printed");
    assertSameAsFullBuild();
    Map<String, Long> computed = session.takeComputed();
    assertThat(computed.get("BODY")).as(computed.toString()).isEqualTo(1);
    assertThat(computed.get("PRINT")).as(computed.toString()).isEqualTo(1);
  }

  @Test
  void aDataFileAndTheChartDrawnFromIt() throws Exception {
    site.replace("content/data/app-adoption.yaml", "months: 30", "months: 31");
    assertSameAsFullBuild();
    site.replace("content/charts.yaml", "highlight: chatgpt", "highlight: tiktok");
    assertSameAsFullBuild();
  }

  /**
   * A data file edited: the chart drawn from it is drawn again in each language, with its image,
   * card and pages, and the cards of the pages that show it first; no other chart's.
   */
  @Test
  void aDataFileRedrawsOnlyTheChartThatDrawsIt() throws Exception {
    // The first build's: every task.
    Map<String, Long> all = session.takeComputed();
    site.replace("content/data/app-adoption.yaml", "months: 30", "months: 31");
    assertSameAsFullBuild();
    Map<String, Long> computed = session.takeComputed();
    // (Every chart's image, card and pages were made again when each read every table.)
    assertThat(computed.get("OUTPUT") * 4)
        .as(computed + " of " + all)
        .isLessThan(all.get("OUTPUT"));
    assertThat(computed.get("BODY")).as(computed.toString()).isEqualTo(2);
  }

  @Test
  void aTableThatOtherTablesReferTo() throws Exception {
    // llm-models, ai-events and model-timeline show company names through `ref: companies`.
    site.replace(
        "content/data/companies.yaml",
        "name: {zh: 谷歌, en: Google}",
        "name: {zh: 谷歌, en: Google LLC}");
    assertSameAsFullBuild();
  }

  @Test
  void anInterfaceStringAndFolioYaml() throws Exception {
    site.replace(
        "i18n/en.yaml", "This edition is generated by Folio", "This edition is built by Folio");
    assertSameAsFullBuild();
    site.replace(
        "folio.yaml",
        "  en: AI technology change and industrialisation",
        "  en: AI technology change & industrialisation");
    assertSameAsFullBuild();
  }

  @Test
  void aTemplateOverrideAddedChangedAndRemoved() throws Exception {
    Path template = site.root().resolve("templates/table.ftlh");
    Files.createDirectories(template.getParent());
    String builtIn =
        new String(
            getClass().getResourceAsStream("/dev/folio/theme/templates/table.ftlh").readAllBytes(),
            StandardCharsets.UTF_8);
    Files.writeString(template, builtIn + "<!-- override -->\n");
    assertSameAsFullBuild();
    Files.writeString(template, builtIn + "<!-- changed override -->\n");
    assertSameAsFullBuild();
    Files.delete(template);
    assertSameAsFullBuild();
  }

  /** Adds a line, {@code key: value}, to the project's English interface strings. */
  private void addEnglishString(String line) throws IOException {
    Path strings = site.root().resolve("i18n/en.yaml");
    Files.writeString(strings, Files.readString(strings) + line);
  }

  @Test
  void stringsThatPageBodiesShowThroughCodeAndThroughTemplates() throws Exception {
    // note.label is read by the renderer for each note, errata.corrected by table.ftlh.
    addEnglishString("note.label: A note of the editor\n");
    assertSameAsFullBuild();
    addEnglishString("errata.corrected: corrected to\n");
    assertSameAsFullBuild();
  }

  @Test
  void aStringAnExtensionComputesATableWith() throws Exception {
    session.takeComputed();
    addEnglishString("cost.estimates.title: Inference cost from first principles\n");
    assertSameAsFullBuild();
    assertThat(session.takeComputed()).containsKey("EXTENSION");
  }

  @Test
  void aStringOnlyThePagesFrameShowsRendersOnlyThatLanguagesFramesAgain() throws Exception {
    session.takeComputed();
    site.replace(
        "i18n/en.yaml", "This edition is generated by Folio", "This edition is built by Folio");
    assertSameAsFullBuild();
    Map<String, Long> computed = session.takeComputed();
    // (the full build of assertSameAsFullBuild uses a session of its own)
    var content = new Pipeline(site.root(), BaseUrl.parse("/")).render().site().reports().get(0);
    long english = content.pages(content.languages().get(1)).size();
    long charts = content.charts().size();
    // Each English page's frame, those of Folio's own search and contents pages, and each chart's
    // own page and embed page in English.
    assertThat(computed.get("FRAME")).as(computed.toString()).isEqualTo(english + 2 + 2 * charts);
    // No body and no extension's contribution: none of them read that string.
    assertThat(computed).as(computed.toString()).doesNotContainKeys("BODY", "EXTENSION");
    // Nor does any chart's drawing, image, card or page's view: only the PDF editions (each reads
    // the whole report) are made again.
    assertThat(computed.get("OUTPUT")).as(computed.toString()).isLessThanOrEqualTo(2);
  }

  /**
   * Strings the charts' images and cards show (before the source, the licence, a figure's number)
   * and strings the charts' drawings show: every image that shows one follows its edit.
   */
  @Test
  void stringsTheChartsImagesShow() throws Exception {
    addEnglishString("table.source: Sources\n");
    assertSameAsFullBuild();
    addEnglishString("chart.number: \"Fig. {n}\"\n");
    assertSameAsFullBuild();
    addEnglishString("chart.logScale: logarithmic\n");
    assertSameAsFullBuild();
    addEnglishString("chart.unconfirmed: not confirmed\n");
    assertSameAsFullBuild();
    addEnglishString("image.rights: \"(c) {owner}\"\n");
    assertSameAsFullBuild();
  }

  @Test
  void thePageFrameTemplateAndPartialsABodyTemplateIncludes() throws Exception {
    Path templates = site.root().resolve("templates");
    Files.createDirectories(templates);
    String page = SiteCopy.builtInTemplate("page.ftlh");
    Files.writeString(templates.resolve("page.ftlh"), page + "<#-- an override -->\n");
    assertSameAsFullBuild();
    // table.ftlh includes a partial of the project's: editing the partial changes tables.
    Files.writeString(templates.resolve("_note.ftlh"), "<!-- partial 1 -->\n");
    Files.writeString(
        templates.resolve("table.ftlh"),
        SiteCopy.builtInTemplate("table.ftlh") + "<#include \"_note.ftlh\">\n");
    assertSameAsFullBuild();
    Files.writeString(templates.resolve("_note.ftlh"), "<!-- partial 2 -->\n");
    assertSameAsFullBuild();
    // A name made at run time may be any template: every change counts.
    Files.writeString(
        templates.resolve("table.ftlh"),
        SiteCopy.builtInTemplate("table.ftlh") + "<#include \"_no\" + \"te.ftlh\">\n");
    assertSameAsFullBuild();
    Files.writeString(templates.resolve("_note.ftlh"), "<!-- partial 3 -->\n");
    assertSameAsFullBuild();
  }

  @Test
  void aTemplateEditThatFailsToRenderThenItsRevertBuildTheSameAsAFullBuild() throws Exception {
    Path template = site.root().resolve("templates/page.ftlh");
    Files.createDirectories(template.getParent());
    String page = SiteCopy.builtInTemplate("page.ftlh");
    Files.writeString(template, page);
    assertSameAsFullBuild();
    // Parses, then fails on every page: the parsed template must not outlive the failed build.
    Files.writeString(template, page + "<p>${page.noSuchField}</p>\n");
    assertThatThrownBy(incremental::render).isInstanceOf(ContentException.class);
    // Reverted, with a string every frame shows edited, so that every frame is rendered again.
    Files.writeString(template, page);
    site.replace(
        "i18n/en.yaml", "This edition is generated by Folio", "This edition is built by Folio");
    assertSameAsFullBuild();
  }

  @Test
  void aSchemaAndAStaticFile() throws Exception {
    Path schema = site.root().resolve("schemas/app-adoption.schema.json");
    String text = Files.readString(schema);
    Files.writeString(schema, text.replaceFirst("\\{", "{\"\\$comment\": \"edited\","));
    assertSameAsFullBuild();
    Files.createDirectories(site.root().resolve("static"));
    Files.writeString(site.root().resolve("static/notes.txt"), "notes\n");
    assertSameAsFullBuild();
  }

  @Test
  void pagesAddedAndRemoved() throws Exception {
    Path zh = site.root().resolve("content/zh/extra.md");
    Path en = site.root().resolve("content/en/extra.md");
    Files.writeString(zh, "---\ntitle: 附录\norder: 140\n---\n正文。\n");
    Files.writeString(en, "---\ntitle: Appendix\norder: 140\n---\nText.\n");
    assertSameAsFullBuild();
    Files.delete(zh);
    Files.delete(en);
    assertSameAsFullBuild();
  }

  @Test
  void aBrokenEditFailsAsAFullBuildDoesAndItsRepairBuildsTheSame() throws Exception {
    site.replace("content/data/app-adoption.yaml", "months: 30", "months: [30");
    assertThatThrownBy(incremental::render).isInstanceOf(ContentException.class);
    assertThatThrownBy(() -> new Pipeline(site.root(), BaseUrl.parse("/")).render())
        .isInstanceOf(ContentException.class);
    site.replace("content/data/app-adoption.yaml", "months: [30", "months: 32");
    assertSameAsFullBuild();
  }

  private void assertSameAsFullBuild() throws ContentException {
    SameBuild.assertSameAsFullBuild(site.root(), incremental);
  }
}
