package dev.folio.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Moves the report a project publishes at its root into {@code content/reports/SLUG/}, so that the
 * project can hold several ({@code folio add report SLUG --from-root}). Its pages, data and charts
 * move; the links and schema references in them that climb out of {@code content/} get two more
 * {@code ../}; {@code folio.yaml}'s {@code report:} and {@code extensions:} become the report's
 * {@code report.yaml}, with {@code movedFrom: /} so that every address the report had keeps
 * answering. Comments and layout of the YAML stay as they were written.
 */
public final class RootReportMove {
  /** A link or image in Markdown: {@code ](destination}. */
  private static final Pattern LINK = Pattern.compile("(\\]\\()([^)\\s]+)");

  /** A data file's schema: {@code $schema=PATH} in a YAML comment, {@code "$schema": "PATH"}. */
  private static final Pattern SCHEMA =
      Pattern.compile("(\\$schema=|\"\\$schema\"\\s*:\\s*\")((?:\\.\\./)+)");

  private RootReportMove() {}

  /**
   * Moves the root report of the project at {@code source}.
   *
   * @param series the id of the series it belongs to (declared in folio.yaml if it is not), or null
   * @return the files written, by path in the project
   */
  public static List<String> apply(Path source, String slug, String series) throws IOException {
    Path content = source.resolve("content");
    Path report = content.resolve("reports").resolve(slug);
    Files.createDirectories(report);
    List<String> moved = new ArrayList<>();
    try (Stream<Path> entries = Files.list(content)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (!name.equals("reports") && !name.startsWith(".")) {
          Files.move(entry, report.resolve(name));
          moved.add(name);
        }
      }
    }
    deepen(report);
    Map<String, String> config = ConfigBlocks.split(Files.readString(source.resolve("folio.yaml")));
    Files.writeString(
        report.resolve("report.yaml"), reportYaml(config, series), StandardCharsets.UTF_8);
    Files.writeString(
        source.resolve("folio.yaml"), siteYaml(config, series), StandardCharsets.UTF_8);
    List<String> written = new ArrayList<>();
    moved.forEach(name -> written.add("content/reports/" + slug + "/" + name));
    written.add("content/reports/" + slug + "/report.yaml");
    written.add("folio.yaml");
    return written;
  }

  /** Every reference in the moved files that leaves {@code content/} climbs two folders more. */
  private static void deepen(Path report) throws IOException {
    try (Stream<Path> walk = Files.walk(report)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int depth = report.relativize(file).getNameCount() - 1;
        String changed =
            name.endsWith(".md")
                ? replaceClimbing(LINK, text, depth)
                : replaceClimbing(SCHEMA, text, depth);
        if (!changed.equals(text)) {
          Files.writeString(file, changed, StandardCharsets.UTF_8);
        }
      }
    }
  }

  /**
   * {@code text} with each match of {@code pattern} whose path climbs more than {@code depth}
   * folders (out of {@code content/}) given two {@code ../} more.
   */
  private static String replaceClimbing(Pattern pattern, String text, int depth) {
    Matcher match = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (match.find()) {
      String path = match.group(2);
      int ups = 0;
      while (path.startsWith("../", ups * 3)) {
        ups++;
      }
      String replacement = ups > depth ? "../../" + path : path;
      match.appendReplacement(out, Matcher.quoteReplacement(match.group(1) + replacement));
    }
    match.appendTail(out);
    return out.toString();
  }

  /** The report's {@code report.yaml}: folio.yaml's {@code report:}, its extensions, a move. */
  private static String reportYaml(Map<String, String> config, String series) {
    StringBuilder yaml =
        new StringBuilder("# yaml-language-server: $schema=../../../schemas/report.schema.json\n");
    String report = config.getOrDefault("report", "");
    Map<String, String> fields = ConfigBlocks.split(ConfigBlocks.dedent(report));
    fields.forEach(
        (key, block) -> {
          if (!key.equals("series")) {
            yaml.append(block);
          }
        });
    if (series != null) {
      yaml.append("series: ").append(series).append('\n');
    }
    yaml.append("# Its pages were published at the site's root: their old addresses lead here.\n")
        .append("movedFrom: /\n");
    yaml.append(config.getOrDefault("extensions", ""));
    return yaml.toString();
  }

  /** folio.yaml without the report and its extensions; the series declared if it is not. */
  private static String siteYaml(Map<String, String> config, String series) {
    Map<String, String> site = new LinkedHashMap<>(config);
    String report = site.remove("report");
    site.remove("extensions");
    if (series != null && !site.containsKey("series")) {
      String name =
          report == null ? null : ConfigBlocks.split(ConfigBlocks.dedent(report)).get("series");
      site.put(
          "series",
          "series:\n  "
              + series
              + ":\n"
              + (name == null
                  ? "    name: {}\n"
                  : ConfigBlocks.indent(name.replaceFirst("^series:", "name:"), "    ")));
    }
    StringBuilder yaml = new StringBuilder();
    site.values().forEach(yaml::append);
    return yaml.toString();
  }
}
