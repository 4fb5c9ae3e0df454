package dev.folio.load;

import com.networknt.schema.InputFormat;
import dev.folio.model.CalendarDates;
import dev.folio.model.Cell;
import dev.folio.model.Column;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.Problems;
import dev.folio.model.Provenance;
import dev.folio.model.Row;
import dev.folio.model.Source;
import dev.folio.model.SourcePos;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a data file ({@code content/data/NAME.yaml} or {@code .json}): finds the schema the file
 * names, validates against it, and turns the tree into a {@link DataTable}.
 */
final class DataFileReader {
  private static final Pattern YAML_SCHEMA_LINE =
      Pattern.compile("^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)\\s*$", Pattern.MULTILINE);
  private static final Set<String> ROW_META = Set.of("id", "note", "corrections");

  private final Schemas schemas;
  private final List<Language> languages;
  private final Problems problems;

  DataFileReader(Schemas schemas, List<Language> languages, Problems problems) {
    this.schemas = schemas;
    this.languages = List.copyOf(languages);
    this.problems = problems;
  }

  Optional<DataTable> read(String path, String name, String text) {
    InputFormat format = path.endsWith(".json") ? InputFormat.JSON : InputFormat.YAML;
    Optional<JsonNode> parsed = StructuredText.parse(path, text, format, 1, problems);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> schema = schemaOf(path, text, parsed.get(), format);
    if (schema.isEmpty()
        || !schemas.validate(path, text, parsed.get(), schema.get(), 1, problems)
        || !realDates(path, parsed.get())) {
      return Optional.empty();
    }
    return toTable(path, name, parsed.get());
  }

  /** The schema the file names, which must be a file under {@code schemas/}. */
  private Optional<String> schemaOf(String path, String text, JsonNode root, InputFormat format) {
    String reference;
    SourcePos at;
    String expected =
        "../".repeat((int) path.chars().filter(c -> c == '/').count())
            + "schemas/"
            + fileStem(path)
            + ".schema.json";
    if (format == InputFormat.YAML) {
      Matcher line = YAML_SCHEMA_LINE.matcher(text);
      if (!line.find()) {
        problems.add(
            new SourcePos(path, 1, 1),
            "the data file does not name its schema",
            "make the first line \"# yaml-language-server: $schema=" + expected + "\"");
        return Optional.empty();
      }
      reference = line.group(1);
      at = new SourcePos(path, lineOf(text, line.start(1)), columnOf(text, line.start(1)));
    } else {
      JsonNode field = root.get("$schema");
      if (field == null || !field.isString()) {
        problems.add(
            new SourcePos(path, 1, 1),
            "the data file does not name its schema",
            "add \"$schema\": \"" + expected + "\" as its first field");
        return Optional.empty();
      }
      reference = field.asString();
      at = StructuredText.pos(path, field, 1);
    }
    String relative;
    try {
      relative =
          Path.of(path).getParent().resolve(reference).normalize().toString().replace('\\', '/');
    } catch (InvalidPathException e) {
      relative = ""; // a name no file can have (a NUL character)
    }
    if (!relative.startsWith("schemas/") || !schemas.exists(relative)) {
      problems.add(
          at,
          "schema \"" + SchemaErrors.excerpt(reference) + "\" does not exist",
          "data-file schemas live in schemas/; this file's would be " + expected);
      return Optional.empty();
    }
    return Optional.of(Schemas.userSchema(relative));
  }

  /**
   * The schema checks a date's form (2023-02-30 passes it); the calendar checks the rest.
   * Provenance and citation dates are checked here, row values by their column's format.
   */
  private boolean realDates(String path, JsonNode root) {
    Map<String, JsonNode> dates = new LinkedHashMap<>();
    JsonNode provenance = root.get("provenance");
    dates.put("provenance.asOf", provenance.get("asOf"));
    int i = 0;
    for (JsonNode source : provenance.get("sources")) {
      dates.put("provenance.sources[" + i++ + "].date", source.get("date"));
    }
    i = 0;
    for (JsonNode row : root.get("rows")) {
      JsonNode corrections = row.get("corrections");
      if (corrections != null) {
        for (var c : corrections.properties()) {
          dates.put(
              "rows[" + i + "].corrections." + c.getKey() + ".source.date",
              c.getValue().path("source").get("date"));
        }
      }
      i++;
    }
    boolean ok = true;
    for (var date : dates.entrySet()) {
      if (date.getValue() != null && date.getValue().isString()) {
        Optional<CalendarDates.Wrong> wrong =
            CalendarDates.check(date.getValue().asString(), false);
        if (wrong.isPresent()) {
          problems.add(
              StructuredText.pos(path, date.getValue(), 1),
              "\"" + date.getKey() + "\" " + wrong.get().message(),
              wrong.get().hint());
          ok = false;
        }
      }
    }
    return ok;
  }

  private Optional<DataTable> toTable(String path, String name, JsonNode root) {
    List<Column> columns = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (JsonNode row : root.get("rows")) {
      toRow(path, row).ifPresent(rows::add);
    }
    for (JsonNode column : root.get("columns")) {
      columns.add(toColumn(path, column, rows));
    }
    JsonNode provenance = root.get("provenance");
    return Optional.of(
        new DataTable(
            name,
            path,
            text(root.get("title")),
            optionalText(root.get("description")),
            new Provenance(
                sources(provenance.get("sources")),
                provenance.get("asOf").asString(),
                optionalText(provenance.get("note"))),
            columns,
            rows));
  }

  private Column toColumn(String path, JsonNode column, List<Row> rows) {
    String key = column.get("key").asString();
    Column.Format format =
        column.has("format")
            ? Column.Format.ofName(column.get("format").asString())
            : inferredFormat(key, rows);
    Map<String, Text> values = new LinkedHashMap<>();
    if (column.has("values")) {
      column.get("values").properties().forEach(e -> values.put(e.getKey(), text(e.getValue())));
    }
    return new Column(
        key,
        text(column.get("label")),
        format,
        column.has("ref") ? column.get("ref").asString() : null,
        optionalText(column.get("unit")),
        values,
        column.has("digits") ? column.get("digits").asInt() : null,
        column.has("decimals") ? column.get("decimals").asInt() : null,
        StructuredText.pos(path, column, 1));
  }

  private static Column.Format inferredFormat(String key, List<Row> rows) {
    for (Row row : rows) {
      Optional<Value> value = row.value(key);
      if (value.isPresent()) {
        if (value.get() instanceof Value.Num) {
          return Column.Format.NUMBER;
        }
        return value.get() instanceof Value.Bool ? Column.Format.BOOLEAN : Column.Format.TEXT;
      }
    }
    return Column.Format.TEXT;
  }

  private Optional<Row> toRow(String path, JsonNode row) {
    SourcePos pos = StructuredText.pos(path, row, 1);
    Map<String, Cell> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (var field : row.properties()) {
      if (ROW_META.contains(field.getKey())) {
        continue;
      }
      Optional<Value> value = value(field.getValue());
      if (value.isEmpty()) {
        problems.add(
            StructuredText.pos(path, field.getValue(), 1),
            "\"" + field.getKey() + "\" must be text, a number, true/false or " + textExample(),
            "a table cell holds one value; put lists or nested details in separate fields");
        ok = false;
      } else {
        fields.put(
            field.getKey(), new Cell(value.get(), StructuredText.pos(path, field.getValue(), 1)));
      }
    }
    Map<String, Correction> corrections = new LinkedHashMap<>();
    JsonNode errata = row.get("corrections");
    if (errata != null) {
      for (var entry : errata.properties()) {
        JsonNode c = entry.getValue();
        corrections.put(
            entry.getKey(),
            new Correction(
                c.has("value") ? value(c.get("value")).orElse(null) : null,
                text(c.get("note")),
                source(c.get("source")),
                c.has("confidence") ? c.get("confidence").asString() : null,
                StructuredText.pos(path, c, 1)));
      }
    }
    String id = row.has("id") ? row.get("id").asString() : null;
    return ok
        ? Optional.of(new Row(id, pos, fields, optionalText(row.get("note")), corrections))
        : Optional.empty();
  }

  /** How text in every language is written in this site: {@code {zh: …, en: …}}. */
  private String textExample() {
    return "{" + String.join(", ", languages.stream().map(l -> l.folder() + ": …").toList()) + "}";
  }

  private Optional<Value> value(JsonNode node) {
    return Values.of(node, languages);
  }

  private List<Source> sources(JsonNode list) {
    List<Source> sources = new ArrayList<>();
    list.forEach(node -> sources.add(source(node)));
    return sources;
  }

  private Source source(JsonNode node) {
    return new Source(
        text(node.get("name")),
        node.has("url") ? node.get("url").asString() : null,
        node.has("date") ? node.get("date").asString() : null);
  }

  private Text text(JsonNode node) {
    return Text.each(languages, l -> node.get(l.folder()).asString());
  }

  private Text optionalText(JsonNode node) {
    return node == null ? null : text(node);
  }

  private static String fileStem(String path) {
    String file = path.substring(path.lastIndexOf('/') + 1);
    return file.substring(0, file.lastIndexOf('.'));
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int columnOf(String text, int offset) {
    return offset - text.lastIndexOf('\n', offset - 1);
  }
}
