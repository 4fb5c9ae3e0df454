package dev.folio.render.view;

/** A citation ready to print: name, optional link, optional formatted date. */
public record SourceView(String name, String url, String date) {}
