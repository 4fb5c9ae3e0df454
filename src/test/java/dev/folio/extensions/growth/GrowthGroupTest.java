package dev.folio.extensions.growth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import dev.folio.testing.TestSites;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code group} is optional in the growth extension's settings, and so is a row's code. */
@NeedsTeaVm
class GrowthGroupTest {
  @Test
  void theSeriesNeedNoGroup(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "fuzz");
    Path config = source.resolve("folio.yaml");
    String text = Files.readString(config, StandardCharsets.UTF_8);
    assertThat(text).contains("    group: kind\n");
    Files.writeString(config, text.replace("    group: kind\n", ""), StandardCharsets.UTF_8);

    // was a NullPointerException while sorting the series by their group's codes (exit 3)
    Folio.Run build =
        Folio.run("build", "--source", source.toString(), "--out", dir.resolve("site").toString());

    assertThat(build.exitCode()).as(build.all()).isZero();
    assertThat(dir.resolve("site/en/cost/index.html"))
        .content(StandardCharsets.UTF_8)
        .contains("table-growth-rates");
  }

  @Test
  void aRowWithoutACodeComesAfterThoseWithOne(@TempDir Path dir) throws IOException {
    Path source = TestSites.prepare(dir.resolve("project"), "fuzz");
    Path data = source.resolve("content/data/growth.yaml");
    String text = Files.readString(data, StandardCharsets.UTF_8);
    Files.writeString(
        data, text.replaceFirst("\n( +)kind: [a-z-]+\n", "\n"), StandardCharsets.UTF_8);
    Path schema = source.resolve("schemas/growth.schema.json");
    Files.writeString(
        schema,
        Files.readString(schema, StandardCharsets.UTF_8).replace("\"kind\", ", ""),
        StandardCharsets.UTF_8);

    Folio.Run build =
        Folio.run("build", "--source", source.toString(), "--out", dir.resolve("site").toString());

    assertThat(build.exitCode()).as(build.all()).isZero();
  }
}
