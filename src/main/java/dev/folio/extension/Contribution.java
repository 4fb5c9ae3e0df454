package dev.folio.extension;

import dev.folio.model.DataTable;
import java.util.List;

/**
 * What an extension adds to a site: computed tables (published, embedded and charted like any data
 * file, with their provenance) and embeds that pages place with {@code ```NAME}.
 */
public record Contribution(List<DataTable> tables, List<EmbedType> embeds) {
  public Contribution {
    tables = List.copyOf(tables);
    embeds = List.copyOf(embeds);
  }

  public static Contribution tables(List<DataTable> tables) {
    return new Contribution(tables, List.of());
  }
}
