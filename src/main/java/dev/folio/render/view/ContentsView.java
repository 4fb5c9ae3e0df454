package dev.folio.render.view;

import java.util.List;

/**
 * A language's contents page ({@code contents} in {@code contents.ftlh}): every entry of the
 * navigation, each section expanded with all of its pages, nothing left out.
 *
 * @param items the entries in reading order; each section's {@code anchor} is its id
 * @param pageCount how many pages the language has
 */
public record ContentsView(List<NavView.NavItem> items, int pageCount) {}
