package dev.folio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.SearchFiles;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * One golden case per feature, as Observable Framework keeps {@code test/input/build/CASE} and
 * {@code test/output/build/CASE}: the fixture {@code sites/CASE} is built and every file it writes
 * is compared byte for byte with {@code golden/CASE}, so that a change to templates or rendering
 * shows up as a reviewable diff. Regenerate with {@code mvn -B -P update-golden test} (never in
 * CI). Assets are copied verbatim, so they are compared with their source (the project's {@code
 * templates/assets/}, else the theme's or an extension's) instead of a golden copy; everything
 * else, the search index and the data downloads included, is in the golden folder, but for the
 * binary files (the PDF editions, the PNG images): {@code golden/CASE/binary-files.txt} lists them,
 * and the build must write exactly those. Their bytes are checked by their own tests
 * (PdfEditionTest, ChartFilesTest, ShareCardsTest): a PNG's pixels depend on the JDK's rasteriser,
 * and a golden copy of a PDF would say less than a test that reads it with pdffonts and pdftotext.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteGoldenTest {
  /** The cases whose fixtures build without TeaVM's {@code calculator.js}, with their feature. */
  static final List<String> CASES =
      List.of(
          "basic", // pages in two languages, a section, a table, a note, static files
          "trilingual", // three languages, two of them with interface strings from the project
          "chart-kinds", // one chart of every kind on one page
          "notes-and-errata", // notes, a table with corrections of each confidence, and its chart
          "static-files", // static/ published as it is; templates/assets/ replaces a theme asset
          "series"); // several reports: two series (a line of editions, numbered), one alone

  /** The cases whose pages place the calculator, whose script TeaVM compiles. */
  static final List<String> CALCULATOR_CASES =
      List.of("extensions"); // both built-in extensions: their tables, charts and the calculator

  private static final Path GOLDEN = TestSites.resources().resolve("golden");

  /** The list of a case's binary files, in its golden folder. */
  static final String BINARY_FILES = "binary-files.txt";

  private static final Path THEME_ASSETS =
      Folio.projectDir().resolve("src/main/resources/dev/folio/theme/assets");

  /** Where the assets Folio writes come from, on the class path, after the project's own. */
  private static final List<String> ASSET_FOLDERS =
      List.of("/dev/folio/theme/assets/", "/dev/folio/extensions/inference/assets/");

  @Order(1)
  @ParameterizedTest(name = "{0}")
  @FieldSource("CASES")
  void siteMatchesItsReviewedGoldenFiles(String name, @TempDir Path dir) throws IOException {
    Path site = buildAndCompare(name, dir);
    assertThat(site.resolve("assets/calculator.js"))
        .as("a case that places the calculator belongs in CALCULATOR_CASES")
        .doesNotExist();
  }

  @NeedsTeaVm
  @Order(1)
  @ParameterizedTest(name = "{0}")
  @FieldSource("CALCULATOR_CASES")
  void siteWithTheCalculatorMatchesItsReviewedGoldenFiles(String name, @TempDir Path dir)
      throws IOException {
    Path site = buildAndCompare(name, dir);
    assertThat(site.resolve("assets/calculator.js")).exists();
  }

  /** Last: under -P update-golden, the cases above write their golden folders first. */
  @Order(2)
  @Test
  void everyGoldenSiteIsACaseWithItsFixture() throws IOException {
    Set<String> folders = new TreeSet<>();
    try (Stream<Path> list = Files.list(GOLDEN)) {
      list.filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
    }
    folders.remove("charts"); // ChartGoldenTest's: the report's charts, one SVG file each
    Set<String> cases = new TreeSet<>(CASES);
    cases.addAll(CALCULATOR_CASES);
    assertThat(folders)
        .as("folders of golden/ (a case without its golden folder, or the other" + " way round)")
        .isEqualTo(cases);
    for (String name : cases) {
      assertThat(TestSites.resources().resolve("sites").resolve(name)).isDirectory();
    }
  }

  /** Builds fixture {@code name} and compares it with {@code golden/NAME}; returns the site. */
  private static Path buildAndCompare(String name, Path dir) throws IOException {
    Path golden = GOLDEN.resolve(name);
    Path source = TestSites.prepare(dir.resolve("project"), name);
    Path site = dir.resolve("site");
    Folio.Run run =
        Folio.run(
            "build",
            "--source",
            source.toString(),
            "--out",
            site.toString(),
            "--base-url",
            "https://example.org/folio/");
    assertThat(run.exitCode()).as(run.all()).isZero();

    if (Boolean.getBoolean("folio.updateGolden")) {
      assertThat(System.getenv("CI")).as("golden files are never regenerated in CI").isNull();
      if (Files.exists(golden)) {
        TestSites.deleteTree(golden);
      }
      TestSites.copyTree(site, golden);
      TestSites.deleteTree(golden.resolve("assets"));
      List<String> binaries = files(golden).stream().filter(SiteGoldenTest::binary).toList();
      for (String binary : binaries) {
        Files.delete(golden.resolve(binary));
      }
      Files.writeString(
          golden.resolve(BINARY_FILES),
          binaries.stream().map(path -> path + "\n").reduce("", String::concat));
    }

    compareAssets(source, site);
    Set<String> expected = files(golden);
    expected.remove(BINARY_FILES);
    Set<String> binaries = new TreeSet<>(Files.readAllLines(golden.resolve(BINARY_FILES)));
    expected.addAll(binaries);
    Set<String> actual = files(site);
    actual.removeIf(file -> file.startsWith("assets/"));
    assertThat(actual)
        .as("files written (missing or unexpected against golden/" + name + ")")
        .containsExactlyElementsOf(expected);
    List<String> differing = new ArrayList<>();
    for (String file : expected) {
      if (binaries.contains(file)) {
        continue;
      }
      String want = contents(golden.resolve(file));
      String got = contents(site.resolve(file));
      if (!want.equals(got)) {
        differing.add(file + firstDifference(want, got));
      }
    }
    assertThat(differing)
        .as(
            "files that differ from golden/"
                + name
                + "; review the diff, then"
                + " regenerate with mvn -P update-golden test")
        .isEmpty();
    return site;
  }

  /**
   * Every asset the site has is its source's copy, the project's own first; every theme asset and
   * every one of the project's is there.
   */
  private static void compareAssets(Path source, Path site) throws IOException {
    Path own = source.resolve("templates/assets");
    Set<String> required = files(THEME_ASSETS);
    if (Files.isDirectory(own)) {
      required.addAll(files(own));
    }
    Set<String> written = files(site.resolve("assets"));
    assertThat(written).as("assets written").containsAll(required);
    for (String asset : written) {
      byte[] expected =
          Files.isRegularFile(own.resolve(asset))
              ? Files.readAllBytes(own.resolve(asset))
              : builtIn(asset);
      assertThat(expected).as("the source of asset " + asset).isNotNull();
      assertThat(Files.readAllBytes(site.resolve("assets").resolve(asset)))
          .as("asset " + asset)
          .isEqualTo(expected);
    }
  }

  /** The theme's or an extension's asset {@code name}, from the class path; null if none. */
  private static byte[] builtIn(String name) {
    for (String folder : ASSET_FOLDERS) {
      try (InputStream in = SiteGoldenTest.class.getResourceAsStream(folder + name)) {
        if (in != null) {
          return in.readAllBytes();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  /**
   * A file's bytes as ISO-8859-1 text, a deflated search file's inflated: deflating the same bytes
   * may give others with another zlib (the JDK's own, the system's, zlib-ng), which inflate alike.
   */
  private static String contents(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (file.toString().endsWith(".bin") && file.getParent().toString().contains("search")) {
      bytes = SearchFiles.inflate(bytes);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Where {@code got} first differs from {@code want}, by line, for the failure message. */
  private static String firstDifference(String want, String got) {
    List<String> wanted = Arrays.asList(want.split("\n", -1));
    List<String> gotten = Arrays.asList(got.split("\n", -1));
    for (int i = 0; i < Math.max(wanted.size(), gotten.size()); i++) {
      String a = i < wanted.size() ? wanted.get(i) : "(end of file)";
      String b = i < gotten.size() ? gotten.get(i) : "(end of file)";
      if (!a.equals(b)) {
        return " (line " + (i + 1) + ": golden " + shorten(a) + ", built " + shorten(b) + ")";
      }
    }
    return "";
  }

  private static String shorten(String line) {
    String text = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    return "\"" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "\"";
  }

  /** A PDF edition or a PNG image: listed in {@link #BINARY_FILES}, not kept in golden/. */
  private static boolean binary(String path) {
    return path.endsWith(".pdf") || path.endsWith(".png");
  }

  private static Set<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      TreeSet<String> files = new TreeSet<>();
      walk.filter(Files::isRegularFile)
          .forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
      return files;
    }
  }
}
