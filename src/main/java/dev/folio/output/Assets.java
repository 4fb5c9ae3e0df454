package dev.folio.output;

import dev.folio.model.TaskRunner;
import dev.folio.render.SitePages;
import java.util.Set;

/**
 * The site's {@code assets/}: the theme's styles and scripts, the files of the extensions' embeds
 * that some page places, each replaced by a project's {@code templates/assets/} file of the same
 * name.
 */
public final class Assets {
  private Assets() {}

  /**
   * @param usedEmbeds the extension embeds the pages place
   */
  public static Output render(SitePages site, Set<String> usedEmbeds, TaskRunner tasks) {
    return Output.of(tasks.run(site.assetsTask(usedEmbeds)));
  }
}
