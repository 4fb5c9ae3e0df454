package dev.folio.render;

import dev.folio.model.StringsRead;

/**
 * An image made from a report's charts (a chart's SVG, a share card), with the interface strings it
 * shows: such an image is still right while they read the same.
 */
public record ImageFile(RenderedFile file, StringsRead stringsRead) {}
