package dev.folio.render.view;

import java.util.List;

/** The 404 page. Served at any depth, so its links are absolute paths under the base path. */
public record NotFoundView(String root, List<ChooserView.Choice> choices) {}
