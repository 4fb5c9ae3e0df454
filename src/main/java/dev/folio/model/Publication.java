package dev.folio.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a site's reports are published besides their web pages ({@code folio.yaml}'s {@code
 * publication:}): a PDF edition of each report in each language, PNG images (of every chart, and a
 * card for each page that is shared), the fonts of the PDF editions and images, and the licence
 * readers may reuse the charts under. docs/publishing.md describes them.
 *
 * @param pdf whether each report has a PDF edition in each language (default: yes)
 * @param images whether every chart has a PNG image and every page a share card (default: yes)
 * @param fonts TrueType font files ({@code .ttf}, {@code .ttc}) per language folder, tried before
 *     the fonts found at the usual system paths
 * @param license the licence of the charts and data, or null: the images then say whose they are
 */
public record Publication(
    boolean pdf, boolean images, Map<String, List<FontFile>> fonts, License license) {
  /** A site that says nothing about publication: PDF editions and images, system fonts. */
  public static final Publication DEFAULT = new Publication(true, true, Map.of(), null);

  public Publication {
    Map<String, List<FontFile>> copy = new LinkedHashMap<>();
    fonts.forEach((folder, files) -> copy.put(folder, List.copyOf(files)));
    fonts = Collections.unmodifiableMap(copy);
  }

  /** The fonts {@code folio.yaml} names for a language (none: the system's). */
  public List<FontFile> fonts(Language lang) {
    return fonts.getOrDefault(lang.folder(), List.of());
  }

  /**
   * A font file as {@code folio.yaml} names it (relative to the project, or absolute), and where.
   */
  public record FontFile(String path, SourcePos pos) {
    public FontFile {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(pos, "pos");
    }
  }

  /**
   * The licence the charts and data are published under.
   *
   * @param name its name in every language, e.g. CC BY 4.0
   * @param url where it is written out, or null
   */
  public record License(Text name, String url) {
    public License {
      Objects.requireNonNull(name, "name");
    }
  }
}
