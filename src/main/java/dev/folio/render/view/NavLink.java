package dev.folio.render.view;

/** A link in navigation: label, relative href, and whether it is the current page. */
public record NavLink(String label, String href, boolean current, Integer section) {}
