package dev.folio.output;

import dev.folio.model.Column;
import dev.folio.model.Content;
import dev.folio.model.Correction;
import dev.folio.model.DataTable;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Row;
import dev.folio.model.Site;
import dev.folio.model.Source;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.model.Text;
import dev.folio.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code data/NAME.json} and {@code data/NAME.csv} for every data table. The JSON keeps everything
 * (provenance, errata, every language); the CSV is one flat sheet for spreadsheets, with a
 * byte-order mark so that Excel reads the Chinese text as UTF-8.
 */
public final class DataDownloads {
  static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private DataDownloads() {}

  /**
   * Every table's downloads, where its report's pages link to them ({@link Content#downloadPath}):
   * a table the site's reports share once, each report's own under its folder. A report that moved
   * from the site's root keeps its files at their old addresses too. Each table's downloads are a
   * task that reads it, where they go and the site's languages.
   */
  public static Output render(Site site, TaskRunner tasks) {
    Map<String, DataTable> byPath = new TreeMap<>();
    for (Content report : site.reports()) {
      report.tables().forEach((name, table) -> byPath.put(report.downloadPath(name), table));
      if (report.report() != null && report.report().movedFromRoot()) {
        report.tables().forEach((name, table) -> byPath.putIfAbsent("data/" + name, table));
      }
    }
    List<OutputFile> files = new ArrayList<>();
    byPath.forEach(
        (path, table) ->
            files.addAll(
                tasks.run(
                    Task.of(
                        Task.Boundary.OUTPUT,
                        "downloads " + path,
                        () -> List.of(table, path, site.languages()),
                        () -> files(table, path, site.languages())))));
    return Output.of(files);
  }

  /** One table's {@code PATH.json} and {@code PATH.csv} ({@code data/NAME}). */
  static List<OutputFile> files(DataTable table, String path, List<Language> languages) {
    return List.of(
        OutputFile.text(path + ".json", JSON.writeValueAsString(json(table)) + "\n"),
        OutputFile.text(path + ".csv", "\uFEFF" + csv(table, languages)));
  }

  private static Map<String, Object> json(DataTable table) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", table.name());
    json.put("title", text(table.title()));
    if (table.description() != null) {
      json.put("description", text(table.description()));
    }
    Map<String, Object> provenance = new LinkedHashMap<>();
    provenance.put(
        "sources", table.provenance().sources().stream().map(DataDownloads::source).toList());
    provenance.put("asOf", table.provenance().asOf());
    if (table.provenance().note() != null) {
      provenance.put("note", text(table.provenance().note()));
    }
    json.put("provenance", provenance);
    json.put("columns", table.columns().stream().map(DataDownloads::column).toList());
    json.put("rows", table.rows().stream().map(DataDownloads::row).toList());
    return json;
  }

  private static Map<String, Object> column(Column column) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("key", column.key());
    json.put("label", text(column.label()));
    json.put("format", column.format().name().toLowerCase(Locale.ROOT));
    if (column.ref() != null) {
      json.put("ref", column.ref());
    }
    if (column.unit() != null) {
      json.put("unit", text(column.unit()));
    }
    if (column.digits() != null) {
      json.put("digits", column.digits());
    }
    if (!column.values().isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      column.values().forEach((code, label) -> values.put(code, text(label)));
      json.put("values", values);
    }
    return json;
  }

  private static Map<String, Object> row(Row row) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (row.id() != null) {
      json.put("id", row.id());
    }
    row.fields().forEach((key, cell) -> json.put(key, value(cell.value())));
    if (row.note() != null) {
      json.put("note", text(row.note()));
    }
    if (!row.corrections().isEmpty()) {
      Map<String, Object> corrections = new LinkedHashMap<>();
      row.corrections().forEach((key, correction) -> corrections.put(key, correction(correction)));
      json.put("corrections", corrections);
    }
    return json;
  }

  private static Map<String, Object> correction(Correction correction) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (correction.value() != null) {
      json.put("value", value(correction.value()));
    }
    json.put("note", text(correction.note()));
    json.put("source", source(correction.source()));
    if (correction.confidence() != null) {
      json.put("confidence", correction.confidence());
    }
    return json;
  }

  private static Map<String, Object> source(Source source) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("name", text(source.name()));
    if (source.url() != null) {
      json.put("url", source.url());
    }
    if (source.date() != null) {
      json.put("date", source.date());
    }
    return json;
  }

  static Object value(Value value) {
    if (value instanceof Value.Str str) {
      return str.value();
    }
    if (value instanceof Value.Num num) {
      return num.value();
    }
    if (value instanceof Value.Bool bool) {
      return bool.value();
    }
    if (value instanceof Value.Undisclosed) {
      return Value.Undisclosed.WORD;
    }
    return text(((Value.Localized) value).text());
  }

  /** Text in every language, keyed by the languages' folders as the data files write it. */
  private static Map<String, String> text(Text text) {
    return text.values();
  }

  /**
   * id, every column (text in every language as one column per language, {@code name_zh}, {@code
   * name_en}…), then each corrected field's correction.
   */
  private static String csv(DataTable table, List<Language> languages) {
    List<String> header = new ArrayList<>(List.of("id"));
    List<Function<Row, String>> cells = new ArrayList<>();
    cells.add(row -> row.id() == null ? "" : row.id());
    for (Column column : table.columns()) {
      boolean bilingual =
          table.rows().stream()
              .anyMatch(row -> row.value(column.key()).orElse(null) instanceof Value.Localized);
      if (bilingual) {
        for (Language lang : languages) {
          header.add(column.key() + "_" + lang.folder());
          cells.add(row -> csvText(row.value(column.key()).orElse(null), lang));
        }
      } else {
        header.add(column.key());
        cells.add(row -> csvText(row.value(column.key()).orElse(null), languages.get(0)));
      }
      if (table.rows().stream().anyMatch(row -> row.corrections().containsKey(column.key()))) {
        header.add(column.key() + "_corrected");
        cells.add(
            row -> {
              Correction c = row.corrections().get(column.key());
              return c == null || c.value() == null ? "" : csvText(c.value(), languages.get(0));
            });
        for (Language lang : languages) {
          header.add(column.key() + "_correction_source_" + lang.folder());
          cells.add(
              row -> {
                Correction c = row.corrections().get(column.key());
                return c == null
                    ? ""
                    : c.source().name().in(lang)
                        + (c.source().url() == null ? "" : " " + c.source().url());
              });
        }
      }
    }
    StringBuilder csv = new StringBuilder();
    csv.append(csvLine(header));
    for (Row row : table.rows()) {
      csv.append(csvLine(cells.stream().map(cell -> cell.apply(row)).toList()));
    }
    return csv.toString();
  }

  static String csvText(Value value, Language lang) {
    if (value == null) {
      return "";
    }
    if (value instanceof Value.Localized localized) {
      return neutral(localized.text().in(lang));
    }
    if (value instanceof Value.Num num) {
      return num.value().toPlainString();
    }
    if (value instanceof Value.Undisclosed) {
      return Value.Undisclosed.WORD;
    }
    return value instanceof Value.Bool bool
        ? String.valueOf(bool.value())
        : neutral(((Value.Str) value).value());
  }

  /**
   * Text a spreadsheet would run as a formula ({@code =HYPERLINK(…)}, {@code +1}, {@code @SUM})
   * gets a leading apostrophe, which spreadsheets show as text (OWASP's advice for CSV injection).
   * Numbers are numbers and are left alone; the JSON keeps every value as written.
   */
  static String neutral(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  /** RFC 4180: quote a field with a comma, quote or line break; CRLF line ends. */
  static String csvLine(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (i > 0) {
        line.append(',');
      }
      if (field.contains(",")
          || field.contains("\"")
          || field.contains("\n")
          || field.contains("\r")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.append("\r\n").toString();
  }
}
