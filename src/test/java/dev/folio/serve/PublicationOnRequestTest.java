package dev.folio.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.memo.BuildSession;
import dev.folio.model.BaseUrl;
import dev.folio.model.OutputFile;
import dev.folio.output.PdfEditions;
import dev.folio.testing.TestSites;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio serve} makes a PDF edition or a PNG image only when a browser requests it: a build
 * renders the pages, which link the PDF without its size or page numbers, and the server makes the
 * file on its first request; a rebuild that changes nothing the PDF reads keeps the PDF it made.
 * {@code folio build} makes every file, and its pages show the PDF's size.
 */
class PublicationOnRequestTest {
  @TempDir Path dir;

  @Test
  void serveMakesAPdfAndAnImageOnlyWhenTheyAreRequestedAndKeepsThemWhileTheyStayTheSame()
      throws Exception {
    Path source = TestSites.prepare(dir.resolve("project"), "notes-and-errata");
    BuildSession session = BuildSession.keeping();
    Pipeline serve = new Pipeline(source, BaseUrl.parse("/"), session, PdfEditions.When.ON_REQUEST);
    Map<String, OutputFile> files = byPath(serve.render().files());
    OutputFile pdf = files.get("zh/report.pdf");
    OutputFile png = files.get("zh/charts/parameters/parameters.png");
    assertThat(pdf.made()).as("the PDF, before any request").isFalse();
    assertThat(png.made()).as("a chart's PNG, before any request").isFalse();
    String page = text(files.get("zh/index.html"));
    assertThat(page).contains("href=\"../zh/report.pdf\"").doesNotContain("#page=");
    assertThat(page).doesNotContain("KB）").doesNotContain("MB）");

    SiteFiles served = SiteFiles.of(List.copyOf(files.values()));
    byte[] bytes = served.file("zh/report.pdf");
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    assertThat(pdf.made()).isTrue();
    assertThat(files.get("en/report.pdf").made()).as("the other language's PDF").isFalse();
    assertThat(served.file("zh/charts/parameters/parameters.png")).startsWith(0x89, 'P', 'N', 'G');

    // A rebuild of the same sources serves the PDF and the PNG already made.
    Map<String, OutputFile> rebuilt = byPath(serve.render().files());
    assertThat(rebuilt.get("zh/report.pdf").made()).as("the PDF, kept").isTrue();
    assertThat(rebuilt.get("zh/charts/parameters/parameters.png").made()).isTrue();
    // A static file is something the PDF reads (its images): a new PDF, made when requested;
    // the chart's PNG, which does not read it, is kept.
    Path notes = source.resolve("static/notes.txt");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, "notes\n");
    Map<String, OutputFile> edited = byPath(serve.render().files());
    assertThat(edited.get("zh/report.pdf").made()).isFalse();
    assertThat(edited.get("zh/charts/parameters/parameters.png").made()).isTrue();
  }

  @Test
  void aBuildMakesEveryFileAndItsPagesShowThePdfsSizeAndPages() throws Exception {
    Path source = TestSites.prepare(dir.resolve("project"), "notes-and-errata");
    Map<String, OutputFile> files =
        byPath(new Pipeline(source, BaseUrl.parse("/")).render().files());
    assertThat(text(files.get("zh/index.html"))).contains("report.pdf#page=").contains("KB）");
    assertThat(text(files.get("zh/report.pdf"))).startsWith("%PDF-");
  }

  private static Map<String, OutputFile> byPath(List<OutputFile> files) {
    return files.stream().collect(Collectors.toMap(OutputFile::path, Function.identity()));
  }

  private static String text(OutputFile file) {
    return new String(file.bytes(), StandardCharsets.UTF_8);
  }
}
