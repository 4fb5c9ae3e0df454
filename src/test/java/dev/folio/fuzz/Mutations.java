package dev.folio.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mutation operators of {@link MutationFuzzTest}: each takes a file of the fixture project and
 * a {@link Random}, and returns the file's new bytes with a short description of the change. An
 * operator depends on nothing but its arguments, so a mutant is a function of (seed, index).
 *
 * <p>Operators are grouped by the kind of file they make sense for; {@link #forKind} lists them. An
 * operator that finds nothing to change in a file (no value to replace, say) changes the file some
 * other way rather than not at all.
 */
final class Mutations {
  private Mutations() {}

  /** What a file of a Folio project is, for choosing operators. */
  enum Kind {
    FOLIO_YAML,
    CHARTS_YAML,
    DATA_YAML,
    DATA_JSON,
    SCHEMA,
    PAGE,
    STRINGS,
    TEMPLATE,
    STATIC;

    static Kind of(String path) {
      if (path.equals("folio.yaml")) {
        return FOLIO_YAML;
      }
      if (path.equals("content/charts.yaml")) {
        return CHARTS_YAML;
      }
      if (path.startsWith("content/data/")) {
        return path.endsWith(".json") ? DATA_JSON : DATA_YAML;
      }
      if (path.startsWith("schemas/")) {
        return SCHEMA;
      }
      if (path.startsWith("content/") && path.endsWith(".md")) {
        return PAGE;
      }
      if (path.startsWith("i18n/")) {
        return STRINGS;
      }
      if (path.startsWith("templates/")) {
        return TEMPLATE;
      }
      return STATIC;
    }

    boolean yaml() {
      return this == FOLIO_YAML || this == CHARTS_YAML || this == DATA_YAML || this == STRINGS;
    }

    boolean json() {
      return this == DATA_JSON || this == SCHEMA;
    }
  }

  /** A mutated file: which operator, what it did (for people), and the new bytes. */
  record Mutant(String operator, String description, byte[] bytes) {}

  /** One operator. */
  interface Operator {
    Mutant apply(Random random, byte[] original);
  }

  /** The operators for one kind of file, by name, in a fixed order. */
  static Map<String, Operator> forKind(Kind kind) {
    Map<String, Operator> ops = new LinkedHashMap<>();
    ops.put("delete-line", Mutations::deleteLine);
    ops.put("duplicate-line", Mutations::duplicateLine);
    ops.put("swap-lines", Mutations::swapLines);
    ops.put("reindent-line", Mutations::reindentLine);
    ops.put("truncate", Mutations::truncate);
    ops.put("random-bytes", Mutations::randomBytes);
    ops.put("invalid-utf8", Mutations::invalidUtf8);
    ops.put("odd-unicode", Mutations::oddUnicode);
    ops.put("long-string", Mutations::longString);
    ops.put("line-endings", Mutations::lineEndings);
    if (kind.yaml()) {
      ops.put("yaml-scalar-type", Mutations::yamlScalarType);
      ops.put("yaml-extreme-number", Mutations::yamlExtremeNumber);
      ops.put("yaml-odd-value", Mutations::yamlOddValue);
      ops.put("yaml-rename-key", Mutations::yamlRenameKey);
      ops.put("yaml-remove-key", Mutations::yamlRemoveKey);
      ops.put("yaml-alias-bomb", Mutations::yamlAliasBomb);
      ops.put("yaml-alias", Mutations::yamlAlias);
      ops.put("yaml-deep-nesting", Mutations::yamlDeepNesting);
      ops.put("yaml-syntax", Mutations::yamlSyntax);
    }
    if (kind.json()) {
      ops.put("json-scalar-type", Mutations::jsonScalarType);
      ops.put("json-extreme-number", Mutations::jsonExtremeNumber);
      ops.put("json-rename-key", Mutations::jsonRenameKey);
      ops.put("json-remove-key", Mutations::jsonRemoveKey);
      ops.put("json-deep-nesting", Mutations::jsonDeepNesting);
      ops.put("json-syntax", Mutations::jsonSyntax);
    }
    switch (kind) {
      case SCHEMA -> {
        ops.put("schema-ref", Mutations::schemaRef);
        ops.put("schema-keyword", Mutations::schemaKeyword);
      }
      case DATA_YAML, DATA_JSON -> ops.put("data-value", Mutations::dataValue);
      case FOLIO_YAML -> ops.put("config-value", Mutations::configValue);
      case CHARTS_YAML -> ops.put("chart-value", Mutations::chartValue);
      case STRINGS -> ops.put("strings-entry", Mutations::stringsEntry);
      case PAGE -> {
        ops.put("md-script-link", Mutations::scriptLink);
        ops.put("md-other-host-link", Mutations::otherHostLink);
        ops.put("md-odd-link", Mutations::oddLink);
        ops.put("md-hostile-markup", Mutations::hostileMarkup);
        ops.put("md-embed", Mutations::embed);
        ops.put("md-heading", Mutations::heading);
        ops.put("md-deep-structure", Mutations::markdownDeepStructure);
        ops.put("front-matter", Mutations::frontMatter);
        ops.put("yaml-scalar-type", Mutations::yamlScalarType);
        ops.put("yaml-alias-bomb", Mutations::frontMatterAliasBomb);
      }
      case TEMPLATE -> {
        ops.put("ftl-self-include", Mutations::templateSelfInclude);
        ops.put("ftl-include", Mutations::templateInclude);
        ops.put("ftl-unknown", Mutations::templateUnknown);
        ops.put("ftl-syntax", Mutations::templateSyntax);
        ops.put("ftl-eval", Mutations::templateEval);
        ops.put("ftl-clock", Mutations::templateClock);
        ops.put("ftl-java", Mutations::templateJava);
        ops.put("ftl-unescaped", Mutations::templateUnescaped);
      }
      default -> {}
    }
    return ops;
  }

  /** The operators that apply to every file. */
  static final Set<String> GENERIC =
      Set.of(
          "delete-line",
          "duplicate-line",
          "swap-lines",
          "reindent-line",
          "truncate",
          "random-bytes",
          "invalid-utf8",
          "odd-unicode",
          "long-string",
          "line-endings");

  /**
   * How often an operator is chosen relative to the others of its file's kind: those of one kind of
   * file (a chart's fields, a page's links) most often, those of its format (YAML, JSON) less,
   * those of any file least.
   */
  static int weight(String operator) {
    if (GENERIC.contains(operator)) {
      return 1;
    }
    return operator.startsWith("yaml-") || operator.startsWith("json-") ? 2 : 8;
  }

  // ---------------------------------------------------------------- generic: lines and bytes

  static Mutant deleteLine(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    int i = random.nextInt(lines.size());
    String removed = lines.get(i);
    lines.remove(i);
    return lines.mutant("delete-line", "line " + (i + 1) + " deleted: " + show(removed));
  }

  static Mutant duplicateLine(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    int i = random.nextInt(lines.size());
    lines.insert(i, lines.get(i));
    return lines.mutant("duplicate-line", "line " + (i + 1) + " duplicated: " + show(lines.get(i)));
  }

  static Mutant swapLines(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    if (lines.size() < 2) {
      return duplicateLine(random, original);
    }
    int i = random.nextInt(lines.size() - 1);
    int j = random.nextBoolean() ? i + 1 : random.nextInt(lines.size());
    String a = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, a);
    return lines.mutant(
        "swap-lines",
        "lines "
            + (i + 1)
            + " and "
            + (j + 1)
            + " swapped: "
            + show(a)
            + " <-> "
            + show(lines.get(i)));
  }

  static Mutant reindentLine(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    String body = line.stripLeading();
    int indent = line.length() - body.length();
    String[] choices = {
      "",
      " ",
      "\t",
      "  ".repeat(1 + random.nextInt(4)),
      " ".repeat(indent + 1),
      " ".repeat(Math.max(0, indent - 1)),
      " ".repeat(indent + 2) + "\t"
    };
    String changed = choices[random.nextInt(choices.length)] + body;
    lines.set(i, changed);
    return lines.mutant(
        "reindent-line",
        "line " + (i + 1) + " re-indented: " + show(line) + " -> " + show(changed));
  }

  static Mutant truncate(Random random, byte[] original) {
    int length =
        switch (random.nextInt(4)) {
          case 0 -> 0;
          case 1 -> Math.min(original.length, 1 + random.nextInt(8));
          default -> original.length == 0 ? 0 : random.nextInt(original.length);
        };
    return new Mutant(
        "truncate",
        "truncated to "
            + length
            + " of "
            + original.length
            + " bytes"
            + (length > 0 ? ", now ending " + show(tail(original, length)) : ""),
        Arrays.copyOf(original, length));
  }

  static Mutant randomBytes(Random random, byte[] original) {
    int at = random.nextInt(original.length + 1);
    byte[] noise = new byte[1 + random.nextInt(random.nextBoolean() ? 8 : 256)];
    random.nextBytes(noise);
    boolean overwrite = random.nextBoolean() && at + noise.length <= original.length;
    byte[] result = overwrite ? original.clone() : splice(original, at, 0, noise);
    if (overwrite) {
      System.arraycopy(noise, 0, result, at, noise.length);
    }
    return new Mutant(
        "random-bytes",
        noise.length
            + " random bytes "
            + (overwrite ? "written over" : "inserted at")
            + " byte "
            + at
            + ": "
            + hex(noise, 24),
        result);
  }

  /** Byte sequences that are not UTF-8: lone surrogates, overlong forms, stray bytes. */
  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // U+D800, a lone high surrogate
    {(byte) 0xED, (byte) 0xBF, (byte) 0xBF}, // U+DFFF, a lone low surrogate
    {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
    {(byte) 0xC3, (byte) 0x28}, // a lead byte followed by ASCII
    {(byte) 0xFF},
    {(byte) 0xFE, (byte) 0xFF},
    {(byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
    {(byte) 0xE2, (byte) 0x82}, // a truncated three-byte sequence
  };

  static Mutant invalidUtf8(Random random, byte[] original) {
    byte[] bad = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
    int at = charBoundary(original, random.nextInt(original.length + 1));
    if (random.nextInt(3) == 0) {
      // inside a value: after the first ": " of a random line
      Lines lines = Lines.of(original);
      int i = random.nextInt(lines.size());
      int colon = lines.get(i).indexOf(": ");
      if (colon >= 0) {
        at =
            lines.offsetOf(i)
                + lines.get(i).substring(0, colon + 2).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return new Mutant(
        "invalid-utf8",
        "bytes " + hex(bad, 8) + " inserted at byte " + at,
        splice(original, at, 0, bad));
  }

  /** Characters that are valid but unusual: separators, controls, bidi marks, emoji. */
  private static final String[] ODD = {
    "\u2028",
    "\u2029",
    "\u0000",
    "\u202E",
    "\u200F",
    "\u200E",
    "\u2066",
    "\uFEFF",
    "\u0085",
    "\u000B",
    "\u000C",
    "\u001B[31m",
    "\r",
    "\t",
    "\u00A0",
    "\u200B",
    "\u00AD",
    "\uD83D\uDE00",
    "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
    "\uD83C\uDDE8\uD83C\uDDF3",
    "e\u0301\u0301\u0301\u0301",
    "\uFFFD",
    "\uFFFF",
    "\uFFFE",
    "\uDBFF\uDFFF",
    "𝕏",
    "ﷺ",
    "\u0627\u0644\u0639\u0631\u0628\u064A\u0629",
    "Z\u0351\u0352\u0353\u0354\u0355\u0356"
  };

  static Mutant oddUnicode(Random random, byte[] original) {
    String odd = ODD[random.nextInt(ODD.length)];
    if (random.nextInt(4) == 0) {
      odd = odd.repeat(1 + random.nextInt(200));
    }
    String text = utf8(original);
    Matcher values = VALUE_START.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (values.find()) {
      starts.add(values.end());
    }
    int at =
        !starts.isEmpty() && random.nextBoolean()
            ? starts.get(random.nextInt(starts.size()))
            : codePointBoundary(text, random.nextInt(text.length() + 1));
    return textMutant(
        "odd-unicode",
        "inserted " + show(odd) + " at char " + at + " (line " + lineOf(text, at) + ")",
        text.substring(0, at) + odd + text.substring(at));
  }

  static Mutant longString(Random random, byte[] original) {
    String unit =
        new String[] {"x", "长", "ab ", "é", "😀", "a,", "\\", "'", "-", "<b>", "{n}"}
            [random.nextInt(11)];
    int size = random.nextBoolean() ? 100_000 : 300 + random.nextInt(3000);
    String piece = unit.repeat(Math.max(1, size / unit.length()));
    String text = utf8(original);
    Matcher values = VALUE_START.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (values.find()) {
      starts.add(values.end());
    }
    int at =
        !starts.isEmpty() && random.nextInt(3) > 0
            ? starts.get(random.nextInt(starts.size()))
            : codePointBoundary(text, random.nextInt(text.length() + 1));
    return textMutant(
        "long-string",
        "inserted "
            + show(unit)
            + " × "
            + (piece.length() / unit.length())
            + " at char "
            + at
            + " (line "
            + lineOf(text, at)
            + ")",
        text.substring(0, at) + piece + text.substring(at));
  }

  static Mutant lineEndings(Random random, byte[] original) {
    String text = utf8(original);
    String[] ways = {"\r\n", "\r", "\n\n", "\u2028", "\u0085"};
    String way = ways[random.nextInt(ways.length)];
    String changed = random.nextBoolean() ? text.replace("\n", way) : "\uFEFF" + text;
    return textMutant(
        "line-endings",
        changed.startsWith("\uFEFF")
            ? "a byte-order mark prepended"
            : "every line ending replaced by " + show(way),
        changed);
  }

  // ---------------------------------------------------------------- YAML

  /** {@code key: value} in block or flow style; group 2 is the value. */
  private static final Pattern YAML_VALUE =
      Pattern.compile(
          "(?m)(?:^[ \\t]*(?:- )?|[{,][ \\t]*)([A-Za-z0-9_.$<>\"'-]+):[ \\t]+"
              + "(\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\n]|'')*'|[^\\s,{}\\[\\]#&*|>!'\"][^,{}\\[\\]\\n#]*?)"
              + "(?=[ \\t]*(?:[,}\\]]|#|$))");

  /** Where a value starts: after {@code key: } (YAML) or {@code "key": } (JSON). */
  private static final Pattern VALUE_START = Pattern.compile("(?m)(?:\\w|\")\\s*:[ \\t]+\"?");

  /** A key: group 1. */
  private static final Pattern YAML_KEY =
      Pattern.compile("(?m)(?:^[ \\t]*(?:- )?|[{,][ \\t]*)([A-Za-z0-9_.$<>\"-]+):(?=[ \\t]|$)");

  private static final String[] OTHER_TYPES = {
    "\"text\"",
    "'x'",
    "42",
    "-1",
    "1.5",
    "true",
    "false",
    "null",
    "~",
    "\"\"",
    "[]",
    "[1, 2]",
    "[a, [b]]",
    "{}",
    "{a: 1}",
    "{zh: 甲, en: A}",
    "{zh: 甲}",
    "{zh: 甲, en: A, fr: B}",
    "undisclosed",
    "yes",
    "no",
    "on",
    "2023-03-01",
    "2023-03",
    "12:30",
    "0x1F",
    "0o17",
    "1_000",
    ".5",
    "+1",
    "!!binary aGVsbG8=",
    "!!str 42",
    "!!int \"7\"",
    "!!set {a, b}",
    "!!float x",
    "!custom x",
    "!!timestamp 2001-12-14t21:59:43.10-05:00",
    "? x",
    "|",
    ">-",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\x41\"",
    "'''",
    "\"a\\\"b\"",
    "@x",
    "`x`",
    "%x",
    "!!java.net.URL [\"http://localhost/\"]",
    "!!javax.script.ScriptEngineManager []"
  };

  static Mutant yamlScalarType(Random random, byte[] original) {
    return replaceValue(
        random,
        original,
        YAML_VALUE,
        2,
        "yaml-scalar-type",
        OTHER_TYPES[random.nextInt(OTHER_TYPES.length)]);
  }

  private static final String[] EXTREME_NUMBERS = {
    "1e400",
    "-1e400",
    "4.9e-324",
    "1e-400",
    "1e999999999",
    "-1e999999999",
    "-0",
    "-0.0",
    "0",
    "3000000000",
    "-3000000000",
    "2147483648",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "0.0000001",
    "1e15",
    "1e300",
    "1e-300",
    "1e301",
    "123456789012345678901234567890",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "2.2250738585072014E-308",
    "0.1e-999",
    ".nan",
    ".NaN",
    ".inf",
    "-.inf",
    "+.inf",
    "NaN",
    "Infinity",
    "-Infinity",
    "nan",
    "0e0",
    "1e",
    "1.2.3",
    "--1",
    "0x7fffffff",
    "0b101",
    "1E+2",
    "1,000",
    "1 000",
    "١٢٣",
    "１２３",
    "1e+0000000000000000000400",
    "00000000000000000000001",
    "0." + "0".repeat(400) + "1",
    "9".repeat(400),
    "4.9e-325",
    "1.0e-2147483649"
  };

  static Mutant yamlExtremeNumber(Random random, byte[] original) {
    return replaceValue(
        random,
        original,
        YAML_VALUE,
        2,
        "yaml-extreme-number",
        EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
  }

  private static final String[] ODD_VALUES = {
    "\"\\u2028\"",
    "\"\\u0000\"",
    "\"a\\u202Eb\"",
    "\"\\uFEFF\"",
    "\"😀\"",
    "\" \"",
    "\"\\t\"",
    "\"<script>alert(1)</script>\"",
    "\"${1+1}\"",
    "\"<#include 'x'>\"",
    "\"{n}\"",
    "\"javascript:alert(1)\"",
    "\"//evil.example/\"",
    "\"../../etc/passwd\"",
    "\"C:\\\\x\"",
    "\"%s%n\"",
    "\"\\\\\"",
    "\"a\\nb\"",
    "\"  padded  \"",
    "\"x\"" + " ".repeat(0),
    "\"" + "长".repeat(400) + "\"",
    "\"" + "a".repeat(5000) + "\""
  };

  static Mutant yamlOddValue(Random random, byte[] original) {
    return replaceValue(
        random,
        original,
        YAML_VALUE,
        2,
        "yaml-odd-value",
        ODD_VALUES[random.nextInt(ODD_VALUES.length)]);
  }

  static Mutant yamlRenameKey(Random random, byte[] original) {
    String text = utf8(original);
    List<int[]> keys = spans(YAML_KEY, text, 1);
    if (keys.isEmpty()) {
      return duplicateLine(random, original);
    }
    int[] key = keys.get(random.nextInt(keys.size()));
    String old = text.substring(key[0], key[1]);
    String renamed = renamedKey(random, old);
    return textMutant(
        "yaml-rename-key",
        "key " + show(old) + " renamed " + show(renamed) + " (line " + lineOf(text, key[0]) + ")",
        replace(text, key, renamed));
  }

  static Mutant yamlRemoveKey(Random random, byte[] original) {
    String text = utf8(original);
    List<int[]> keys = spans(YAML_KEY, text, 1);
    if (keys.isEmpty()) {
      return deleteLine(random, original);
    }
    int[] key = keys.get(random.nextInt(keys.size()));
    int line = lineOf(text, key[0]) - 1;
    Lines lines = Lines.of(original);
    String first = lines.get(line);
    String before = text.substring(lines.charOffsetOf(line), key[0]);
    boolean flow = before.contains("{") || before.contains(",");
    if (flow) {
      // remove "key: value" and one comma next to it, inside the flow mapping
      Matcher value = YAML_VALUE.matcher(text);
      int end = key[1] + 1;
      if (value.find(Math.max(0, key[0] - 1)) && value.start(1) == key[0]) {
        end = value.end(2);
      }
      int from = key[0];
      String rest = text.substring(end);
      if (rest.startsWith(",")) {
        end++;
      } else if (text.substring(0, from).stripTrailing().endsWith(",")) {
        from = text.substring(0, from).stripTrailing().length() - 1;
      }
      return textMutant(
          "yaml-remove-key",
          "flow key "
              + show(text.substring(key[0], key[1]))
              + " and its value removed (line "
              + (line + 1)
              + ")",
          text.substring(0, from) + text.substring(end));
    }
    int indent = first.length() - first.stripLeading().length();
    if (first.stripLeading().startsWith("- ")) {
      indent += 2;
    }
    int last = line;
    while (last + 1 < lines.size()
        && (lines.get(last + 1).isBlank()
            || lines.get(last + 1).length() - lines.get(last + 1).stripLeading().length()
                > indent)) {
      last++;
    }
    StringBuilder removed = new StringBuilder();
    for (int i = last; i >= line; i--) {
      removed.insert(0, lines.get(i) + "\n");
      lines.remove(i);
    }
    if (first.stripLeading().startsWith("- ")) {
      lines.insert(line, first.substring(0, first.indexOf("- ") + 2) + "{}");
    }
    return lines.mutant(
        "yaml-remove-key",
        "lines "
            + (line + 1)
            + "-"
            + (last + 1)
            + " removed (key "
            + show(text.substring(key[0], key[1]))
            + "): "
            + show(removed.toString()));
  }

  /** Billion laughs: nine levels of nine aliases each, referenced from a value. */
  static String billionLaughs(String indent) {
    StringBuilder bomb =
        new StringBuilder(
            indent + "lol0: &lol0 [lol, lol, lol, lol, lol, lol," + " lol, lol, lol]\n");
    for (int level = 1; level <= 9; level++) {
      String prev = "*lol" + (level - 1);
      bomb.append(indent)
          .append("lol")
          .append(level)
          .append(": &lol")
          .append(level)
          .append(" [")
          .append(String.join(", ", Collections.nCopies(9, prev)))
          .append("]\n");
    }
    return bomb.toString();
  }

  static Mutant yamlAliasBomb(Random random, byte[] original) {
    String text = utf8(original);
    String bomb = billionLaughs("");
    List<int[]> values = spans(YAML_VALUE, text, 2);
    String changed;
    String where;
    if (!values.isEmpty() && random.nextInt(4) > 0) {
      int[] value = values.get(random.nextInt(values.size()));
      where =
          "the value "
              + show(text.substring(value[0], value[1]))
              + " on line "
              + lineOf(text, value[0])
              + " replaced by *lol9";
      changed = bomb + replace(text, value, "*lol9");
    } else {
      where = "no reference to it";
      changed = bomb + text;
    }
    if (random.nextInt(3) == 0) {
      // the same, as a top-level key at the end rather than the start
      changed =
          text
              + (text.endsWith("\n") ? "" : "\n")
              + "bomb:\n"
              + billionLaughs("  ")
              + "  all: *lol9\n";
      where = "a top-level key \"bomb\" at the end whose \"all\" is *lol9";
    }
    return textMutant(
        "yaml-alias-bomb",
        "billion laughs (lol0..lol9, nine aliases per level); " + where,
        changed);
  }

  static Mutant yamlAlias(Random random, byte[] original) {
    String text = utf8(original);
    List<int[]> values = spans(YAML_VALUE, text, 2);
    if (values.size() < 2) {
      return yamlAliasBomb(random, original);
    }
    int a = random.nextInt(values.size());
    int b = random.nextInt(values.size());
    int[] anchored = values.get(Math.min(a, b));
    int[] referring = values.get(Math.max(a, b));
    String[] forms = {"*a", "*a", "*undefined", "{<<: *a}", "[*a, *a]", "*a "};
    String form = forms[random.nextInt(forms.length)];
    String changed;
    if (anchored == referring) {
      changed = replace(text, anchored, "&a " + text.substring(anchored[0], anchored[1]));
      form = "(anchor only)";
    } else {
      changed =
          text.substring(0, anchored[0])
              + "&a "
              + text.substring(anchored[0], referring[0])
              + form
              + text.substring(referring[1]);
    }
    return textMutant(
        "yaml-alias",
        "anchor &a on "
            + show(text.substring(anchored[0], anchored[1]))
            + " (line "
            + lineOf(text, anchored[0])
            + "), the value "
            + show(text.substring(referring[0], referring[1]))
            + " on line "
            + lineOf(text, referring[0])
            + " replaced by "
            + form,
        changed);
  }

  static Mutant yamlDeepNesting(Random random, byte[] original) {
    int depth = random.nextBoolean() ? 10_000 : 100 + random.nextInt(1000);
    String[] kinds = {"[", "[]", "{a: ", "- ", "? "};
    String kind = kinds[random.nextInt(kinds.length)];
    String nested =
        switch (kind) {
          case "[" -> "[".repeat(depth);
          case "[]" -> "[".repeat(depth) + "]".repeat(depth);
          case "{a: " -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
          case "- " -> {
            StringBuilder list = new StringBuilder("\n");
            for (int i = 0; i < Math.min(depth, 2000); i++) {
              list.append(" ".repeat(i)).append("- ").append(i % 50 == 49 ? "" : "\n");
            }
            yield list + "x";
          }
          default -> "? ".repeat(depth) + "x";
        };
    return replaceValue(
        random,
        original,
        YAML_VALUE,
        2,
        "yaml-deep-nesting",
        nested,
        show(kind) + " nested " + depth + " deep");
  }

  private static final String[] YAML_SYNTAX = {
    "---\n",
    "...\n",
    "--- !!map\n",
    "%YAML 1.1\n---\n",
    "%TAG ! tag:evil.example,2023:\n---\n",
    "? [a, b]\n: c\n",
    "<<: {title: x}\n",
    "&a x: 1\n",
    "\t\n",
    "key: [unclosed\n",
    "key: {unclosed\n",
    "key: 'unclosed\n",
    "key: \"unclosed\n",
    "key: |\n  block\n",
    ": no key\n",
    "- a list item\n",
    "!!python/object:os.system [\"id\"]\n",
    "key: !!binary |\n  R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=\n",
    "{}\n",
    "[]\n",
    "null\n",
    "# comment only\n",
    "'a': &x 1\n'b': *x\n",
    "x: !<tag:yaml.org,2002:str> 1\n",
    "title: twice\n",
    "title:\n"
  };

  static Mutant yamlSyntax(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    String snippet = YAML_SYNTAX[random.nextInt(YAML_SYNTAX.length)];
    int at = random.nextInt(lines.size() + 1);
    for (String part : snippet.split("\n", -1)) {
      if (!part.isEmpty() || !snippet.endsWith("\n")) {
        lines.insert(at, part);
        at++;
      }
    }
    return lines.mutant(
        "yaml-syntax",
        "inserted before line " + (at - snippet.split("\n").length + 1) + ": " + show(snippet));
  }

  // ---------------------------------------------------------------- JSON

  /** {@code "key": value} with a scalar value: group 2. */
  private static final Pattern JSON_VALUE =
      Pattern.compile(
          "(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d[\\d.eE+-]*|true|false|null)");

  private static final Pattern JSON_KEY = Pattern.compile("(\"(?:[^\"\\\\]|\\\\.)*\")\\s*:");

  private static final String[] JSON_TYPES = {
    "\"text\"",
    "\"\"",
    "42",
    "-1",
    "1.5",
    "true",
    "false",
    "null",
    "[]",
    "[1, \"a\"]",
    "{}",
    "{\"a\": 1}",
    "{\"zh\": \"甲\", \"en\": \"A\"}",
    "{\"zh\": \"甲\"}",
    "\"undisclosed\"",
    "\"2023-03-01\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"\\u2028\"",
    "'single'",
    "undefined",
    "NaN",
    "Infinity",
    "0x10",
    "01",
    ".5",
    "+1",
    "1.",
    "\"\\x41\"",
    "[,]",
    "{,}"
  };

  static Mutant jsonScalarType(Random random, byte[] original) {
    return replaceValue(
        random,
        original,
        JSON_VALUE,
        2,
        "json-scalar-type",
        JSON_TYPES[random.nextInt(JSON_TYPES.length)]);
  }

  static Mutant jsonExtremeNumber(Random random, byte[] original) {
    return replaceValue(
        random,
        original,
        JSON_VALUE,
        2,
        "json-extreme-number",
        EXTREME_NUMBERS[random.nextInt(EXTREME_NUMBERS.length)]);
  }

  static Mutant jsonRenameKey(Random random, byte[] original) {
    String text = utf8(original);
    List<int[]> keys = spans(JSON_KEY, text, 1);
    if (keys.isEmpty()) {
      return duplicateLine(random, original);
    }
    int[] key = keys.get(random.nextInt(keys.size()));
    String old = text.substring(key[0] + 1, key[1] - 1);
    String renamed = renamedKey(random, old);
    return textMutant(
        "json-rename-key",
        "key " + show(old) + " renamed " + show(renamed) + " (line " + lineOf(text, key[0]) + ")",
        replace(text, key, "\"" + renamed + "\""));
  }

  static Mutant jsonRemoveKey(Random random, byte[] original) {
    String text = utf8(original);
    List<int[]> keys = spans(JSON_KEY, text, 1);
    if (keys.isEmpty()) {
      return deleteLine(random, original);
    }
    int[] key = keys.get(random.nextInt(keys.size()));
    int end = endOfJsonValue(text, text.indexOf(':', key[1]) + 1);
    int from = key[0];
    String rest = text.substring(end);
    if (rest.stripLeading().startsWith(",")) {
      end += rest.indexOf(',') + 1;
    } else {
      String head = text.substring(0, from).stripTrailing();
      if (head.endsWith(",")) {
        from = head.length() - 1;
      }
    }
    return textMutant(
        "json-remove-key",
        "member "
            + show(text.substring(key[0], Math.min(end, key[0] + 60)))
            + " removed (line "
            + lineOf(text, key[0])
            + ")",
        text.substring(0, from) + text.substring(end));
  }

  static Mutant jsonDeepNesting(Random random, byte[] original) {
    int depth = random.nextBoolean() ? 10_000 : 100 + random.nextInt(2000);
    String[] kinds = {"[", "[]", "{\"a\": "};
    String kind = kinds[random.nextInt(kinds.length)];
    String nested =
        switch (kind) {
          case "[" -> "[".repeat(depth);
          case "[]" -> "[".repeat(depth) + "]".repeat(depth);
          default -> "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
        };
    return replaceValue(
        random,
        original,
        JSON_VALUE,
        2,
        "json-deep-nesting",
        nested,
        show(kind) + " nested " + depth + " deep");
  }

  private static final String[] JSON_SYNTAX = {
    "// a comment\n",
    "/* a comment */",
    ",",
    "}",
    "]",
    "{",
    "\"dangling\": ",
    "\"a\": 1,",
    "\"title\": \"twice\",",
    "\u0000",
    "'",
    "\"unterminated",
    "\"$schema\": 42,",
    "\"$schema\": \"https://evil.example/x.json\",",
    "\"$schema\": \"../../../../etc/passwd\","
  };

  static Mutant jsonSyntax(Random random, byte[] original) {
    String text = utf8(original);
    String snippet = JSON_SYNTAX[random.nextInt(JSON_SYNTAX.length)];
    int brace = text.indexOf('{');
    int at = random.nextBoolean() && brace >= 0 ? brace + 1 : random.nextInt(text.length() + 1);
    at = codePointBoundary(text, at);
    return textMutant(
        "json-syntax",
        "inserted " + show(snippet) + " at char " + at + " (line " + lineOf(text, at) + ")",
        text.substring(0, at) + snippet + text.substring(at));
  }

  // ---------------------------------------------------------------- schemas

  private static final String[] REFS = {
    "\"\"",
    "null",
    "42",
    "[]",
    "{}",
    "\"#\"",
    "\"#/\"",
    "\"#/properties\"",
    "\"#/$defs/nope\"",
    "\"@SELF@\"",
    "\"@SELF@#\"",
    "\"./@SELF@\"",
    "\"nope.schema.json\"",
    "\"data-file.schema.json#/$defs/nope\"",
    "\"data-file.schema.json#/$defs/rowBase/properties/id/pattern\"",
    "\"data-file.schema.json#%zz\"",
    "\"https://example.org/schema.json\"",
    "\"http://127.0.0.1:9/x.json\"",
    "\"file:///etc/passwd\"",
    "\"../../folio.yaml\"",
    "\"../../../../../../etc/passwd\"",
    "\"classpath:dev/folio/schemas/folio.schema.json\"",
    "\"jar:file:/x.jar!/a.json\"",
    "\"urn:uuid:00000000-0000-0000-0000-000000000000\"",
    "\"data-file.schema.json#/$defs/text\"",
    "\"https://folio.invalid/data-file.schema.json\"",
    "\"\\u0000\"",
    "\"%zz\"",
    "\"a b c\""
  };

  static Mutant schemaRef(Random random, byte[] original) {
    String text = utf8(original);
    String ref = REFS[random.nextInt(REFS.length)];
    int choice = random.nextInt(4);
    String changed;
    String where;
    Matcher existing = Pattern.compile("\"\\$ref\"\\s*:\\s*(\"[^\"]*\")").matcher(text);
    List<int[]> refs = new ArrayList<>();
    while (existing.find()) {
      refs.add(new int[] {existing.start(1), existing.end(1)});
    }
    if (choice < 2 && !refs.isEmpty()) {
      int[] span = refs.get(random.nextInt(refs.size()));
      where =
          "the $ref "
              + show(text.substring(span[0], span[1]))
              + " on line "
              + lineOf(text, span[0])
              + " replaced by "
              + ref;
      changed = replace(text, span, ref);
    } else if (choice == 2) {
      int brace = text.indexOf('{');
      where = "\"$ref\": " + ref + " added to the root";
      changed =
          text.substring(0, brace + 1) + "\n  \"$ref\": " + ref + "," + text.substring(brace + 1);
    } else {
      // a definition that refers to itself, used by the rows
      where = "a $defs entry referring to itself, $ref'd by the root";
      int brace = text.indexOf('{');
      changed =
          text.substring(0, brace + 1)
              + "\n  \"$defs\": {\"loop\": {\"$ref\": "
              + "\"#/$defs/loop\"}, \"a\": {\"$ref\": \"#/$defs/b\"}, \"b\": {\"$ref\": "
              + "\"#/$defs/a\"}},\n  \"allOf\": [{\"$ref\": \"#/$defs/"
              + (random.nextBoolean() ? "loop" : "a")
              + "\"}],"
              + text.substring(brace + 1);
    }
    return textMutant("schema-ref", where, changed);
  }

  /** Stands for the mutated file's own name, which an operator does not know. */
  static final String SELF_MARK = "@SELF@";

  /** Replaces {@link #SELF_MARK} with the file's name: a schema or template refers to itself. */
  static Mutant resolveSelf(Mutant mutant, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    String text = new String(mutant.bytes(), StandardCharsets.UTF_8);
    if (!text.contains(SELF_MARK)) {
      return mutant;
    }
    return new Mutant(
        mutant.operator(),
        mutant.description().replace(SELF_MARK, name),
        text.replace(SELF_MARK, name).getBytes(StandardCharsets.UTF_8));
  }

  private static final String[] SCHEMA_KEYWORDS = {
    "\"type\": \"nonsense\"",
    "\"type\": 42",
    "\"type\": []",
    "\"pattern\": \"(\"",
    "\"pattern\": \"(a+)+$\"",
    "\"pattern\": \"\\\\p{IsNope}\"",
    "\"minLength\": -1",
    "\"minimum\": \"x\"",
    "\"maximum\": 1e400",
    "\"multipleOf\": 0",
    "\"multipleOf\": 1e-400",
    "\"required\": \"id\"",
    "\"required\": [\"nope\"]",
    "\"enum\": []",
    "\"enum\": 1",
    "\"format\": \"email\"",
    "\"$schema\": \"http://json-schema.org/draft-04/schema#\"",
    "\"$schema\": \"https://evil.example/schema\"",
    "\"$schema\": 42",
    "\"$id\": \"https://evil.example/x.json\"",
    "\"$id\": \"\"",
    "\"$id\": \"#frag\"",
    "\"$anchor\": \"x\", \"$dynamicRef\": \"#x\"",
    "\"$recursiveRef\": \"#\"",
    "\"if\": {\"$ref\": \"#\"}, \"then\": {\"$ref\": \"#\"}",
    "\"not\": {}",
    "\"allOf\": []",
    "\"anyOf\": [{\"$ref\": \"#\"}]",
    "\"additionalProperties\": 1",
    "\"properties\": []",
    "\"unevaluatedProperties\": {\"$ref\": \"#\"}",
    "\"contentEncoding\": \"base64\"",
    "\"dependentSchemas\": {\"id\": {\"$ref\": \"#\"}}",
    "\"$vocabulary\": {\"x\": true}"
  };

  static Mutant schemaKeyword(Random random, byte[] original) {
    String text = utf8(original);
    String keyword = SCHEMA_KEYWORDS[random.nextInt(SCHEMA_KEYWORDS.length)];
    List<Integer> objects = new ArrayList<>();
    for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
      objects.add(i);
    }
    int at = objects.get(random.nextInt(objects.size()));
    String after = text.substring(at + 1).stripLeading();
    String sep = after.startsWith("}") ? "" : ",";
    return textMutant(
        "schema-keyword",
        show(keyword) + " added to the object on line " + lineOf(text, at),
        text.substring(0, at + 1) + " " + keyword + sep + text.substring(at + 1));
  }

  // ---------------------------------------------------------------- data files

  private static final String[] DATA_VALUES = {
    "2023-02-30",
    "2023-13-01",
    "2023-00-10",
    "0000-01-01",
    "9999-12-31",
    "2023-3-1",
    "2023-03-01T00:00:00Z",
    "20230301",
    "2023-02",
    "2023-13",
    "-2023-01",
    "undisclosed",
    "Undisclosed",
    "openai",
    "nope",
    "GPT-3",
    "gpt-3",
    "a b",
    "-x",
    "x-",
    "x--y",
    "ÄÖ",
    "",
    "\"\"",
    "high",
    "certain",
    "open",
    "closed",
    "demand",
    "text",
    "count",
    "percent",
    "boolean",
    "month",
    "date",
    "nonsense",
    "companies",
    "models",
    "nope-table",
    "../x",
    "{value: 1}",
    "{note: {zh: 甲, en: A}}",
    "{params: {value: 1}}",
    "{nope: {note: {zh: 甲, en: A}, source: {name: {zh: 甲, en: A}}}}",
    "[id]",
    "0",
    "16",
    "3000000000",
    "1e400",
    "-1",
    "0.5",
    "\"1, 4, 16\"",
    "\"0\"",
    "\"1,,4\"",
    "\"-4\"",
    "\"1e400\"",
    "\"100000000000\"",
    "\"4, 4, 4\"",
    "\",\"",
    "\"\"",
    "\"x\""
  };

  static Mutant dataValue(Random random, byte[] original) {
    String value = DATA_VALUES[random.nextInt(DATA_VALUES.length)];
    if (looksLikeJson(original)) {
      return replaceValue(random, original, JSON_VALUE, 2, "data-value", json(value));
    }
    return replaceValue(random, original, YAML_VALUE, 2, "data-value", value);
  }

  /** A YAML flow value of {@link #DATA_VALUES} as JSON: bare words and keys quoted. */
  private static String json(String yaml) {
    if (yaml.matches("-?[0-9][0-9.e]*") || yaml.startsWith("\"")) {
      return yaml;
    }
    if (!yaml.startsWith("{") && !yaml.startsWith("[")) {
      return "\"" + yaml + "\"";
    }
    return yaml.replaceAll("([A-Za-z\\p{IsHan}][\\w\\p{IsHan}-]*)", "\"$1\"")
        .replaceAll("\"(\\d+)\"", "$1");
  }

  // ---------------------------------------------------------------- folio.yaml

  private static final String[] CONFIG_EDITS = {
    "folder: zh|folder: en",
    "folder: zh|folder: data",
    "folder: zh|folder: assets",
    "folder: zh|folder: \"../..\"",
    "folder: zh|folder: \"\"",
    "folder: zh|folder: ZH",
    "folder: zh|folder: search",
    "folder: zh|folder: \"a/b\"",
    "folder: en|folder: \"..\"",
    "folder: en|folder: static",
    "folder: en|folder: \"con\"",
    "folder: en|folder: index.html",
    "code: zh-CN|code: en",
    "code: zh-CN|code: \"\"",
    "code: zh-CN|code: \"!!\"",
    "code: en|code: xx-Invalid-Tag-That-Is-Long",
    "code: en|code: ja",
    "code: en|code: zh-Hant",
    "code: en|code: i-klingon",
    "code: en|code: und",
    "code: en|code: \"en\\u0000\"",
    "locale: en-GB|locale: zz",
    "locale: en-GB|locale: \"\"",
    "locale: en-GB|locale: ar-EG",
    "locale: en-GB|locale: th-TH-u-nu-thai",
    "locale: en-GB|locale: ja-JP-u-ca-japanese",
    "locale: en-GB|locale: de-DE",
    "locale: en-GB|locale: hi-IN",
    "locale: en-GB|locale: \"x\"",
    "defaultLanguage: zh|defaultLanguage: fr",
    "defaultLanguage: zh|defaultLanguage: \"\"",
    "defaultLanguage: zh|baseUrl: \"javascript:alert(1)\"",
    "defaultLanguage: zh|baseUrl: //evil.example/",
    "defaultLanguage: zh|baseUrl: \"/a b/\"",
    "defaultLanguage: zh|baseUrl: \"https://example.org/x/\"",
    "defaultLanguage: zh|baseUrl: \"../\"",
    "defaultLanguage: zh|baseUrl: \"/%zz/\"",
    "defaultLanguage: zh|baseUrl: \"/x?y#z\"",
    "defaultLanguage: zh|baseUrl: \"\"",
    "date: 2023-03-01|date: 2023-02-30",
    "date: 2023-03-01|date: \"yesterday\"",
    "date: 2023-03-01|date: 99999-01-01",
    "date: 2023-03-01|date: 2023-03",
    "date: 2023-03-01|date: 2023-03-01T12:00:00+25:00",
    "inference-cost:|inference-costs:",
    "growth:|nope:",
    "growth:|inference-cost:",
    "period: 2|period: 0",
    "period: 2|period: -2",
    "period: 2|period: 1e400",
    "period: 2|period: 0.0000001",
    "years: 4|years: 1000000",
    "years: 4|years: 3000000000",
    "years: 4|years: 0",
    "years: 4|years: -1",
    "years: 4|years: 1.5",
    "years: 4|years: 1e15",
    "factor: factor|factor: metric",
    "factor: factor|factor: kind",
    "label: metric|label: factor",
    "group: kind|group: factor",
    "table: growth|table: models",
    "table: growth|table: adoption",
    "table: growth|table: cost-estimates",
    "accelerators: gpus|accelerators: shapes",
    "models: shapes|models: gpus",
    "scenarios: plans|scenarios: growth",
    "reportScenario: tiny-on-one|reportScenario: nope",
    "reportScenario: tiny-on-one|reportScenario: 42",
    "reportScenario: tiny-on-one|impliedBytesPerParameter: 0",
    "reportScenario: tiny-on-one|published: plans",
    "reportScenario: tiny-on-one|published: gpus",
    "authors:|authors: []",
    "name: 中文|name: \"\"",
    "name: English|name: 中文"
  };

  static Mutant configValue(Random random, byte[] original) {
    String text = utf8(original);
    String[] edit = CONFIG_EDITS[random.nextInt(CONFIG_EDITS.length)].split("\\|", 2);
    if (!text.contains(edit[0])) {
      return yamlScalarType(random, original);
    }
    return textMutant(
        "config-value",
        show(edit[0])
            + " -> "
            + show(edit[1])
            + " (line "
            + lineOf(text, text.indexOf(edit[0]))
            + ")",
        text.replaceFirst(Pattern.quote(edit[0]), Matcher.quoteReplacement(edit[1])));
  }

  // ---------------------------------------------------------------- charts.yaml

  private static final String[] CHART_EDITS = {
    "kind: bars|kind: nope",
    "kind: bars|kind: dots",
    "kind: bars|kind: lines",
    "kind: dots|kind: bars",
    "kind: dots|kind: grid",
    "kind: timeline|kind: hype-cycle",
    "kind: grid|kind: timeline",
    "kind: hype-cycle|kind: grid",
    "kind: lines|kind: bars",
    "table: adoption|table: nope",
    "table: adoption|table: models",
    "table: models|table: growth",
    "table: roadmap|table: hype",
    "table: cost-roofline|table: cost-estimates",
    "table: growth-compounded|table: growth",
    "table: growth-compounded|table: growth-rates",
    "value: months|value: app",
    "value: months|value: launched",
    "value: months|value: share",
    "value: params|value: model",
    "value: params|value: nope",
    "label: app|label: months",
    "label: app|label: id",
    "highlight: chatgpt|highlight: nope",
    "highlight: chatgpt|highlight: 42",
    "sort: ascending|sort: sideways",
    "scale: log|scale: linear",
    "scale: log|scale: nope",
    "date: month|date: model",
    "date: month|date: params",
    "group: company|group: params",
    "group: company|group: weights",
    "row: capability|row: text",
    "column: period|column: maturity",
    "level: maturity|level: capability",
    "unstated: unstated|unstated: nope",
    "phase: phase|phase: years",
    "phase: phase|phase: name",
    "marker: years|marker: phase",
    "x: years|x: label",
    "y: multiple|y: series",
    "yScale: log|yScale: linear",
    "xScale: log|xScale: linear",
    "x: intensity|x: accelerator",
    "point: ridge|point: label",
    "marks: cost-intensity|marks: nope",
    "marks: cost-intensity|marks: models",
    "markValue: intensity|markValue: step",
    "markLabel: step|markLabel: nope",
    "xTicks: data|xTicks: nope",
    "id: adoption|id: parameters",
    "id: adoption|id: Adoption",
    "id: hype|id: \"hype cycle\"",
    "id: roofline|id: \"\"",
    "dash: group|dash: series",
    "label: label|label: nope",
    "sort: descending|sort: ascending",
    "sort: ascending|scale: log",
    "unstated: unstated|highlight: x",
    "highlight: chatgpt|xScale: log"
  };

  static Mutant chartValue(Random random, byte[] original) {
    String text = utf8(original);
    String[] edit = CHART_EDITS[random.nextInt(CHART_EDITS.length)].split("\\|", 2);
    if (!text.contains(edit[0])) {
      return yamlScalarType(random, original);
    }
    return textMutant(
        "chart-value",
        show(edit[0])
            + " -> "
            + show(edit[1])
            + " (line "
            + lineOf(text, text.indexOf(edit[0]))
            + ")",
        text.replaceFirst(Pattern.quote(edit[0]), Matcher.quoteReplacement(edit[1])));
  }

  // ---------------------------------------------------------------- i18n

  private static final String[] STRING_KEYS = {
    "footer.edition",
    "page.section",
    "nav.title",
    "search.title",
    "table.asOf",
    "table.source",
    "errata.corrected",
    "chart.data",
    "value.undisclosed",
    "punct.colon",
    "calc.needsJs",
    "growth.rate",
    "nope.key",
    "",
    "a:b",
    "页面",
    "page.section.extra"
  };
  private static final String[] STRING_VALUES = {
    "\"\"",
    "[a, b]",
    "{a: b}",
    "42",
    "null",
    "true",
    "\"{n}{n}{n}\"",
    "\"{date}\"",
    "\"{nope}\"",
    "\"{\"",
    "\"<script>alert(1)</script>\"",
    "\"${1+1}\"",
    "\"<#include 'x'>\"",
    "\"&amp;\"",
    "\"\\u0000\"",
    "\"\\u2028\"",
    "\"" + "长".repeat(2000) + "\"",
    "x: y"
  };

  static Mutant stringsEntry(Random random, byte[] original) {
    String text = utf8(original);
    String key = STRING_KEYS[random.nextInt(STRING_KEYS.length)];
    String value = STRING_VALUES[random.nextInt(STRING_VALUES.length)];
    String line = key + ": " + value;
    return textMutant(
        "strings-entry",
        "appended " + show(line),
        text + (text.endsWith("\n") ? "" : "\n") + line + "\n");
  }

  // ---------------------------------------------------------------- Markdown pages

  /** Links to script: a successful build must not publish any of them. */
  private static final String[] SCRIPT_LINKS = {
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](<javascript:alert(1)>)",
    "[x]( javascript:alert(1) )",
    "[x](&#106;avascript:alert(1))",
    "[x](java&#x09;script:alert(1))",
    "[x](javascript&colon;alert(1))",
    "[x](%6Aavascript:alert(1))",
    "[x](vbscript:msgbox(1))",
    "[x](data:text/html,<script>alert(1)</script>)",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[x](DATA:text/html,x)",
    "<javascript:alert(1)>",
    "[x][r]\n\n[r]: javascript:alert(1)",
    "[x][r]\n\n[r]: <data:text/html,x>",
    "![x](javascript:alert(1))",
    "![x](data:image/svg+xml,<svg onload=alert(1)>)",
    "[x](https://example.org/\"onmouseover=\"alert(1))",
    "[x](models.md \"title\" onerror=x)",
    "[![x](data:image/png;base64,AAAA)](javascript:alert(1))",
    "[x](\u0001javascript:alert(1))",
    "```note\n[x](javascript:alert(1))\n```"
  };

  static Mutant scriptLink(Random random, byte[] original) {
    return insertInBody(
        random, original, "md-script-link", SCRIPT_LINKS[random.nextInt(SCRIPT_LINKS.length)]);
  }

  /** Links and images of another host, by an address without a scheme. */
  private static final String[] OTHER_HOST_LINKS = {
    "[x](//evil.example)",
    "[x](//evil.example/a.md)",
    "[x](\\\\evil.example)",
    "[x](/\\evil.example)",
    "[x](\\/evil.example)",
    "[x](https:evil.example)",
    "[x](///evil.example)",
    "[x](//evil.example%2f)",
    "<//evil.example>",
    "[x][r]\n\n[r]: //evil.example",
    "![x](https://evil.example/a.png)",
    "![x](//evil.example/a.png)",
    "![x](http://evil.example/a.png)",
    "[x](/zh/models/)",
    "[x](/)",
    "[x](%2F%2Fevil.example)",
    "[x](/%2Fevil.example)"
  };

  static Mutant otherHostLink(Random random, byte[] original) {
    return insertInBody(
        random,
        original,
        "md-other-host-link",
        OTHER_HOST_LINKS[random.nextInt(OTHER_HOST_LINKS.length)]);
  }

  /** Links that name no page, file or anchor, or in a form a path or URL parser may choke on. */
  private static final String[] ODD_LINKS = {
    "[x](a|b.md)",
    "[x](%zz.md)",
    "[x](a{b}.md)",
    "[x](?.md)",
    "[x](#)",
    "[x]()",
    "[x](<>)",
    "[x](.md)",
    "[x](..md)",
    "[x](./)",
    "[x](../)",
    "[x](*.md)",
    "[x](a\"b.md)",
    "[x](<a b.md>)",
    "[x](../../folio.yaml)",
    "[x](../../../../../etc/passwd)",
    "[x](../../static/)",
    "[x](../../static/nope.txt)",
    "[x](../../static/notes.txt#x)",
    "[x](models.md#nope)",
    "[x](models.md#)",
    "[x](models.md?x=1)",
    "[x](models.md#%zz)",
    "[x](index.md#table-nope)",
    "[x](models.md%00.md)",
    "[x](models.md\u0000)",
    "[x](mod\u2028els.md)",
    "[x](MODELS.md)",
    "[x](models.MD)",
    "[x](models.md/)",
    "[x](./models.md)",
    "[x](../en/models.md)",
    "[x](../zh/models.md)",
    "[x](../data/models.yaml)",
    "[x](search.md)",
    "[x](mailto:)",
    "[x](https://)",
    "[x](http://[::1)",
    "[x](https://exa mple.org)",
    "[x](ftp://x)",
    "[x](file:///etc/passwd)",
    "[x](C:\\x.md)",
    "[x](%2e%2e/%2e%2e/folio.yaml)",
    "[x](models.md#模型)",
    "[x](models.md#" + "a".repeat(3000) + ")",
    "[x](" + "a/".repeat(2000) + "b.md)",
    "[" + "[".repeat(5000) + "x](models.md)",
    "[x](" + "(".repeat(3000) + "models.md" + ")".repeat(3000) + ")",
    "[x][nope]",
    "<https://example.org/\u202Eevil>",
    "[x](con.md)",
    "[x](models.md#table-models#x)",
    "[x](index.md#chart-nope)",
    "![x](../../static/notes.txt)",
    "![x]()",
    "[x](\\)",
    "[x](%)",
    "[x](%%)",
    "[x](~)",
    "[x](models.md#%F0%9F%98%80)"
  };

  static Mutant oddLink(Random random, byte[] original) {
    return insertInBody(
        random, original, "md-odd-link", ODD_LINKS[random.nextInt(ODD_LINKS.length)]);
  }

  private static final String[] HOSTILE_MARKUP = {
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script\n>alert(1)</script\n>",
    "<img src=x onerror=alert(1)>",
    "<img src=\"x\" onerror=\"alert(1)\"/>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href=//evil.example>x</a>",
    "<base href=\"//evil.example/\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
    "<style>body{display:none}</style>",
    "<!-- unclosed comment",
    "<![CDATA[x]]>",
    "<object data=\"data:text/html,x\"></object>",
    "<form action=javascript:alert(1)><button>x",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<div onclick=alert(1)>x</div>",
    "<details open ontoggle=alert(1)>",
    "<p style=\"background:url(javascript:alert(1))\">x</p>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
    "<template><script>alert(1)</script></template>",
    "</figure></main><script>alert(1)</script>",
    "```\n</code></pre><script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "**<script>**alert(1)**</script>**",
    "&lt;script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "\\<script>alert(1)\\</script>",
    "<scr<script>ipt>alert(1)</script>",
    "<x onxyz=alert(1)>",
    "<ScRiPt>alert(1)</sCrIpT>",
    "<script/x>alert(1)</script>"
  };

  static Mutant hostileMarkup(Random random, byte[] original) {
    return insertInBody(
        random,
        original,
        "md-hostile-markup",
        HOSTILE_MARKUP[random.nextInt(HOSTILE_MARKUP.length)]);
  }

  private static final String[] EMBEDS = {
    "```table nope\n```",
    "```table\n```",
    "```table models extra\n```",
    "```table models\nbody\n```",
    "```table ../data/models\n```",
    "```table models#x\n```",
    "```table Models\n```",
    "```table cost-estimates\n```",
    "```table cost-reproduction\n```",
    "```table growth-rates\n```",
    "```chart nope\n```",
    "```chart\n```",
    "```chart adoption adoption\n```",
    "```chart adoption\nbody\n```",
    "```chart ADOPTION\n```",
    "```calculator\n```",
    "```calculator x\n```",
    "```calculator\nbody\n```",
    "```note\n```",
    "```note x\ntext\n```",
    "```note\n```table models\n```\n```",
    "```note\n<script>alert(1)</script>\n```",
    "```note\n[x](javascript:alert(1))\n```",
    "```note\n```note\nx\n```\n```",
    "```nope\n```",
    "```table models",
    "```chart adoption",
    "~~~table models\n~~~",
    "    ```table models\n    ```",
    "> ```table models\n> ```",
    "- ```chart adoption\n  ```",
    "```table models\n```\n```table models\n```",
    "````table models\n````",
    "```table\u00A0models\n```",
    "```table models\u200B\n```",
    "```note\n" + "> ".repeat(2000) + "x\n```",
    "```\n```",
    "```html\n<script>alert(1)</script>\n```"
  };

  static Mutant embed(Random random, byte[] original) {
    String embed = EMBEDS[random.nextInt(EMBEDS.length)];
    if (random.nextInt(3) == 0) {
      // change an existing embed rather than add one
      String text = utf8(original);
      Matcher fence = Pattern.compile("(?m)^```([a-z]+)( [a-z-]+)?$").matcher(text);
      List<int[]> fences = spans(fence, 0);
      if (!fences.isEmpty()) {
        int[] span = fences.get(random.nextInt(fences.size()));
        String old = text.substring(span[0], span[1]);
        String[] replacements = {
          "```",
          "``` " + old.substring(3),
          old + " x",
          old.toUpperCase(),
          old.replace(" ", "  "),
          old.replace(" ", "\t"),
          old + "\u00A0",
          "~~~" + old.substring(3),
          old.replaceAll("[a-z]$", ""),
          "```" + old.substring(3).replace("table", "chart"),
          "```" + old.substring(3).replace("chart", "table")
        };
        String changed = replacements[random.nextInt(replacements.length)];
        return textMutant(
            "md-embed",
            "the fence "
                + show(old)
                + " on line "
                + lineOf(text, span[0])
                + " changed to "
                + show(changed),
            replace(text, span, changed));
      }
    }
    return insertInBody(random, original, "md-embed", embed);
  }

  private static final String[] HEADINGS = {
    "## Models",
    "## 模型",
    "## Table models",
    "## table-models",
    "## chart-adoption",
    "##",
    "## ???",
    "## <script>alert(1)</script>",
    "####### seven",
    "## " + "长".repeat(2000),
    "## a\u0000b",
    "## \u202Eevil",
    "## 😀",
    "# Top",
    "## what-one-answer-costs",
    "## What one answer costs",
    "## 一次回答的成本",
    "## search",
    "## main",
    "## site-nav",
    "Setext\n===",
    "## [link](javascript:alert(1))",
    "## `code`",
    "## x {#custom-id}",
    "## " + "-".repeat(300)
  };

  static Mutant heading(Random random, byte[] original) {
    return insertInBody(random, original, "md-heading", HEADINGS[random.nextInt(HEADINGS.length)]);
  }

  static Mutant markdownDeepStructure(Random random, byte[] original) {
    int depth = random.nextBoolean() ? 10_000 : 500 + random.nextInt(3000);
    String[] kinds = {
      "> ", "- ", "* ", "1. ", "[", "*", "_", "**", "`", "<", "![", "\\", "|", "&#", "<!--", "    "
    };
    String kind = kinds[random.nextInt(kinds.length)];
    String deep =
        switch (kind) {
          case "- ", "* ", "1. " -> {
            // each level indents one more step: 600 levels are a page of a megabyte (commonmark
            // reads about 1 MB/s), deeper than any visitor's recursion would survive if it were one
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < Math.min(depth, 600); i++) {
              list.append(" ".repeat(i * kind.length())).append(kind).append("x\n");
            }
            yield list.toString();
          }
          case "|" -> "|".repeat(depth) + "\n" + "|-".repeat(depth) + "|\n";
          default -> kind.repeat(depth) + "x";
        };
    return insertInBody(random, original, "md-deep-structure", deep, show(kind) + " × " + depth);
  }

  private static final String[] FRONT_MATTER_EDITS = {
    "order: 3000000000",
    "order: -3000000000",
    "order: 1e15",
    "order: 1.5",
    "order: -0",
    "order: 0x10",
    "order: \"10\"",
    "order: null",
    "order: []",
    "order: 10\norder: 20",
    "order: 1000001",
    "order: 2147483648",
    "order: 9223372036854775808",
    "order: .inf",
    "section: 1e15",
    "section: 0",
    "section: -1",
    "section: 1.0",
    "section: 1001",
    "section: 3000000000",
    "section: \"1\"",
    "section: 1e400",
    "title: \"\"",
    "title: []",
    "title: {zh: 甲, en: A}",
    "title: null",
    "title: 42",
    "title: \"<script>alert(1)</script>\"",
    "title: \"" + "长".repeat(3000) + "\"",
    "title: \"\\u0000\"",
    "title: \"a\\u2028b\"",
    "description: \"\"",
    "description: 42",
    "draft: true",
    "layout: x",
    "Title: x",
    "title: &a x\ndescription: *a",
    "<<: {title: x}",
    "title: !!binary aGVsbG8=",
    "order: !!float 10",
    "order: !!str 10"
  };

  static Mutant frontMatter(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    String edit = FRONT_MATTER_EDITS[random.nextInt(FRONT_MATTER_EDITS.length)];
    String key = edit.substring(0, edit.indexOf(':'));
    int end = 1;
    while (end < lines.size() && !lines.get(end).strip().equals("---")) {
      end++;
    }
    int replaced = -1;
    for (int i = 1; i < end; i++) {
      if (lines.get(i).startsWith(key + ":")) {
        replaced = i;
      }
    }
    if (replaced >= 0 && random.nextInt(4) > 0) {
      String old = lines.get(replaced);
      lines.remove(replaced);
      String[] parts = edit.split("\n");
      for (int p = parts.length - 1; p >= 0; p--) {
        lines.insert(replaced, parts[p]);
      }
      return lines.mutant(
          "front-matter",
          "front matter line " + (replaced + 1) + " " + show(old) + " -> " + show(edit));
    }
    int at = 1 + random.nextInt(Math.max(1, end - 1));
    String[] parts = edit.split("\n");
    for (int p = parts.length - 1; p >= 0; p--) {
      lines.insert(at, parts[p]);
    }
    return lines.mutant(
        "front-matter", "inserted in the front matter before line " + (at + 1) + ": " + show(edit));
  }

  static Mutant frontMatterAliasBomb(Random random, byte[] original) {
    Lines lines = Lines.of(original);
    String[] bomb = billionLaughs("").split("\n");
    for (int i = bomb.length - 1; i >= 0; i--) {
      lines.insert(1, bomb[i]);
    }
    boolean referenced = random.nextBoolean();
    if (referenced) {
      lines.insert(1 + bomb.length, "description: *lol9");
    }
    return lines.mutant(
        "yaml-alias-bomb",
        "billion laughs (lol0..lol9) inserted at the top of"
            + " the front matter"
            + (referenced ? ", with description: *lol9" : ""));
  }

  // ---------------------------------------------------------------- templates

  private static final String[] SELF_INCLUDES = {
    "<#include \"@SELF@\">",
    "<#include \"table.ftlh\">",
    "<#include \"*/@SELF@\">",
    "<#include \"./@SELF@\">",
    "<#include \"/@SELF@\">",
    "<#import \"@SELF@\" as me>",
    "<#include .current_template_name>",
    "<#include .caller_template_name>",
    "<#macro again>${table.title}<@again/></#macro><@again/>",
    "${.get_optional_template(\"@SELF@\").include!}"
  };

  static Mutant templateSelfInclude(Random random, byte[] original) {
    return insertInTemplate(
        random, original, "ftl-self-include", SELF_INCLUDES[random.nextInt(SELF_INCLUDES.length)]);
  }

  private static final String[] INCLUDES = {
    "<#include \"nope.ftlh\">",
    "<#include \"/etc/passwd\">",
    "<#include \"../folio.yaml\">",
    "<#include \"../../../../etc/passwd\">",
    "<#include \"page.ftlh\">",
    "<#include \"_layout.ftlh\">",
    "<#include \"chart.ftlh\">",
    "<#import \"nope.ftlh\" as x>",
    "<#include \"\">",
    "<#include \"file:///etc/passwd\">",
    "<#include \"classpath:dev/folio/schemas/folio.schema.json\">",
    "<#include \"assets/style.css\" parse=false>",
    "<#include \"../content/en/index.md\">",
    "<#include \"%zz\">",
    "<#include 42>"
  };

  static Mutant templateInclude(Random random, byte[] original) {
    return insertInTemplate(
        random, original, "ftl-include", INCLUDES[random.nextInt(INCLUDES.length)]);
  }

  private static final String[] UNKNOWN = {
    "${nope}",
    "${table.nope}",
    "${table.title.nope}",
    "${table.rows[99]}",
    "${table.headers[0]}",
    "${i18n(\"nope.key\")}",
    "${i18n()}",
    "${i18n(1)}",
    "${i18n(\"a\", \"b\")}",
    "${i18n}",
    "${table}",
    "${table.rows}",
    "<#list nope as x>${x}</#list>",
    "${page.title}",
    "${chart.id}",
    "${view}",
    "${table.title?number}",
    "${table.title?date}",
    "${1/0}",
    "${table.asOf?long}",
    "${table.sources[0].nope}",
    "${nope!}",
    "${i18n(\"\")}",
    "${.data_model.table.title}",
    "${.globals.nope}",
    "${.vars[\"nope\"]}"
  };

  static Mutant templateUnknown(Random random, byte[] original) {
    return insertInTemplate(
        random, original, "ftl-unknown", UNKNOWN[random.nextInt(UNKNOWN.length)]);
  }

  private static final String[] SYNTAX = {
    "<#if>",
    "${",
    "${}",
    "<#list table.rows as>",
    "</#if>",
    "<#macro",
    "<#macro m>",
    "</#list>",
    "<#nope>",
    "<@nope/>",
    "${a b}",
    "<#assign>",
    "<#-- unclosed comment",
    "${\"unclosed}",
    "<#if x>",
    "<#switch 1><#case>",
    "<#ftl encoding=\"nope\">",
    "<#ftl output_format=\"XML\">",
    "<#ftl strip_whitespace=nope>",
    "<#attempt>x",
    "[#if true]x[/#if]",
    "${x?}",
    "${?}",
    "<#list 1..3 as i>${i}",
    "<#break>",
    "<#return>",
    "<#nested>",
    "<#stop>",
    "<#stop \"stopped\">",
    "<#compress>",
    "<#outputformat \"nope\">x</#outputformat>",
    "<#escape x as x?html>${x}</#escape>",
    "${r\"raw\"",
    "${\"\\q\"}",
    "<#local x = 1>"
  };

  static Mutant templateSyntax(Random random, byte[] original) {
    return insertInTemplate(random, original, "ftl-syntax", SYNTAX[random.nextInt(SYNTAX.length)]);
  }

  private static final String[] EVAL = {
    "${\"1+1\"?eval}",
    "${\"table.title\"?eval}",
    "${\"nope\"?eval}",
    "${\"(\"?eval}",
    "<#assign t = \"${'$'}{1}\"?interpret><@t/>",
    "<#assign t = \"<#include '@SELF@'>\"?interpret><@t/>",
    "<#assign t = \"<#if>\"?interpret><@t/>",
    "${\"\\\"freemarker.template.utility.Execute\\\"?new()(\\\"id\\\")\"?eval}",
    "${\"1\"?eval_json}",
    "${\"{\"?eval_json}"
  };

  static Mutant templateEval(Random random, byte[] original) {
    return insertInTemplate(random, original, "ftl-eval", EVAL[random.nextInt(EVAL.length)]);
  }

  private static final String[] CLOCK = {
    "${.now}",
    "${.now?string}",
    "${.now?iso_utc}",
    "${.now?long}",
    "${.now?date}",
    "<#setting time_zone=\"Nope/Nope\">${.now}",
    "<#setting locale=\"de_DE\">${3.5}",
    "<#setting number_format=\"0.00\">${1}",
    "<#setting date_format=\"yyyy\">${.now?date}",
    "${.version}",
    "${.lang}",
    "${.locale}"
  };

  static Mutant templateClock(Random random, byte[] original) {
    return insertInTemplate(random, original, "ftl-clock", CLOCK[random.nextInt(CLOCK.length)]);
  }

  private static final String[] JAVA = {
    "${table?api}",
    "${table?api.getClass()}",
    "${table.getClass()}",
    "${table.getClass().getName()}",
    "${table.class}",
    "${table.getClass().getClassLoader()}",
    "${table.hashCode()}",
    "${table.toString()}",
    "${table.title.getClass()}",
    "${table.rows?api.size()}",
    "${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
    "<#assign ex = \"freemarker.template.utility.ObjectConstructor\"?new()>${ex(\"java.io.File\", \"/\")}",
    "${\"java.lang.Runtime\"?new()}",
    "<#setting api_builtin_enabled=true>${table?api}",
    "<#setting new_builtin_class_resolver=\"unrestricted\">",
    "${statics!}",
    "${enums!}",
    "${objectConstructor!}",
    "${JspTaglibs!}",
    "${Request!}",
    "${.data_model?keys?join(\",\")}",
    "${table?keys?join(\",\")}",
    "<#list table as k, v>${k}</#list>"
  };

  static Mutant templateJava(Random random, byte[] original) {
    return insertInTemplate(random, original, "ftl-java", JAVA[random.nextInt(JAVA.length)]);
  }

  /** Data printed without escaping: the fixture's data holds no markup, so nothing may break. */
  private static final String[] UNESCAPED = {
    "${table.title?no_esc}",
    "<#noautoesc>${table.title}</#noautoesc>",
    "<#list table.rows as row><#list row.cells as cell>${cell.text?no_esc}</#list></#list>",
    "<#outputformat \"plainText\">${table.title}</#outputformat>",
    "${table.title?markup_string}",
    "${(table.description!\"\")?no_esc}",
    "<#ftl autoesc=false>"
  };

  static Mutant templateUnescaped(Random random, byte[] original) {
    return insertInTemplate(
        random, original, "ftl-unescaped", UNESCAPED[random.nextInt(UNESCAPED.length)]);
  }

  private static Mutant insertInTemplate(
      Random random, byte[] original, String operator, String snippet) {
    Lines lines = Lines.of(original);
    int at = random.nextInt(lines.size() + 1);
    lines.insert(at, snippet);
    return lines.mutant(operator, "inserted before line " + (at + 1) + ": " + show(snippet));
  }

  // ---------------------------------------------------------------- helpers

  /** Inserts a block of Markdown after the front matter, on its own paragraph or inline. */
  private static Mutant insertInBody(
      Random random, byte[] original, String operator, String snippet) {
    return insertInBody(random, original, operator, snippet, show(snippet));
  }

  private static Mutant insertInBody(
      Random random, byte[] original, String operator, String snippet, String shown) {
    Lines lines = Lines.of(original);
    int end = 1;
    while (end < lines.size() && !lines.get(end).strip().equals("---")) {
      end++;
    }
    int first = Math.min(end + 1, lines.size());
    int at = first + random.nextInt(lines.size() - first + 1);
    boolean inline =
        random.nextBoolean()
            && at < lines.size()
            && !lines.get(at).isBlank()
            && !lines.get(at).startsWith("```")
            && !snippet.contains("\n");
    if (inline) {
      String line = lines.get(at);
      int column = codePointBoundary(line, random.nextInt(line.length() + 1));
      lines.set(at, line.substring(0, column) + " " + snippet + " " + line.substring(column));
      return lines.mutant(
          operator, "inserted in line " + (at + 1) + " at column " + (column + 1) + ": " + shown);
    }
    String[] parts = ("\n" + snippet + "\n").split("\n", -1);
    for (int p = parts.length - 1; p >= 0; p--) {
      lines.insert(at, parts[p]);
    }
    return lines.mutant(operator, "inserted as a block before line " + (at + 1) + ": " + shown);
  }

  private static Mutant replaceValue(
      Random random,
      byte[] original,
      Pattern pattern,
      int group,
      String operator,
      String replacement) {
    return replaceValue(random, original, pattern, group, operator, replacement, show(replacement));
  }

  private static Mutant replaceValue(
      Random random,
      byte[] original,
      Pattern pattern,
      int group,
      String operator,
      String replacement,
      String shown) {
    String text = utf8(original);
    List<int[]> values = spans(pattern, text, group);
    if (values.isEmpty()) {
      int at = codePointBoundary(text, random.nextInt(text.length() + 1));
      return textMutant(
          operator,
          "no value found; inserted " + shown + " at char " + at,
          text.substring(0, at) + replacement + text.substring(at));
    }
    int[] value = values.get(random.nextInt(values.size()));
    return textMutant(
        operator,
        "line "
            + lineOf(text, value[0])
            + ": the value "
            + show(text.substring(value[0], value[1]))
            + " replaced by "
            + shown,
        replace(text, value, replacement));
  }

  private static String renamedKey(Random random, String key) {
    String bare = key.replace("\"", "");
    String[] ways = {
      bare.isEmpty() ? "x" : bare.substring(0, bare.length() - 1),
      bare + "s",
      bare.toUpperCase(),
      "nope",
      "",
      bare + " ",
      "\u00A0" + bare,
      bare + "\u200B",
      bare.isEmpty() ? "x" : bare.charAt(0) + bare,
      "$" + bare,
      bare.replace('-', '_'),
      "zh".equals(bare) ? "en" : "en".equals(bare) ? "zh" : "zh",
      "id",
      "__proto__"
    };
    return ways[random.nextInt(ways.length)];
  }

  private static int endOfJsonValue(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int depth = 0;
    boolean string = false;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (string) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          string = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        string = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  private static boolean looksLikeJson(byte[] bytes) {
    return utf8(bytes).stripLeading().startsWith("{");
  }

  private static List<int[]> spans(Pattern pattern, String text, int group) {
    return spans(pattern.matcher(text), group);
  }

  private static List<int[]> spans(Matcher matcher, int group) {
    List<int[]> spans = new ArrayList<>();
    while (matcher.find()) {
      spans.add(new int[] {matcher.start(group), matcher.end(group)});
    }
    return spans;
  }

  private static String replace(String text, int[] span, String replacement) {
    return text.substring(0, span[0]) + replacement + text.substring(span[1]);
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static Mutant textMutant(String operator, String description, String text) {
    return new Mutant(operator, description, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
    byte[] result = new byte[bytes.length - remove + insert.length];
    System.arraycopy(bytes, 0, result, 0, at);
    System.arraycopy(insert, 0, result, at, insert.length);
    System.arraycopy(bytes, at + remove, result, at + insert.length, bytes.length - at - remove);
    return result;
  }

  private static int charBoundary(byte[] bytes, int at) {
    while (at > 0 && at < bytes.length && (bytes[at] & 0xC0) == 0x80) {
      at--;
    }
    return at;
  }

  private static int codePointBoundary(String text, int at) {
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      return at - 1;
    }
    return at;
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static byte[] tail(byte[] bytes, int length) {
    return Arrays.copyOfRange(bytes, Math.max(0, length - 20), length);
  }

  private static String show(byte[] bytes) {
    return show(new String(bytes, StandardCharsets.UTF_8));
  }

  /** A value for people: quoted, control and unusual characters escaped, long text shortened. */
  static String show(String text) {
    StringBuilder shown = new StringBuilder("\"");
    int limit = 100;
    for (int i = 0; i < text.length() && shown.length() < limit; ) {
      int cp = text.codePointAt(i);
      if (cp == '"' || cp == '\\') {
        shown.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        shown.append("\\n");
      } else if (cp < 0x20
          || (cp >= 0x7F && cp < 0xA0)
          || Character.getType(cp) == Character.FORMAT
          || cp == 0x2028
          || cp == 0x2029
          || Character.isSurrogate((char) cp)
          || cp >= 0xFFFE && cp <= 0xFFFF) {
        shown.append(String.format("\\u%04X", cp));
      } else {
        shown.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    if (shown.length() >= limit) {
      shown.append("…(").append(text.length()).append(" chars)");
    }
    return shown.append('"').toString();
  }

  private static String hex(byte[] bytes, int max) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, max); i++) {
      hex.append(String.format("%02X ", bytes[i]));
    }
    return hex.toString().strip() + (bytes.length > max ? " …" : "");
  }

  /** A file's lines, without their {@code \n}; the last element follows the last newline. */
  private static final class Lines {
    private final List<String> lines;

    private Lines(List<String> lines) {
      this.lines = lines;
    }

    static Lines of(byte[] bytes) {
      return new Lines(new ArrayList<>(Arrays.asList(utf8(bytes).split("\n", -1))));
    }

    int size() {
      return lines.size();
    }

    String get(int i) {
      return lines.get(i);
    }

    void set(int i, String line) {
      lines.set(i, line);
    }

    void remove(int i) {
      lines.remove(i);
    }

    void insert(int i, String line) {
      lines.add(i, line);
    }

    int offsetOf(int line) {
      int offset = 0;
      for (int i = 0; i < line; i++) {
        offset += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
      }
      return offset;
    }

    int charOffsetOf(int line) {
      int offset = 0;
      for (int i = 0; i < line; i++) {
        offset += lines.get(i).length() + 1;
      }
      return offset;
    }

    Mutant mutant(String operator, String description) {
      return textMutant(operator, description, String.join("\n", lines));
    }
  }
}
