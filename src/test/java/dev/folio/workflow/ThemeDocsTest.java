package dev.folio.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/theme.md documents every interface string the theme and the extensions define. */
class ThemeDocsTest {
  private static final Pattern KEY = Pattern.compile("(?m)^([A-Za-z0-9_.]+):");

  @Test
  void everyBuiltInInterfaceStringIsDocumented() throws IOException {
    Path resources = Folio.projectDir().resolve("src/main/resources/dev/folio");
    String docs =
        Files.readString(Folio.projectDir().resolve("docs/theme.md"), StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    int keys = 0;
    try (Stream<Path> files = Files.walk(resources)) {
      for (Path file :
          files
              .filter(
                  p ->
                      p.toString().endsWith(".yaml")
                          && p.getParent().getFileName().toString().equals("i18n"))
              .toList()) {
        Matcher key = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (key.find()) {
          keys++;
          if (!docs.contains("`" + key.group(1) + "`")) {
            missing.add(resources.relativize(file) + ": " + key.group(1));
          }
        }
      }
    }
    assertThat(keys).isGreaterThan(100);
    assertThat(missing).as("keys docs/theme.md does not list").isEmpty();
  }
}
