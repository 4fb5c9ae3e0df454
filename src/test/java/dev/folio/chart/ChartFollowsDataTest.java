package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst edits a figure in a data file; the next build draws the chart from the new figure. */
@NeedsTeaVm
class ChartFollowsDataTest {
  @Test
  void changingAValueInADataFileChangesTheChartOnTheNextBuild(@TempDir Path dir)
      throws IOException {
    Path project = TestSites.prepare(dir.resolve("project"), "report");
    Map<String, String> before = build(project, dir.resolve("before"));

    Path data = project.resolve("content/data/app-adoption.yaml");
    String yaml = Files.readString(data, StandardCharsets.UTF_8);
    String edited =
        yaml.replaceFirst("(?m)^(  - id: chatgpt\\n(?:    .*\\n)*?    months: )2$", "$150");
    assertThat(edited).as("the edit applies").isNotEqualTo(yaml);
    Files.writeString(data, edited, StandardCharsets.UTF_8);
    Map<String, String> after = build(project, dir.resolve("after"));

    for (String layout : new String[] {"wide", "narrow"}) {
      for (String lang : new String[] {"zh", "en"}) {
        String name = lang + "/app-adoption-" + layout + ".svg";
        assertThat(after.get(name))
            .as(name)
            .isNotEqualTo(before.get(name))
            .contains(">50</text>")
            .doesNotContain(">2</text>");
        assertThat(before.get(name)).contains(">2</text>");
      }
    }
    // Only the edited chart changes.
    after.forEach(
        (name, svg) -> {
          if (!name.contains("app-adoption")) {
            assertThat(svg).as(name).isEqualTo(before.get(name));
          }
        });
  }

  private static Map<String, String> build(Path project, Path out) throws IOException {
    Folio.Run run = Folio.run("build", "--source", project.toString(), "--out", out.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    return ChartGoldenTest.charts(out);
  }
}
