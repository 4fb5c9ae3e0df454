package dev.folio.output;

import dev.folio.model.BaseUrl;
import dev.folio.model.Content;
import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Site;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.Citations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Each report's reference for reference managers, in each language's folder of the report: {@code
 * citation.bib} (BibTeX), {@code citation.ris} (RIS) and {@code citation.json} (CSL-JSON), which
 * its cover links beside "how to cite". Each language's files are a task that reads the report,
 * where the site is published and whether it has PDF editions.
 */
public final class CitationFiles {
  private CitationFiles() {}

  public static Output render(Site site, BaseUrl base, TaskRunner tasks) {
    List<OutputFile> files = new ArrayList<>();
    boolean pdf = site.config().publication().pdf();
    for (Content report : site.reports()) {
      Citations citations = new Citations(report, base);
      if (!citations.any()) {
        continue;
      }
      for (Language lang : site.languages()) {
        String pdfUrl = pdf ? base.url(PdfEditions.path(lang, report.slug())) : null;
        files.addAll(
            tasks.run(
                Task.of(
                    Task.Boundary.OUTPUT,
                    "citation " + Citations.path(lang, report.slug(), ""),
                    () -> Arrays.asList(report.report(), report.config(), base, lang, pdfUrl),
                    () -> files(citations, lang, report.slug(), pdfUrl))));
      }
    }
    return Output.of(files);
  }

  private static List<OutputFile> files(
      Citations citations, Language lang, String slug, String pdfUrl) {
    return List.of(
        OutputFile.text(
            Citations.path(lang, slug, Citations.BIBTEX), citations.bibtex(lang, pdfUrl)),
        OutputFile.text(Citations.path(lang, slug, Citations.RIS), citations.ris(lang, pdfUrl)),
        OutputFile.text(Citations.path(lang, slug, Citations.CSL_JSON), citations.cslJson(lang)));
  }
}
