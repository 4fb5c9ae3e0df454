package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.TaskRunner;
import dev.folio.render.RenderedFile;
import dev.folio.render.Renderer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folio's own pages in every language: {@code FOLDER/search/} (the search form, filled in by {@code
 * assets/search.js}) and {@code FOLDER/contents/} (every page, section by section).
 */
public final class FolioPages {
  private FolioPages() {}

  public static Output render(Renderer renderer, TaskRunner tasks) {
    List<RenderedFile> rendered = new ArrayList<>();
    for (Language lang : renderer.content().languages()) {
      rendered.add(tasks.run(renderer.searchPageTask(lang)));
      rendered.add(tasks.run(renderer.contentsPageTask(lang)));
    }
    return Output.rendered(rendered);
  }
}
