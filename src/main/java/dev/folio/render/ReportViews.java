package dev.folio.render;

import dev.folio.format.Formats;
import dev.folio.model.Language;
import dev.folio.model.Report;
import dev.folio.render.view.ReportView;
import java.util.List;
import java.util.function.Function;

/** The published work of {@code folio.yaml} in one language, for the cover and the footer. */
final class ReportViews {
  private ReportViews() {}

  /**
   * The work in {@code lang}, or null for a site that publishes none.
   *
   * @param strings the language's interface strings: {@code report.work} joins series and title,
   *     {@code footer.source} cites the work, {@code punct.list} joins authors
   */
  static ReportView view(Report report, Language lang, Function<String, String> strings) {
    if (report == null) {
      return null;
    }
    String title = report.title().in(lang);
    String series = report.series() == null ? null : report.series().in(lang);
    List<ReportView.Author> authors =
        report.authors().stream()
            .map(
                a ->
                    new ReportView.Author(
                        a.name().in(lang), a.role() == null ? null : a.role().in(lang)))
            .toList();
    String institution = report.institution() == null ? null : report.institution().in(lang);
    String date = new Formats(lang, strings).longDate(report.date());
    String work =
        series == null
            ? title
            : strings.apply("report.work").replace("{series}", series).replace("{title}", title);
    String citation =
        strings
            .apply(institution == null ? "footer.sourceNoInstitution" : "footer.source")
            .replace("{institution}", institution == null ? "" : institution)
            .replace("{work}", work)
            .replace(
                "{authors}",
                String.join(
                    strings.apply("punct.list"),
                    authors.stream().map(ReportView.Author::name).toList()))
            .replace("{date}", date);
    return new ReportView(
        title,
        series,
        report.number(),
        authors,
        institution,
        date,
        report.date().toString(),
        citation);
  }
}
