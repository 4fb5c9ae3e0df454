package dev.folio.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.chart.ChartKind;
import dev.folio.chart.ChartKinds;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator knows pages, tables, charts and languages, never the report's: no string in its
 * code is the name of one of the report's data files, charts or pages, or one of its language codes
 * or folders (the report's fixture copy names them). Extensions, which read the tables {@code
 * folio.yaml} names, and comments are not searched.
 */
class GeneratorKnowsNoReportTest {
  private static final Path GENERATOR = Path.of("src/main/java/dev/folio");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

  /**
   * {@code folio new}'s default languages: those its starter text is written in ({@code
   * dev/folio/scaffold/zh.yaml, en.yaml}), a choice of the scaffold, not of the build.
   */
  private static final String SCAFFOLD_DEFAULT = "zh-CN,en";

  /** The kinds of chart Folio draws are its own words, whatever a report names its files. */
  private static final Set<String> CHART_KINDS =
      ChartKinds.all().stream().map(ChartKind::code).collect(Collectors.toSet());

  @Test
  void noStringInTheGeneratorNamesAReportFileChartPageOrLanguage() throws IOException {
    Set<String> report = reportNames();
    assertThat(report).contains("llm-models", "app-adoption", "zh", "zh-CN", "en");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(GENERATOR)) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> !p.startsWith(GENERATOR.resolve("extensions")))
              .sorted()
              .toList()) {
        String code = withoutComments(Files.readString(file));
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
          String text = literal.group(1);
          if (report.contains(text)
              && !text.equals(SCAFFOLD_DEFAULT)
              && !CHART_KINDS.contains(text)) {
            found.add(file + ": \"" + text + "\"");
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }

  /** The report's data files, charts, pages, language codes and folders. */
  private static Set<String> reportNames() throws IOException {
    Path site = TestSites.resources().resolve("sites/report");
    Set<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.walk(site.resolve("content"))) {
      files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .map(name -> name.replaceFirst("\\.(md|yaml|yml|json)$", ""))
          .filter(name -> !name.equals("index") && !name.equals("charts"))
          .forEach(names::add);
    }
    Matcher field =
        Pattern.compile("(?m)^\\s*-?\\s*(?:id|code|folder):\\s*(\\S+)\\s*$")
            .matcher(
                Files.readString(site.resolve("content/charts.yaml"))
                    + Files.readString(site.resolve("folio.yaml")));
    while (field.find()) {
      names.add(field.group(1));
    }
    return names;
  }

  private static String withoutComments(String code) {
    return code.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("(?m)^\\s*//.*$", " ");
  }
}
