package dev.folio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Text widths, wrapping and shortening, in Chinese and English. */
class TextMetricsTest {
  @Test
  void chineseAndFullWidthCharactersTakeOneEm() {
    assertThat(TextMetrics.width("谷歌翻译", 12)).isEqualTo(48);
    assertThat(TextMetrics.width("（）“”，", 10)).isEqualTo(50);
    assertThat(TextMetrics.width("𠀀", 10)).as("outside the basic plane").isEqualTo(10);
  }

  @Test
  void latinTextIsEstimatedNoNarrowerThanAWideSansSerif() {
    // DejaVu Sans, the widest font of the site's stack: "Google Translate" is 8.9 em wide.
    assertThat(TextMetrics.width("Google Translate", 10)).isGreaterThanOrEqualTo(89);
    assertThat(TextMetrics.width("1750", 10)).isCloseTo(25.6, within(1e-9));
    assertThat(TextMetrics.width("Ill", 10)).isLessThan(TextMetrics.width("MWm", 10));
  }

  @Test
  void latinTextWrapsBetweenWords() {
    List<String> lines =
        TextMetrics.wrap("Final drafts better than professional writers", 100, 11, 5);
    assertThat(lines).containsExactly("Final drafts", "better than", "professional", "writers");
    assertThat(lines).allMatch(line -> TextMetrics.width(line, 11) <= 100);
    assertThat(TextMetrics.wrap("3D/video models", 40, 11, 5)).startsWith("3D/");
  }

  @Test
  void chineseTextWrapsBetweenCharactersButKeepsPunctuationWithItsNeighbour() {
    List<String> lines = TextMetrics.wrap("垂直领域微调效果变好（科学论文等）", 60, 12, 5);
    assertThat(lines).containsExactly("垂直领域微", "调效果变好", "（科学论文", "等）");
    List<String> comma = TextMetrics.wrap("更长篇幅、更高准确度", 48, 12, 5);
    assertThat(comma).noneMatch(line -> line.startsWith("、"));
    assertThat(TextMetrics.wrap("谷歌翻译（Google Translate）", 100, 12, 3))
        .containsExactly("谷歌翻译", "（Google", "Translate）");
  }

  @Test
  void aWordWiderThanTheLineIsBrokenAndTooManyLinesEndInAnEllipsis() {
    List<String> broken = TextMetrics.wrap("disillusionment", 40, 11, 5);
    assertThat(broken).hasSizeGreaterThan(1).allMatch(line -> TextMetrics.width(line, 11) <= 40);
    assertThat(String.join("", broken)).isEqualTo("disillusionment");
    List<String> cut = TextMetrics.wrap("one two three four five six seven", 40, 11, 2);
    assertThat(cut).hasSize(2);
    assertThat(cut.get(1)).endsWith("…");
    assertThat(TextMetrics.width(cut.get(1), 11)).isLessThanOrEqualTo(40);
  }

  @Test
  void shorteningKeepsWhatFitsAndAddsAnEllipsis() {
    assertThat(TextMetrics.abbreviate("Microsoft & NVIDIA", 200, 11))
        .isEqualTo("Microsoft & NVIDIA");
    String short1 = TextMetrics.abbreviate("Microsoft & NVIDIA", 50, 11);
    assertThat(short1).endsWith("…").startsWith("Micro");
    assertThat(TextMetrics.width(short1, 11)).isLessThanOrEqualTo(50);
    assertThat(TextMetrics.abbreviate("微软&英伟达", 40, 11)).isEqualTo("微软…");
  }

  /** The shortening as it was first written: every prefix, longest first, measured anew. */
  private static String abbreviateByEveryPrefix(String text, double maxWidth, double fontSize) {
    if (TextMetrics.width(text, fontSize) <= maxWidth) {
      return text;
    }
    String base = text.endsWith("…") ? text.substring(0, text.length() - 1) : text;
    for (int end = base.length() - 1; end > 0; end--) {
      if (Character.isLowSurrogate(base.charAt(end))) {
        continue;
      }
      String shorter = base.substring(0, end).stripTrailing() + "…";
      if (TextMetrics.width(shorter, fontSize) <= maxWidth) {
        return shorter;
      }
    }
    return "…";
  }

  @Test
  void shorteningGivesWhatMeasuringEveryPrefixGave() {
    Random random = new Random(7);
    String[] pieces = {"a", "W", " ", "  ", "长", "😀", "1", ".", "-", "\uD800", "…", "\t"};
    for (int i = 0; i < 3000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      double width = random.nextInt(200) / 2.0;
      double font = 8 + random.nextInt(8);
      assertThat(TextMetrics.abbreviate(text.toString(), width, font))
          .as("%s in %s at %s", text, width, font)
          .isEqualTo(abbreviateByEveryPrefix(text.toString(), width, font));
    }
  }

  @Test
  void aLabelOfAHundredThousandCharactersIsShortenedAndWrappedAtOnce() {
    // each prefix measured anew: a bars chart with such a title ran for minutes (fuzz test)
    String label = "{n}".repeat(33_333);
    Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(TextMetrics.abbreviate(label, 300, 11)).endsWith("…").hasSizeLessThan(100);
          assertThat(TextMetrics.wrap(label, 100, 11, 3)).hasSize(3);
          assertThat(TextMetrics.wrap("ab ".repeat(33_333), 100, 11, 2)).hasSize(2);
        });
  }
}
