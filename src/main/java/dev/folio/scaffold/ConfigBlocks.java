package dev.folio.scaffold;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * YAML text cut into its top-level keys' blocks, as written: a block is a key's line, the lines
 * indented under it, and the comments and blank lines just before it (the first block also holds
 * what starts the file). Lets a command move a block from one file to another and keep its
 * comments, which a YAML parser would drop.
 */
final class ConfigBlocks {
  private ConfigBlocks() {}

  /** The blocks of {@code yaml} by key, in their order; text after the last key ends it. */
  static Map<String, String> split(String yaml) {
    Map<String, String> blocks = new LinkedHashMap<>();
    StringBuilder pending = new StringBuilder();
    String key = null;
    StringBuilder block = new StringBuilder();
    String[] lines = yaml.split("\n", -1);
    int count = yaml.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      boolean top = !line.isEmpty() && !Character.isWhitespace(line.charAt(0));
      if (line.isBlank() || (top && line.startsWith("#"))) {
        pending.append(line).append('\n');
      } else if (top) {
        if (key != null) {
          blocks.put(key, block.toString());
        }
        key = line.substring(0, Math.max(0, line.indexOf(':'))).strip();
        block = new StringBuilder(pending).append(line).append('\n');
        pending.setLength(0);
      } else {
        block.append(pending).append(line).append('\n');
        pending.setLength(0);
      }
    }
    if (key != null) {
      blocks.put(key, block.append(pending).toString());
    }
    return blocks;
  }

  /** The block under its key's line, one level less indented (a map's entries as top-level). */
  static String dedent(String block) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (String line : block.split("\n")) {
      if (first && !line.startsWith("#") && !line.isBlank()) {
        first = false;
        continue; // the key's own line
      }
      out.append(line.startsWith("  ") ? line.substring(2) : line).append('\n');
    }
    return out.toString();
  }

  /** Every line of {@code text} with {@code prefix} before it. */
  static String indent(String text, String prefix) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      out.append(line.isBlank() ? "" : prefix).append(line).append('\n');
    }
    return out.toString();
  }
}
