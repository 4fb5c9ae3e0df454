package dev.folio.output;

import dev.folio.model.Change;
import dev.folio.model.Content;
import dev.folio.model.History;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Site;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.model.Value;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code data/NAME.history.json} and {@code .history.csv} beside each table's downloads, for the
 * tables of a report whose history was read: every change to the table since the report was
 * published, newest first, as git recorded it (the date, the commit, why, what, the value before
 * and after). A table the site's reports share has the history since the first of them that reads
 * it was published.
 */
public final class HistoryDownloads {
  private static final List<String> HEADER =
      List.of("time", "commit", "reason", "change", "id", "field", "before", "after");

  private HistoryDownloads() {}

  public static Output render(Site site, TaskRunner tasks) {
    Map<String, Content> byPath = new TreeMap<>();
    Map<String, String> tables = new TreeMap<>();
    for (Content report : site.reports()) {
      if (report.history().baseline() == null) {
        continue;
      }
      for (String name : report.tables().keySet()) {
        if (byPath.putIfAbsent(report.downloadPath(name), report) == null) {
          tables.put(report.downloadPath(name), name);
        }
      }
    }
    List<OutputFile> files = new ArrayList<>();
    byPath.forEach(
        (path, report) -> {
          String table = tables.get(path);
          List<Change> changes =
              report.history().changes().stream()
                  .filter(change -> !change.uncommitted() && change.table().equals(table))
                  .toList();
          History.Baseline baseline = report.history().baseline();
          files.addAll(
              tasks.run(
                  Task.of(
                      Task.Boundary.OUTPUT,
                      "history " + path,
                      () -> List.of(changes, baseline, path, site.languages()),
                      () -> files(table, baseline, changes, path, site.languages()))));
        });
    return Output.of(files);
  }

  private static List<OutputFile> files(
      String table,
      History.Baseline baseline,
      List<Change> changes,
      String path,
      List<Language> languages) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("table", table);
    Map<String, Object> published = new LinkedHashMap<>();
    published.put("commit", baseline.commit());
    published.put("time", time(baseline.time()));
    json.put("published", published);
    json.put("changes", changes.stream().map(HistoryDownloads::json).toList());
    StringBuilder csv = new StringBuilder("\uFEFF").append(DataDownloads.csvLine(HEADER));
    for (Change change : changes) {
      csv.append(
          DataDownloads.csvLine(
              List.of(
                  time(change.time()),
                  change.commit(),
                  DataDownloads.neutral(change.reason()),
                  kind(change),
                  change.row() == null ? "" : change.row(),
                  change.field() == null ? "" : change.field(),
                  text(change.before(), languages),
                  text(change.after(), languages))));
    }
    return List.of(
        OutputFile.text(path + ".history.json", DataDownloads.JSON.writeValueAsString(json) + "\n"),
        OutputFile.text(path + ".history.csv", csv.toString()));
  }

  private static Map<String, Object> json(Change change) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("time", time(change.time()));
    json.put("commit", change.commit());
    json.put("reason", change.reason());
    json.put("change", kind(change));
    if (change.row() != null) {
      json.put("id", change.row());
    }
    if (change.field() != null) {
      json.put("field", change.field());
      json.put("before", change.before() == null ? null : DataDownloads.value(change.before()));
      json.put("after", change.after() == null ? null : DataDownloads.value(change.after()));
    }
    return json;
  }

  private static String kind(Change change) {
    return change.kind().name().toLowerCase(Locale.ROOT);
  }

  private static String time(OffsetDateTime time) {
    return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  /** A value in one CSV cell: text in every language joined, the first language first. */
  private static String text(Value value, List<Language> languages) {
    if (value instanceof Value.Localized localized) {
      List<String> texts = new ArrayList<>();
      languages.forEach(lang -> texts.add(DataDownloads.csvText(localized, lang)));
      return String.join(" / ", texts);
    }
    return DataDownloads.csvText(value, languages.get(0));
  }
}
