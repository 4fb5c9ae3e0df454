package dev.folio.check;

import dev.folio.chart.ChartKinds;
import dev.folio.model.ChartSpec;
import dev.folio.model.Content;
import dev.folio.model.Problems;
import dev.folio.model.Similarity;
import dev.folio.model.SourcePos;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the charts of {@code content/charts.yaml}: ids are unique, and each chart's kind checks it
 * against the data it draws (the table exists, each field a chart reads exists and holds what the
 * chart needs, the settings suit the kind, …); and a page's {@code ```chart ID} block names a
 * chart.
 */
final class ChartChecker {
  private final Content content;
  private final Problems problems;

  ChartChecker(Content content, Problems problems) {
    this.content = content;
    this.problems = problems;
  }

  /** Every chart, each chart's own check a task of {@code tasks}. */
  void check(TaskRunner tasks) {
    Map<String, ChartSpec> seen = new HashMap<>();
    for (ChartSpec chart : content.charts()) {
      ChartSpec first = seen.putIfAbsent(chart.id(), chart);
      if (first != null) {
        problems.add(
            chart.idPos(),
            "duplicate chart id \""
                + chart.id()
                + "\"; it is already"
                + " used on line "
                + first.idPos().line(),
            "every chart's id must be unique");
      }
      if (namesUnread(chart)) {
        // It draws a table that did not load or compute: nothing to check it against.
        continue;
      }
      // A chart's check reads its table and the tables its settings may name.
      tasks
          .run(
              Task.of(
                  Task.Boundary.CHECK,
                  "chart " + chart.id(),
                  () -> {
                    List<Object> reads = new ArrayList<>(List.of(chart));
                    reads.add(content.tables().get(chart.table()));
                    chart
                        .settings()
                        .values()
                        .forEach(setting -> reads.add(content.tables().get(setting.value())));
                    return reads;
                  },
                  () -> {
                    Problems found = new Problems();
                    new ChartChecker(content, found).checkChart(chart);
                    return found.list();
                  }))
          .forEach(problems::add);
    }
  }

  /** Whether the chart's table, or a table its settings name, did not load. */
  private boolean namesUnread(ChartSpec chart) {
    if (!content.tables().containsKey(chart.table())
        && content.unread().mayBeTable(chart.table())) {
      return true;
    }
    return chart.settings().values().stream()
        .anyMatch(setting -> content.unread().tables().contains(setting.value()));
  }

  /** A {@code ```chart ID} block names a chart that exists and has no body. */
  static void checkEmbed(
      String id, String body, SourcePos pos, Content content, Problems problems) {
    if (content.chart(id).isEmpty() && !content.unread().charts()) {
      List<String> ids = content.charts().stream().map(ChartSpec::id).toList();
      problems.add(
          pos,
          "no chart named \"" + id + "\"",
          Similarity.closest(id, ids)
              .map(s -> "did you mean \"" + s + "\"?")
              .orElse(
                  "charts are defined in content/charts.yaml; write ```chart ID with one of"
                      + " their ids"));
    }
    if (!body.isBlank()) {
      problems.add(
          pos,
          "a chart embed takes no body",
          "close the block right after the ```chart " + id + " line");
    }
  }

  /** The checks of the chart's kind ({@link dev.folio.chart.ChartKind#check}). */
  private void checkChart(ChartSpec chart) {
    ChartKinds.of(chart.kind()).check(chart, content, problems);
  }
}
