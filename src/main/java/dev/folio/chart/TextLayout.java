package dev.folio.chart;

import java.util.List;

/**
 * How wide text is drawn and where it wraps, on the estimate charts are laid out with (see {@code
 * TextMetrics}): for what is drawn around a chart outside it, such as the title and source of a
 * chart's image or the text of a share card.
 */
public final class TextLayout {
  /** Height of a line of text relative to its font size. */
  public static final double LINE_HEIGHT = TextMetrics.LINE_HEIGHT;

  /** From the baseline up to the top of the glyph box (in em). */
  public static final double ASCENT = TextMetrics.ASCENT;

  private TextLayout() {}

  /** The estimated width of {@code text} at {@code fontSize} (never narrower than drawn). */
  public static double width(String text, double fontSize) {
    return TextMetrics.width(text, fontSize);
  }

  /**
   * {@code text} in lines no wider than {@code maxWidth}, broken where the language allows (between
   * words, between CJK characters but not before a closing mark), at most {@code maxLines}: the
   * last shortened with an ellipsis if the text is longer.
   */
  public static List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
    return TextMetrics.wrap(text, maxWidth, fontSize, maxLines);
  }
}
