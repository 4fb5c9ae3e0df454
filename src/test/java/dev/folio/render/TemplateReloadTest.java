package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parsed templates are kept between builds of a project (folio serve rebuilds it on every save): an
 * edited template must be read again, even when its file's time did not change.
 */
class TemplateReloadTest {
  private static final String TABLE = "<figure id=\"${table.anchor}\"><p>%s</p></figure>\n";

  private static String build(Path source, Path site) throws IOException {
    Folio.Run run = Folio.run("build", "--source", source.toString(), "--out", site.toString());
    assertThat(run.exitCode()).as(run.all()).isZero();
    return Files.readString(site.resolve("en/models/index.html"), StandardCharsets.UTF_8);
  }

  @Test
  void anEditedTemplateIsReadAgainWhateverItsFileTime(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "basic");
    Path site = dir.resolve("site");
    Path template = Files.createDirectories(source.resolve("templates")).resolve("table.ftlh");
    Files.writeString(template, TABLE.formatted("first"), StandardCharsets.UTF_8);
    FileTime time = Files.getLastModifiedTime(template);
    assertThat(build(source, site)).contains("<p>first</p>");

    Files.writeString(template, TABLE.formatted("second"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(template, time);
    assertThat(build(source, site)).contains("<p>second</p>").doesNotContain("<p>first</p>");

    Files.delete(template);
    assertThat(build(source, site))
        .doesNotContain("<p>second</p>")
        .contains("class=\"data-table\"");
  }

  @Test
  void twoProjectsDoNotShareTheirTemplates(@TempDir Path dir) throws IOException {
    Path one = TestSites.prepare(dir.resolve("one"), "basic");
    Path two = TestSites.prepare(dir.resolve("two"), "basic");
    for (Path source : new Path[] {one, two}) {
      Files.writeString(
          Files.createDirectories(source.resolve("templates")).resolve("table.ftlh"),
          TABLE.formatted(source.getFileName()),
          StandardCharsets.UTF_8);
    }
    assertThat(build(one, dir.resolve("site-one"))).contains("<p>one</p>");
    assertThat(build(two, dir.resolve("site-two"))).contains("<p>two</p>");
    assertThat(build(one, dir.resolve("site-one"))).contains("<p>one</p>");
  }
}
