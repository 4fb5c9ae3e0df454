package dev.folio;

import dev.folio.check.ContentChecker;
import dev.folio.compute.CostTables;
import dev.folio.config.BaseUrl;
import dev.folio.load.SourceLoader;
import dev.folio.model.Content;
import dev.folio.model.ContentException;
import dev.folio.render.OutputFile;
import dev.folio.render.SiteRenderer;
import dev.folio.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The build, as a flat list of steps: load → compute → check → render → write. Every command
 * runs this one copy of it.
 */
public final class Pipeline {
  private final Path source;
  private final BaseUrl baseOverride;

  /**
   * @param baseOverride where the site is published, from {@code --base-url}; null takes
   *                     {@code folio.yaml}'s {@code baseUrl} (or {@code /})
   */
  public Pipeline(Path source, BaseUrl baseOverride) {
    this.source = source;
    this.baseOverride = baseOverride;
  }

  /** What a build produced, for the one-line summary. */
  public record Summary(int pages, int languages, int tables, int files, long millis) {
    public String line() {
      return "built " + pages + " pages in " + languages + (languages == 1 ? " language, "
          : " languages, ") + tables + " data tables, " + files + " files in " + millis + " ms";
    }
  }

  /** A rendered site in memory, with the content it came from. */
  public record Rendered(Content content, List<OutputFile> files) {}

  /** Everything but writing: the content is loaded, computed, checked and rendered in memory. */
  public Rendered render() throws ContentException {
    Content content = SourceLoader.load(source);
    content = CostTables.addTo(content);
    ContentChecker.check(content);
    BaseUrl base = baseOverride != null ? baseOverride
        : BaseUrl.parse(content.config().baseUrl());
    return new Rendered(content, SiteRenderer.render(content, source, base));
  }

  public Summary build(Path out) throws ContentException, IOException {
    long start = System.nanoTime();
    Rendered site = render();
    SiteWriter.write(site.files(), out);
    Content content = site.content();
    return new Summary(content.pages().size(), content.languages().size(),
        content.tables().size(), site.files().size(), (System.nanoTime() - start) / 1_000_000);
  }
}
