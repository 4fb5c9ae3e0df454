package dev.folio.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README's set-up: two commands for a newcomer on a fresh Debian machine with Java 17 and Maven,
 * one that builds the site and one that runs the whole test suite, installing first what the tests
 * need ({@code .ci/run}).
 */
class SetUpTest {
  private static String read(String path) throws IOException {
    return Files.readString(Folio.projectDir().resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void readmeShowsTwoCommandsOneBuildsTheSiteOneRunsTheWholeSuite() throws IOException {
    String readme = read("README.md");
    int start = readme.indexOf("## Set up");
    int end = readme.indexOf("\n## ", start + 1);
    assertThat(start).isNotNegative();
    String setUp = readme.substring(start, end);

    List<String> commands = new ArrayList<>();
    Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(setUp);
    while (block.find()) {
      commands.add(block.group(1).strip());
    }
    // (### subsections below set-up show other commands: only the two of set-up count)
    int subsection = setUp.indexOf("\n### ");
    String own = subsection < 0 ? setUp : setUp.substring(0, subsection);
    assertThat(own.split("```sh", -1)).hasSize(3);
    assertThat(commands.subList(0, 2))
        .containsExactly("mvn -B -q -DskipTests package && bin/folio build", ".ci/run");
  }

  @Test
  void ciRunInstallsWhatTheTestsNeedThenRunsTheWholeSuite() throws IOException {
    List<String> run =
        read(".ci/run").lines().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    assertThat(run).endsWith(".ci/install-tools", "mvn -B verify");

    String install = read(".ci/install-tools");
    for (String command : List.of("chromium", "chromedriver", "npm", "git")) {
      assertThat(install).contains("command -v " + command + " >/dev/null || need+=(");
    }
    assertThat(install).contains("fonts-wqy-microhei");
  }
}
