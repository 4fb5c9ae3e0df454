package dev.folio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code folio theme}: the theme's files, which the project overrides, and copying one. */
class ThemeCommandTest {
  @TempDir Path dir;

  private Path site() {
    return TestSites.prepare(dir.resolve("site"), "extensions");
  }

  private static Folio.Run theme(Path site, String... args) {
    String[] line = new String[args.length + 3];
    line[0] = "theme";
    System.arraycopy(args, 0, line, 1, args.length);
    line[args.length + 1] = "--source";
    line[args.length + 2] = site.toString();
    return Folio.run(line);
  }

  /** How many keys the theme's strings have (every language's file has the same). */
  private static int themeKeys() throws IOException {
    return (int)
        builtIn("/dev/folio/theme/i18n/en.yaml")
            .lines()
            .filter(line -> line.matches("[a-zA-Z][\\w.]*:.*"))
            .count();
  }

  private static String builtIn(String resource) throws IOException {
    try (InputStream in = ThemeCommandTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void listsTheTemplatesAssetsAndStringsOfTheThemeAndTheEnabledExtensions() throws IOException {
    Folio.Run run = theme(site());
    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(run.out())
        .containsSubsequence("Templates", "Assets", "Interface strings")
        .containsPattern("(?m)^  page\\.ftlh +built-in theme$")
        .containsPattern("(?m)^  _layout\\.ftlh +built-in theme$")
        .containsPattern("(?m)^  calculator\\.ftlh +inference-cost$")
        .containsPattern("(?m)^  assets/style\\.css +built-in theme$")
        .containsPattern("(?m)^  en\\.yaml +built-in theme, " + themeKeys() + " keys$")
        .containsPattern("(?m)^  zh\\.yaml +inference-cost, 220 keys$")
        .containsPattern("(?m)^  en\\.yaml +growth, 14 keys$")
        .doesNotContain("overridden");
  }

  @Test
  void copyPutsATemplateIntoTheProjectWhereItOverridesTheThemes() throws IOException {
    Path site = site();
    Folio.Run copy = theme(site, "copy", "page.ftlh");
    assertThat(copy.exitCode()).as(copy.all()).isZero();
    assertThat(copy.out()).contains("folio: wrote templates/page.ftlh");
    assertThat(Files.readString(site.resolve("templates/page.ftlh")))
        .isEqualTo(builtIn("/dev/folio/theme/templates/page.ftlh"));
    assertThat(theme(site).out())
        .containsPattern(
            "(?m)^  page\\.ftlh +built-in theme  \\(overridden by templates/page.ftlh\\)$");
    Folio.Run check = Folio.run("check", "--source", site.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
  }

  @Test
  void copyTakesAnExtensionsTemplateAnAssetAndAProjectPath() throws IOException {
    Path site = site();
    assertThat(theme(site, "copy", "calculator.ftlh").exitCode()).isZero();
    assertThat(Files.readString(site.resolve("templates/calculator.ftlh")))
        .isEqualTo(builtIn("/dev/folio/extensions/inference/templates/calculator.ftlh"));
    assertThat(theme(site, "copy", "assets/style.css").exitCode()).isZero();
    assertThat(Files.readString(site.resolve("templates/assets/style.css")))
        .isEqualTo(builtIn("/dev/folio/theme/assets/style.css"));
    assertThat(theme(site, "copy", "templates/table.ftlh").exitCode()).isZero();
    assertThat(site.resolve("templates/table.ftlh")).isRegularFile();
  }

  @Test
  void copyingStringsWritesTheThemesAndTheExtensionsKeysOfThatLanguage() throws IOException {
    Path site = site();
    Folio.Run copy = theme(site, "copy", "en.yaml");
    assertThat(copy.exitCode()).as(copy.all()).isZero();
    String strings = Files.readString(site.resolve("i18n/en.yaml"));
    assertThat(strings)
        .startsWith(builtIn("/dev/folio/theme/i18n/en.yaml"))
        .contains("# ==== The inference-cost extension ====")
        .contains("calc.title: Estimate a scenario")
        .contains("cost.cli.scenario: Scenario");
    assertThat(theme(site).out())
        .containsPattern(
            "(?m)^  en\\.yaml +built-in theme, " + themeKeys() + " keys  \\(overridden key by key")
        .containsPattern("(?m)^  zh\\.yaml +built-in theme, " + themeKeys() + " keys$");
    Folio.Run check = Folio.run("check", "--source", site.toString());
    assertThat(check.exitCode()).as(check.all()).isZero();
  }

  @Test
  void copyNeverOverwritesAFile() throws IOException {
    Path site = site();
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/page.ftlh"), "mine");
    Folio.Run copy = theme(site, "copy", "page.ftlh");
    assertThat(copy.exitCode()).isEqualTo(2);
    assertThat(copy.err().lines())
        .containsExactly(
            "folio theme copy: templates/page.ftlh: already exists; folio theme copy never"
                + " overwrites a file",
            "    hint: edit it, or move it away first to start again from the theme's");
    assertThat(Files.readString(site.resolve("templates/page.ftlh"))).isEqualTo("mine");
  }

  @Test
  void anUnknownNameIsBadUsageWithTheClosestName() {
    Path site = site();
    Folio.Run copy = theme(site, "copy", "pgae.ftlh");
    assertThat(copy.exitCode()).isEqualTo(2);
    assertThat(copy.err().lines())
        .containsExactly(
            "folio theme copy: templates/pgae.ftlh: the theme has no such file",
            "    hint: did you mean page.ftlh? `folio theme` lists the names to copy");
    assertThat(site.resolve("templates")).doesNotExist();
    assertThat(theme(site, "copy").exitCode()).isEqualTo(2);
  }

  @Test
  void aFolderWithoutFolioYamlIsAContentErrorWithNoTrace() {
    Folio.Run run = theme(dir);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("there is no folio.yaml").doesNotContain("\tat ");
    assertThat(theme(dir, "copy", "page.ftlh").exitCode()).isEqualTo(1);
  }
}
