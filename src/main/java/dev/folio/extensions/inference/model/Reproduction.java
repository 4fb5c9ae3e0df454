package dev.folio.extensions.inference.model;

import java.util.List;

/**
 * The report's cost table recomputed by its own method.
 *
 * @param table the table that was reproduced
 * @param parameters P = 12·L·h², the parameter count the table implies
 * @param figures one figure per {@link FigureKey}, in that enum's (the table's) order
 * @param hardware what the table's hardware figures measure
 */
public record Reproduction(
    PublishedTable table, double parameters, List<Figure> figures, HardwareCheck hardware) {

  public Reproduction {
    figures = List.copyOf(figures);
  }

  /** The figure with this key. */
  public Figure figure(FigureKey key) {
    for (Figure figure : figures) {
      if (figure.key() == key) {
        return figure;
      }
    }
    throw new IllegalStateException("no figure " + key.id());
  }
}
