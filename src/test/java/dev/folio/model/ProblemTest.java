package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every problem is one readable line, whatever value it quotes. */
class ProblemTest {
  private static final SourcePos AT = new SourcePos("content/data/models.yaml", 3, 7);

  @Test
  void aShortMessageIsLeftAsItIs() {
    Problem problem = Problem.at(AT, "\"params\" must be a number, got \"6500亿\"", "write 6.5e11");
    assertThat(problem.format())
        .isEqualTo(
            "content/data/models.yaml:3:7: \"params\" must be a"
                + " number, got \"6500亿\"\n    hint: write 6.5e11");
  }

  @Test
  void aLongValueIsCutToItsStartAndKeepsItsClosingQuote() {
    String message =
        Problem.at(AT, "table \"models\" has no field \"" + "长".repeat(3000) + "\"").message();
    assertThat(message)
        .startsWith("table \"models\" has no field \"长长长")
        .endsWith("…\"")
        .hasSizeLessThan(Problem.LONGEST_WORD + 40);
    assertThat(Problem.at(AT, "a " + "😀".repeat(5000) + " b").message()).matches("a (😀){60}… b");
  }

  @Test
  void aLongTextIsCutAndLineBreaksBecomeSpaces() {
    String message = Problem.at(AT, "word ".repeat(200)).message();
    assertThat(message.codePointCount(0, message.length())).isEqualTo(Problem.LONGEST_TEXT);
    assertThat(message).endsWith("…");
    assertThat(Problem.at(AT, "a\nb\u2028c\rd\u0000e", "x\ny").format())
        .isEqualTo("content/data/models.yaml:3:7: a b c d e\n    hint: x y");
  }
}
