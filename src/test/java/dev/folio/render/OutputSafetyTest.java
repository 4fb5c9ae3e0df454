package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What reaches the output is safe whatever the content holds: downloads that a spreadsheet cannot
 * run, templates that cannot reach Java, read the clock or escape templates/.
 */
class OutputSafetyTest {
  @Test
  void aFormulaInADataFileIsNeutralisedInTheCsvAndKeptInTheJson(@TempDir Path dir)
      throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path data = source.resolve("content/data/models.yaml");
    Files.writeString(
        data,
        Files.readString(data)
            .replace("model: GPT-3", "model: \"=HYPERLINK(\\\"https://evil.example\\\")\""));
    Folio.build(source, dir.resolve("site"));
    assertThat(dir.resolve("site/data/models.csv"))
        .content()
        .contains(",\"'=HYPERLINK(\"\"https://evil.example\"\")\",");
    assertThat(dir.resolve("site/data/models.json"))
        .content()
        .contains("\"=HYPERLINK(\\\"https://evil.example\\\")\"");
  }

  @Test
  void templatesMayNotEvaluateTextReadTheClockOrChangeSettings() {
    for (String forbidden :
        new String[] {
          "${x?eval}",
          "${x?eval_json}",
          "<#assign t = x?interpret>",
          "${.now}",
          "${ . now }",
          "<#setting locale=\"de\">",
          "[#setting number_format=\"0\"]",
          "${\"java.io.File\"?new()}",
          "${x?api.getClass()}"
        }) {
      assertThatThrownBy(() -> TemplateRules.check("t.ftlh", "<p>\n" + forbidden))
          .as(forbidden)
          .isInstanceOf(TemplateRules.Forbidden.class)
          .hasMessageStartingWith("t.ftlh:2:");
    }
    for (String allowed :
        new String[] {
          "${page.title}",
          "${x?has_content}",
          "${n?c}",
          "<#import \"_layout.ftlh\" as layout>",
          "${page.nowhere}",
          "${a.b.now!}"
        }) {
      Assertions.assertThatCode(() -> TemplateRules.check("t.ftlh", allowed))
          .as(allowed)
          .doesNotThrowAnyException();
    }
  }

  record Shown(String title) {
    public String secret() {
      return "not a component";
    }
  }

  @Test
  void templatesSeeTheComponentsOfRecordsAndNothingElseOfJava() throws Exception {
    var policy = TemplateRules.RECORDS_ONLY.forClass(Shown.class);
    assertThat(policy.isMethodExposed(Shown.class.getMethod("title"))).isTrue();
    assertThat(policy.isMethodExposed(Shown.class.getMethod("secret"))).isFalse();
    assertThat(policy.isMethodExposed(Object.class.getMethod("getClass"))).isFalse();
    assertThat(policy.isMethodExposed(Shown.class.getMethod("hashCode"))).isFalse();
    assertThat(policy.isConstructorExposed(Shown.class.getDeclaredConstructors()[0])).isFalse();
    var strings = TemplateRules.RECORDS_ONLY.forClass(String.class);
    assertThat(strings.isMethodExposed(String.class.getMethod("getBytes"))).isFalse();
  }

  @Test
  void aTemplateLinkedFromOutsideTemplatesIsRefused(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path outside = Files.writeString(dir.resolve("outside.ftlh"), "<p>outside</p>");
    Files.createDirectories(source.resolve("templates"));
    Files.createSymbolicLink(source.resolve("templates/table.ftlh"), outside);
    Folio.Run build = Folio.run("build", "--source", source.toString());
    assertThat(build.exitCode()).as(build.all()).isEqualTo(1);
    assertThat(build.err())
        .contains(
            "templates/table.ftlh:1:1: template \"table.ftlh\" is"
                + " outside templates/ (a symbolic link?)")
        .doesNotContain("Exception");
    assertThat(source.resolve("site")).doesNotExist();
  }
}
