package dev.folio.load;

import dev.folio.model.Problems;
import dev.folio.model.SourcePos;
import java.util.Locale;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A first pass over YAML with the parser itself, before the tree is built: a syntax error is
 * reported where the parser found it, in one line, and anchors and aliases ({@code &m} … {@code
 * *m}) are rejected. Data files are read by people: a value written once and reused elsewhere is
 * easy to misread, and aliases are how "billion laughs" documents grow.
 */
final class YamlScan {
  /** Deeper nesting than any data file needs; deeper input is rejected before it costs much. */
  static final int MAX_DEPTH = 64;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setMaxAliasesForCollections(0).setAllowDuplicateKeys(false).build();

  private YamlScan() {}

  /** Whether {@code text} is YAML Folio reads; if not, the first problem was reported. */
  static boolean check(String path, String text, int firstLine, Problems problems) {
    int depth = 0;
    try {
      for (Event event : new Parse(SETTINGS).parseReader(YamlInput.reader(text))) {
        depth +=
            switch (event.getEventId()) {
              case MappingStart, SequenceStart -> 1;
              case MappingEnd, SequenceEnd -> -1;
              default -> 0;
            };
        if (!readable(event, depth, path, firstLine, problems)) {
          return false;
        }
      }
      return true;
    } catch (MarkedYamlEngineException e) {
      syntaxError(path, text, firstLine, e, problems);
      return false;
    } catch (YamlEngineException e) {
      problems.add(
          new SourcePos(path, firstLine, 1),
          "YAML syntax error: " + oneLine(String.valueOf(e.getMessage())),
          hint(""));
      return false;
    }
  }

  /** Whether an event is one Folio reads: no alias, no anchor, not nested too deep. */
  private static boolean readable(
      Event event, int depth, String path, int firstLine, Problems problems) {
    if (event instanceof AliasEvent alias) {
      String name = alias.getAlias().getValue();
      report(
          path,
          firstLine,
          alias.getStartMark(),
          "\"*" + name + "\" is a YAML alias, which Folio does not read",
          "write the value itself here (and remove the anchor \"&" + name + "\")",
          problems);
      return false;
    }
    if (event instanceof NodeEvent node && node.getAnchor().isPresent()) {
      report(
          path,
          firstLine,
          node.getStartMark(),
          "\"&"
              + node.getAnchor().get().getValue()
              + "\" is a YAML anchor, which Folio does"
              + " not read",
          "write the value itself wherever it is needed",
          problems);
      return false;
    }
    if (depth > MAX_DEPTH) {
      report(
          path,
          firstLine,
          event.getStartMark(),
          "the values are nested more than " + MAX_DEPTH + " levels deep",
          "check the indentation and the brackets",
          problems);
      return false;
    }
    return true;
  }

  private static void syntaxError(
      String path, String text, int firstLine, MarkedYamlEngineException e, Problems problems) {
    String problem = e.getProblem() == null ? "the YAML cannot be read" : e.getProblem();
    Optional<UnclosedQuote.At> quote =
        e.getProblemMark().flatMap(m -> UnclosedQuote.before(text, m.getLine(), m.getColumn()));
    if (quote.isPresent()) {
      unclosedQuote(path, firstLine, quote.get(), e.getProblemMark().get(), problems);
      return;
    }
    if ((problem.contains("end of stream") || problem.contains("<stream end>"))
        && e.getContextMark().isPresent()) {
      // At the end of the file the parser's position says nothing: point at what is unclosed.
      endOfFile(path, text, firstLine, e, problems);
      return;
    }
    String where =
        e.getContextMark()
            .filter(
                c ->
                    e.getContext() != null
                        && e.getProblemMark().map(p -> p.getLine() != c.getLine()).orElse(false))
            .map(
                c ->
                    " ("
                        + e.getContext().strip()
                        + " that starts at line "
                        + (firstLine + c.getLine())
                        + ")")
            .orElse("");
    report(
        path,
        firstLine,
        e.getProblemMark(),
        "YAML syntax error: " + plain(oneLine(problem)) + plain(where),
        hint(problem),
        problems);
  }

  /** A quote left open: the text ran on to the next quote, and the parser stumbled after it. */
  private static void unclosedQuote(
      String path, int firstLine, UnclosedQuote.At quote, Mark stumbled, Problems problems) {
    String q = String.valueOf(quote.quote());
    problems.add(
        new SourcePos(path, firstLine + quote.line(), quote.column() + 1),
        "YAML syntax error: the quote "
            + q
            + " that opens here is not closed on its line, so the text runs on to the next "
            + q
            + " (line "
            + (firstLine + stumbled.getLine())
            + ")",
        "end the text with "
            + q
            + " on this line; to write "
            + q
            + " inside it, write "
            + (quote.quote() == '"' ? "\\\"" : "''")
            + ", or quote it with the other kind of quote");
  }

  /** The file ends inside a quoted text, a {…} or a […]: reported where that opens. */
  private static void endOfFile(
      String path, String text, int firstLine, MarkedYamlEngineException e, Problems problems) {
    Mark open = e.getContextMark().get();
    String context = String.valueOf(e.getContext());
    String what;
    String hint;
    if (context.contains("quoted scalar")) {
      char quote = UnclosedQuote.charAt(text, open.getLine(), open.getColumn());
      String q = quote == '\'' ? "'" : "\"";
      what = "the quote " + q + " that opens here";
      hint = "end the text with " + q + " where it ends";
    } else if (context.contains("flow mapping")) {
      what = "the {…} that opens here";
      hint = "close it with } after its last field, e.g. {zh: …, en: …}";
    } else if (context.contains("flow sequence")) {
      what = "the […] that opens here";
      hint = "close it with ] after its last item, e.g. [a, b]";
    } else {
      what = plain(context.strip());
      hint = hint("");
    }
    report(
        path,
        firstLine,
        Optional.of(open),
        "YAML syntax error: " + what + " is not closed before the end of the file",
        hint,
        problems);
  }

  private static void report(
      String path,
      int firstLine,
      Optional<Mark> mark,
      String message,
      String hint,
      Problems problems) {
    int line = mark.map(m -> m.getLine() + 1).orElse(1);
    int column = mark.map(m -> m.getColumn() + 1).orElse(1);
    problems.add(new SourcePos(path, firstLine - 1 + line, column), message, hint);
  }

  private static String oneLine(String text) {
    String line = text.strip().replaceAll("\\s*\\n\\s*", "; ");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  /** The parser's words for its tokens, in a reader's. */
  private static String plain(String text) {
    return text.replaceAll("but got (?!'?<)'?([^\\s(']+)'?", "but found \"$1\"")
        .replace("but got ", "but found ")
        .replace("<block end>", "the end of the indented block")
        .replace("<block mapping start>", "a new block of fields")
        .replace("<block sequence start>", "a new list")
        .replace("'<scalar>'", "a value")
        .replace("<scalar>", "a value")
        .replace("'?'", "a new key")
        .replace("'-'", "a list item (-)")
        .replace("while parsing a flow mapping", "the {…}")
        .replace("while parsing a flow sequence", "the […]")
        .replace("while parsing a block mapping", "the block of fields")
        .replace("while parsing a block collection", "the list")
        .replace("while scanning a quoted scalar", "the quoted text")
        .replace("while scanning a simple key", "the key")
        .replace("<stream end>", "the end of the file")
        .replace("<document start>", "a new document (---)")
        .replace("<document end>", "the end of the document (...)");
  }

  private static String hint(String problem) {
    String lower = problem.toLowerCase(Locale.ROOT);
    if (lower.contains("duplicate")) {
      return "each key may appear once in an object; remove or rename the second one";
    }
    if (lower.contains("tab")) {
      return "indent with spaces, not tabs";
    }
    if (lower.contains("mapping values are not allowed")) {
      return "put text that contains \": \" in quotes, or check the indentation of this line";
    }
    if (lower.contains("found character '@'") || lower.contains("found character '`'")) {
      return "text starting with @ or ` must be quoted";
    }
    if (lower.contains("could not find expected ':'")) {
      return "each field is \"name: value\"; check this line and the one before";
    }
    return "check the indentation and that text containing \": \" or \" #\" is quoted";
  }
}
