package dev.folio.report;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import java.nio.file.Path;

/** The real report (the project's {@code content/}), held to the report's contract. */
@NeedsTeaVm
class ReportSiteTest extends ReportContract {
  @Override
  ReportSite build(Path dir) {
    Path site = dir.resolve("site");
    Folio.buildReport(site);
    return new ReportSite(Folio.projectDir(), site);
  }
}
