package dev.folio.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.parser.Parser;

/**
 * What {@link MutationFuzzTest} asserts about one build: what it printed, and what it left in the
 * output folder. Each check returns the problems it found as sentences (empty: all is well).
 */
final class OutputChecks {
  private OutputChecks() {}

  /** Longest output line a person should have to read. */
  static final int MAX_LINE = 300;

  /** {@code path:line:col: message}, as {@code Problem.format()} writes it. */
  // DOTALL: a line is what lies between two \n; a message may hold other line separators
  private static final Pattern ERROR_LINE =
      Pattern.compile("^([^:\\s][^:]*):(\\d+):(\\d+): \\S.*$", Pattern.DOTALL);

  /** {@code folder/: message}: a problem with a folder, which has no lines (SourcePos). */
  private static final Pattern FOLDER_LINE =
      Pattern.compile("^([^:\\s][^:]*/): \\S.*$", Pattern.DOTALL);

  private static final Pattern HINT_LINE = Pattern.compile("^    hint: \\S.*$", Pattern.DOTALL);
  private static final Pattern SUMMARY =
      Pattern.compile("^folio: (\\d+) problems? found; the previous site was left as it was\\.$");
  private static final Pattern BUILT =
      Pattern.compile(
          "^folio: built \\d+ pages in \\d+ languages?, \\d+ data tables, \\d+ files in \\d+ ms → .+$");

  /** Java and library internals that a reader of Folio's output must never see. */
  private static final List<Pattern> INTERNALS =
      List.of(
          Pattern.compile("\\b[A-Z][A-Za-z0-9]*Exception\\b"),
          Pattern.compile("\\b[A-Z][a-z]+(?:[A-Z][a-z]*)+Error\\b"), // StackOverflowError, …
          Pattern.compile("^\\s*at [\\w$.]+\\(.*\\)\\s*$", Pattern.MULTILINE),
          Pattern.compile("\\bat dev\\.folio\\b"),
          Pattern.compile("\\.java:\\d+\\)"),
          Pattern.compile("^Caused by: ", Pattern.MULTILINE),
          Pattern.compile("\\bjava\\.(?:lang|io|nio|util|net|math|text|time|base)\\b"),
          Pattern.compile("\\bjavax?\\.[a-z]+\\.[A-Z]"),
          Pattern.compile(
              "\\b(?:com\\.fasterxml|tools\\.jackson|org\\.snakeyaml|com\\.networknt"
                  + "|org\\.commonmark|org\\.jsoup|picocli\\.CommandLine|org\\.teavm)\\b"),
          Pattern.compile("\\bfreemarker\\.(?:core|template|cache|ext|log|debug)\\b"),
          Pattern.compile("\\bdev\\.folio\\.(?:[a-z]+\\.)*[A-Z][A-Za-z]*"), // a Folio class
          Pattern.compile("https://folio\\.invalid"),
          Pattern.compile("internal error"),
          Pattern.compile("FTL stack trace"),
          Pattern.compile("\\[Source: |\\bline: \\d+, column: \\d+"),
          Pattern.compile("@[0-9a-f]{6,8}\\b")); // Object.toString()

  /**
   * The printed output of a build that returned {@code exitCode}.
   *
   * @param lineCount how many lines a file of the project has (its path relative to the project,
   *     with {@code /}), or -1 if the project has no such file
   * @param mutated the mutated file's text: internals that it names itself may be quoted
   */
  static List<String> output(
      int exitCode, String out, String err, Function<String, Integer> lineCount, String mutated) {
    List<String> problems = new ArrayList<>();
    String all = out + err;
    for (String line : all.split("\n", -1)) {
      if (line.length() > MAX_LINE) {
        problems.add(
            "an output line of "
                + line.length()
                + " characters (more than "
                + MAX_LINE
                + "): "
                + Mutations.show(line.substring(0, 120)));
        break;
      }
    }
    for (Pattern internal : INTERNALS) {
      Matcher m = internal.matcher(all);
      boolean found = false;
      while (!found && m.find()) {
        found = !mutated.contains(m.group().strip());
      }
      if (found) {
        problems.add(
            "the output shows Java or library internals (" + Mutations.show(m.group()) + ")");
        break;
      }
    }
    if (exitCode == 0) {
      List<String> outLines = lines(out);
      if (outLines.size() != 1 || !BUILT.matcher(outLines.get(0)).matches()) {
        problems.add("exit 0, but the output is not the one \"folio: built …\" line");
      }
      if (!err.isEmpty()) {
        problems.add("exit 0, but something was printed to stderr: " + firstLine(err));
      }
      return problems;
    }
    if (exitCode != 1) {
      problems.add("exit code " + exitCode + " (only 0 or 1 are allowed)");
      return problems;
    }
    if (!out.isEmpty()) {
      problems.add("exit 1, but something was printed to stdout: " + firstLine(out));
    }
    List<String> errLines = lines(err);
    if (errLines.isEmpty()) {
      problems.add("exit 1 with no error message");
      return problems;
    }
    int errors = 0;
    for (int i = 0; i < errLines.size(); i++) {
      String line = errLines.get(i);
      boolean last = i == errLines.size() - 1;
      if (HINT_LINE.matcher(line).matches() && i > 0) {
        continue;
      }
      Matcher summary = SUMMARY.matcher(line);
      if (summary.matches()) {
        if (!last) {
          problems.add("the summary line is not the last line: " + Mutations.show(line));
        } else if (Integer.parseInt(summary.group(1)) != errors && problems.isEmpty()) {
          problems.add(
              "the summary counts "
                  + summary.group(1)
                  + " problems, but "
                  + errors
                  + " were printed");
        }
        continue;
      }
      if (last) {
        problems.add(
            "the last line is not the \"folio: N problems found\" summary: "
                + Mutations.show(line));
      }
      Matcher folder = FOLDER_LINE.matcher(line);
      if (folder.matches()) {
        errors++;
        if (!projectFile(folder.group(1).substring(0, folder.group(1).length() - 1))) {
          problems.add(
              "an error at "
                  + Mutations.show(folder.group(1))
                  + ", which is not a"
                  + " folder of the project: "
                  + Mutations.show(line));
        }
        continue;
      }
      Matcher error = ERROR_LINE.matcher(line);
      if (!error.matches()) {
        problems.add(
            "an error line that does not start with path:line:col: " + Mutations.show(line));
        continue;
      }
      errors++;
      String path = error.group(1);
      int lineNumber = Integer.parseInt(error.group(2));
      int column = Integer.parseInt(error.group(3));
      int lines = projectFile(path) ? lineCount.apply(path) : -1;
      if (lines < 0) {
        problems.add(
            "an error at "
                + Mutations.show(path)
                + ", which is not a file of the"
                + " project: "
                + Mutations.show(line));
      } else if (lineNumber < 1 || column < 1) {
        problems.add(
            "an error at line " + lineNumber + ", column " + column + ": " + Mutations.show(line));
      } else if (lineNumber > lines + 1) {
        problems.add(
            "an error at line "
                + lineNumber
                + " of "
                + path
                + ", which has "
                + lines
                + " lines: "
                + Mutations.show(line));
      }
    }
    return problems;
  }

  private static boolean projectFile(String path) {
    return !path.isEmpty()
        && !path.startsWith("/")
        && !path.contains("\\")
        && Stream.of(path.split("/"))
            .noneMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."));
  }

  // ---------------------------------------------------------------- the output folder

  /**
   * What an output folder holds: every file's bytes by path, and any staging folders of the writer
   * left beside it. Equal snapshots mean the folder was left byte for byte as it was.
   */
  record Snapshot(Map<String, byte[]> files, List<String> beside) {
    static Snapshot of(Path out) {
      Map<String, byte[]> files = new TreeMap<>();
      List<String> beside = new ArrayList<>();
      try {
        if (Files.isDirectory(out)) {
          try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
              files.put(
                  out.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
          }
        } else {
          beside.add(Files.exists(out) ? "(the output is not a folder)" : "(no output folder)");
        }
        try (Stream<Path> siblings = Files.list(out.toAbsolutePath().getParent())) {
          siblings
              .map(p -> p.getFileName().toString())
              .filter(name -> name.startsWith("." + out.getFileName() + "."))
              .sorted()
              .forEach(beside::add);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Snapshot(files, beside);
    }

    /** Whether {@code path} holds exactly these bytes here. */
    boolean holds(String path, byte[] bytes) {
      return Arrays.equals(files.get(path), bytes);
    }

    /** The first difference from {@code before}, for a failure message; null if none. */
    String differenceFrom(Snapshot before) {
      Set<String> paths = new TreeSet<>(before.files.keySet());
      paths.addAll(files.keySet());
      for (String path : paths) {
        byte[] was = before.files.get(path);
        byte[] now = files.get(path);
        if (was == null) {
          return Mutations.show(path) + " was added";
        }
        if (now == null) {
          return Mutations.show(path) + " was removed";
        }
        if (!Arrays.equals(was, now)) {
          return Mutations.show(path)
              + " changed ("
              + was.length
              + " bytes, now "
              + now.length
              + ")";
        }
      }
      return beside.equals(before.beside)
          ? null
          : "beside it: " + before.beside + ", now " + beside;
    }
  }

  // ---------------------------------------------------------------- the built pages

  private static final Pattern TAG =
      Pattern.compile(
          "<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

  /** The theme's own scripts: external, deferred, from the site's assets. */
  private static final Pattern THEME_SCRIPT =
      Pattern.compile("<script src=\"(?:\\.\\./)*assets/[a-z][a-z0-9-]*\\.js\" defer></script>");

  /**
   * A cover's schema.org data: JSON, not code, and with no {@code <} in it (Folio writes it as
   * {@code \\u003c}), so that no text it holds can end the element.
   */
  private static final Pattern JSON_LD =
      Pattern.compile("<script type=\"application/ld\\+json\">[^<]*</script>");

  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "action",
          "formaction",
          "xlink:href",
          "poster",
          "srcset",
          "background",
          "data",
          "cite",
          "ping");
  private static final List<String> FORBIDDEN_TAGS =
      List.of("iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal");

  /**
   * Every HTML page of a built site, scanned for script that Markdown or data slipped in, but those
   * byte for byte as in {@code checked} (a site whose pages passed; null for none).
   */
  static List<String> pages(Snapshot site, Snapshot checked) {
    List<String> problems = new ArrayList<>();
    for (var file : site.files().entrySet()) {
      if (!file.getKey().endsWith(".html")
          || checked != null && checked.holds(file.getKey(), file.getValue())) {
        continue;
      }
      for (String problem : page(new String(file.getValue(), StandardCharsets.UTF_8))) {
        problems.add(file.getKey() + ": " + problem);
        if (problems.size() >= 5) {
          return problems;
        }
      }
    }
    return problems;
  }

  static List<String> page(String html) {
    List<String> problems = new ArrayList<>();
    String lower = html.toLowerCase(Locale.ROOT);
    for (int at = lower.indexOf("<script"); at >= 0; at = lower.indexOf("<script", at + 1)) {
      Matcher script = THEME_SCRIPT.matcher(html).region(at, html.length());
      if (!script.lookingAt() && !JSON_LD.matcher(html).region(at, html.length()).lookingAt()) {
        problems.add(
            "a <script> that is not one of the theme's: "
                + Mutations.show(html.substring(at, Math.min(html.length(), at + 80))));
      }
    }
    Matcher tag = TAG.matcher(html);
    while (tag.find()) {
      String element = tag.group(1).toLowerCase(Locale.ROOT);
      if (FORBIDDEN_TAGS.contains(element)) {
        problems.add("a <" + element + "> element: " + Mutations.show(tag.group()));
      }
      Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
      while (attribute.find()) {
        String name = attribute.group(1).toLowerCase(Locale.ROOT);
        String raw =
            attribute.group(2) != null
                ? attribute.group(2)
                : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
        String value = raw == null ? "" : Parser.unescapeEntities(raw, true);
        if (name.startsWith("on")) {
          problems.add(
              "an event handler attribute "
                  + name
                  + " on <"
                  + element
                  + ">: "
                  + Mutations.show(tag.group()));
        } else if (URL_ATTRIBUTES.contains(name) && dangerousUrl(value)) {
          problems.add("<" + element + " " + name + "=" + Mutations.show(value) + ">");
        } else if (name.equals("style") && value.toLowerCase(Locale.ROOT).contains("javascript:")) {
          problems.add("a style attribute with javascript: on <" + element + ">");
        } else if (element.equals("meta")
            && name.equals("http-equiv")
            && value.equalsIgnoreCase("refresh")) {
          problems.add("a <meta http-equiv=refresh>");
        }
      }
    }
    return problems;
  }

  /** javascript:, vbscript: and data: addresses, and addresses of another host (//host). */
  static boolean dangerousUrl(String value) {
    // browsers ignore leading and trailing C0 controls and spaces, and tabs and newlines inside
    String url =
        value
            .replaceAll("[\\t\\n\\r]", "")
            .replaceAll("^[\\x00-\\x20]+", "")
            .toLowerCase(Locale.ROOT);
    return url.startsWith("javascript:")
        || url.startsWith("vbscript:")
        || url.startsWith("data:")
        || url.startsWith("//")
        || url.startsWith("\\\\")
        || url.startsWith("/\\")
        || url.startsWith("\\/");
  }

  // ---------------------------------------------------------------- helpers

  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static String firstLine(String text) {
    List<String> lines = lines(text);
    return Mutations.show(lines.isEmpty() ? "" : lines.get(0));
  }
}
