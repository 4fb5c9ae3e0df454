package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.Problem;
import dev.folio.model.Publication;
import dev.folio.model.SourcePos;
import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fonts of the PDF editions and images: a language written in Chinese, Japanese or Korean
 * characters puts a CJK TrueType font first, any other a Latin one; a font {@code folio.yaml} names
 * comes first and must be a TrueType font that exists; a missing font is one clear problem that
 * names what to install or where to name one, never a stack trace.
 */
class PdfFontsTest {
  @TempDir Path dir;

  @Test
  void languagesWrittenInHanKanaOrHangulPutTheirCjkFontFirst() {
    assertThat(PdfFonts.writtenInCjk(Language.of("zh-CN", "zh", "中文"))).isTrue();
    assertThat(PdfFonts.writtenInCjk(Language.of("zh-Hant", "zh-hant", "繁體中文"))).isTrue();
    assertThat(PdfFonts.writtenInCjk(Language.of("ja", "ja", "日本語"))).isTrue();
    assertThat(PdfFonts.writtenInCjk(Language.of("ko", "ko", "한국어"))).isTrue();
    assertThat(PdfFonts.writtenInCjk(Language.of("en", "en", "English"))).isFalse();
    assertThat(PdfFonts.writtenInCjk(Language.of("fr", "fr", "Français"))).isFalse();
    PdfFonts.Fonts chinese =
        PdfFonts.of(dir, Publication.DEFAULT, Language.of("zh-CN", "zh", "中文"));
    PdfFonts.Fonts english = PdfFonts.of(dir, Publication.DEFAULT, Language.of("en", "en", "En"));
    assertThat(chinese.problems()).isEmpty();
    assertThat(chinese.faces().get(0).collection()).as("the CJK font, a .ttc").isTrue();
    assertThat(english.faces().get(0).collection()).as("the Latin font, a .ttf").isFalse();
    assertThat(english.families()).startsWith("'DejaVu Sans'");
    assertThat(chinese.families()).startsWith("'WenQuanYi Micro Hei'");
  }

  @Test
  void noCjkFontInstalledIsOneProblemThatNamesThePackageToInstall() {
    Language chinese = Language.of("zh-CN", "zh", "中文");
    PdfFonts.Fonts fonts =
        PdfFonts.of(
            dir,
            Publication.DEFAULT,
            chinese,
            List.of(new PdfFonts.Known("/nowhere/DejaVuSans.ttf", null, "fonts-dejavu-core")),
            List.of(new PdfFonts.Known("/nowhere/wqy-microhei.ttc", null, "fonts-wqy-microhei")));
    assertThat(fonts.problems()).hasSize(1);
    Problem problem = fonts.problems().get(0);
    assertThat(problem.format())
        .startsWith("folio.yaml:1:1: the PDF edition and images in 中文 (zh-CN) need a TrueType font")
        .contains("sudo apt-get install fonts-wqy-microhei")
        .contains("publication: fonts: zh:");
  }

  @Test
  void aFontFolioYamlNamesComesFirstAndMustExistAndBeTrueType() throws IOException {
    Path own = dir.resolve("fonts/own.ttf");
    Files.createDirectories(own.getParent());
    Files.copy(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), own);
    Files.write(dir.resolve("fonts/cff.otf"), "OTTO and then some".getBytes());
    Language chinese = Language.of("zh-CN", "zh", "中文");
    Publication publication =
        new Publication(
            true,
            true,
            Map.of(
                "zh",
                List.of(
                    new Publication.FontFile("fonts/own.ttf", new SourcePos("folio.yaml", 5, 9)),
                    new Publication.FontFile("fonts/cff.otf", new SourcePos("folio.yaml", 6, 9)),
                    new Publication.FontFile("fonts/gone.ttf", new SourcePos("folio.yaml", 7, 9)))),
            null);
    PdfFonts.Fonts fonts = PdfFonts.of(dir, publication, chinese);
    assertThat(fonts.faces().get(0).file()).isEqualTo(own);
    assertThat(fonts.problems().stream().map(Problem::format).toList())
        .satisfiesExactly(
            cff ->
                assertThat(cff)
                    .startsWith("folio.yaml:6:9: the font file ")
                    .contains("cff.otf is an OpenType font with CFF outlines"),
            gone ->
                assertThat(gone)
                    .startsWith("folio.yaml:7:9: the font file ")
                    .contains("gone.ttf does not exist"));
  }

  @Test
  void checkReportsAFontNamedInFolioYamlThatDoesNotExistAtItsLineAndColumn() throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "notes-and-errata");
    Files.writeString(
        source.resolve("folio.yaml"),
        Files.readString(source.resolve("folio.yaml"))
            + "publication:\n  fonts:\n    zh: [fonts/NoSuch.ttf]\n");
    Folio.Run check = Folio.run("check", "--source", source.toString());
    assertThat(check.exitCode()).as(check.all()).isEqualTo(1);
    assertThat(check.err())
        .contains("folio.yaml:")
        .containsPattern("folio\\.yaml:\\d+:\\d+: the font file .*NoSuch\\.ttf does not exist")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }
}
