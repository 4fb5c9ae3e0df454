package dev.folio;

import dev.folio.check.ContentChecker;
import dev.folio.compute.CostTables;
import dev.folio.load.SourceLoader;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.model.Lang;
import dev.folio.render.BaseUrl;
import dev.folio.render.OutputFile;
import dev.folio.render.SiteRenderer;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The build, as a flat list of steps: load → compute → check → render → write. The cost model
 * computes before the check so that the check sees the computed tables pages embed; it reads
 * only data the loader has validated against the schemas.
 */
public final class Pipeline {
  private final Path source;
  private final BaseUrl base;

  public Pipeline(Path source, BaseUrl base) {
    this.source = source;
    this.base = base;
  }

  /** What a build produced, for the one-line summary. */
  public record Summary(int pagesPerLanguage, int tables, int files, long millis) {
    public String line() {
      return "built " + pagesPerLanguage + " pages per language (" + Lang.ALL.size()
          + " languages), " + tables + " data tables, " + files + " files in " + millis + " ms";
    }
  }

  /** Everything but writing: the content is loaded, computed, checked and rendered in memory. */
  public List<OutputFile> render() throws ContentException {
    Content content = SourceLoader.load(source);
    content = CostTables.addTo(content);
    ContentChecker.check(content);
    return SiteRenderer.render(content, source.resolve("templates"), base);
  }

  public Summary build(Path out) throws ContentException, IOException {
    long start = System.nanoTime();
    Content content = SourceLoader.load(source);
    content = CostTables.addTo(content);
    ContentChecker.check(content);
    List<OutputFile> files = SiteRenderer.render(content, source.resolve("templates"), base);
    SiteWriter.write(files, out);
    return new Summary(content.pages(Lang.ZH).size(), content.tables().size(), files.size(),
        (System.nanoTime() - start) / 1_000_000);
  }
}
