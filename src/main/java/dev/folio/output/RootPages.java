package dev.folio.output;

import dev.folio.render.SitePages;
import java.util.List;

/**
 * The pages at the site's root: {@code index.html}, which lets a reader choose a language, and
 * {@code 404.html}, which GitHub Pages serves for any address that has no file.
 */
public final class RootPages {
  private RootPages() {}

  public static Output render(SitePages site) {
    return Output.rendered(List.of(site.chooserPage(), site.notFoundPage()));
  }
}
