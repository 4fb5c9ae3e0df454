package dev.folio.render;

import dev.folio.model.Problem;
import dev.folio.model.StringsRead;
import java.util.List;
import java.util.Set;

/**
 * A page's body rendered: its HTML, its sections for the search index, the extension embeds it
 * places (whose assets the site then needs), the interface strings it read, and the problems its
 * templates had (then no HTML).
 */
public record PageBody(
    String html,
    List<SearchSection> sections,
    Set<String> embeds,
    StringsRead stringsRead,
    List<Problem> problems) {
  public PageBody {
    sections = List.copyOf(sections);
    embeds = Set.copyOf(embeds);
    problems = List.copyOf(problems);
  }
}
