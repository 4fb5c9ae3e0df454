package dev.folio.render.view;

/**
 * Where a report stands among its editions, as W3C reports show it: this version, the latest, the
 * previous one ({@code page.edition}; null for a report with no other edition).
 *
 * @param superseded whether a newer edition replaces this one: its pages then say so
 * @param self this edition's cover
 * @param latest the latest edition's cover (this one's, if it is the latest)
 * @param previous the edition this one supersedes, or null
 * @param newer the edition that supersedes this one, or null
 */
public record EditionView(
    boolean superseded, NavLink self, NavLink latest, NavLink previous, NavLink newer) {}
