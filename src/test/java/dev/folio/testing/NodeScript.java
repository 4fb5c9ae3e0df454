package dev.folio.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A script of {@code src/test/js/} run with Node.js, as tests run the site's JavaScript. */
public final class NodeScript {
  private NodeScript() {}

  /** What {@code src/test/js/SCRIPT} prints with {@code args}; an assertion error if it fails. */
  public static String run(String script, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add("node");
    command.add(Folio.projectDir().resolve("src/test/js").resolve(script).toString());
    command.addAll(args);
    try {
      Process node = new ProcessBuilder(command).start();
      node.getOutputStream().close();
      byte[] out = node.getInputStream().readAllBytes();
      String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!node.waitFor(60, TimeUnit.SECONDS) || node.exitValue() != 0) {
        throw new AssertionError(script + " failed: " + err);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(
          "this test runs search.js with Node.js (`node`, installed by .ci/install-tools): "
              + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running node", e);
    }
  }
}
