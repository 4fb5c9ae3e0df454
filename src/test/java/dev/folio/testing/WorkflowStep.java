package dev.folio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One {@code run:} step of a GitHub Actions workflow, read from its YAML and run here with bash as
 * GitHub's Ubuntu runners run it ({@code bash --noprofile --norc -eo pipefail}): what actionlint
 * cannot say, whether the script does its job, a test finds out by running it on files it made.
 *
 * @param script the step's shell script
 * @param env the variables the workflow, the job and the step set to plain values (a value with a
 *     {@code ${{ … }}} expression is GitHub's to compute, so a test sets it)
 */
public record WorkflowStep(String script, Map<String, String> env) {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** What a run printed and its exit code. */
  public record Result(int exitCode, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  /** The step named {@code name} of job {@code job} in {@code workflow}. */
  public static WorkflowStep of(Path workflow, String job, String name) {
    try {
      return of(Files.readString(workflow, StandardCharsets.UTF_8), job, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The step named {@code name} of job {@code job} in the workflow {@code yaml}. */
  public static WorkflowStep of(String yaml, String job, String name) {
    JsonNode workflow = YAML.readTree(yaml);
    JsonNode jobNode = workflow.path("jobs").path(job);
    if (jobNode.isMissingNode()) {
      throw new AssertionError("no job " + job + " in the workflow");
    }
    for (JsonNode step : jobNode.path("steps")) {
      if (name.equals(step.path("name").asString(null))) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode level : List.of(workflow, jobNode, step)) {
          for (Map.Entry<String, JsonNode> variable : level.path("env").properties()) {
            String value = variable.getValue().asString();
            if (!value.contains("${{")) {
              env.put(variable.getKey(), value);
            }
          }
        }
        return new WorkflowStep(step.path("run").asString(), env);
      }
    }
    throw new AssertionError("no step named \"" + name + "\" in job " + job);
  }

  /**
   * Runs the script in {@code dir} with this machine's environment, the step's variables and {@code
   * env}, which win (a script that uses {@code RUNNER_TEMP} needs it there).
   */
  public Result run(Path dir, Map<String, String> env) {
    try {
      Path script = Files.createTempFile("workflow-step", ".sh");
      try {
        Files.writeString(script, script(), StandardCharsets.UTF_8);
        ProcessBuilder bash =
            new ProcessBuilder(
                    "bash", "--noprofile", "--norc", "-eo", "pipefail", script.toString())
                .directory(dir.toFile());
        Path out = Files.createTempFile("workflow-step", ".out");
        Path err = Files.createTempFile("workflow-step", ".err");
        bash.redirectOutput(out.toFile()).redirectError(err.toFile());
        bash.environment().putAll(env());
        bash.environment().putAll(env);
        Process process = bash.start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError("the step ran for more than 2 minutes:\n" + script());
        }
        Result result =
            new Result(
                process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
      } finally {
        Files.delete(script);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running a workflow step", e);
    }
  }
}
