package dev.folio.render.view;

/** A {@code <link rel="alternate" hreflang>}: the same page in a language, or x-default. */
public record Alternate(String hreflang, String href) {}
