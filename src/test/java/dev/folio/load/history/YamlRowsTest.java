package dev.folio.load.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A data file's YAML read row by row reads as it reads whole, or is read whole. */
class YamlRowsTest {
  private static final String PLAIN =
      """
      # a comment
      title: {en: "Table", zh: "表"}
      columns:
        - key: name
        - key: value
      rows:
        - id: a
          name: {en: "Alpha", zh: "甲"}
          value: 1.5

        # between rows
        - id: b
          name: |
            two
            lines
          value: 2
        - id: c
          value: [1, 2,
            3]
      """;

  @Test
  void aPlainFileIsCutIntoItsRows() {
    YamlRows cut = YamlRows.cut(PLAIN).orElseThrow();
    assertThat(cut.rows()).hasSize(3);
    assertThat(cut.rows().get(0)).startsWith("  - id: a").endsWith("# between rows\n");
    assertThat(String.join("", cut.rows())).isEqualTo(PLAIN.substring(cut.header().length() + 6));
    assertSame(PLAIN);
  }

  @Test
  void readRowByRowItReadsAsItReadsWhole() {
    List<String> texts =
        List.of(
            PLAIN,
            "rows:\n- id: a\n  v: 1\n- id: b\n  v: 2\n",
            "rows:\n  - id: a\n    v: 1\n  - v: 2\n",
            "rows:\n  - id: a\n    v: \"open\n  - id: b\"\n",
            "rows:\n  - id: a\n    v: 1\n other: 2\n",
            "rows:\n  - id: a\n    v: 1\nmore: 2\n",
            "  title: x\nrows:\n  - id: a\n",
            "{title: x,\nrows:\n  - id: a\n",
            "rows: []\nrows:\n  - id: a\n",
            "title: &t x\nrows:\n  - id: a\n    v: *t\n",
            "---\nrows:\n  - id: a\n",
            "rows:\n  - id: a\n    v: 1\n---\n  - id: b\n",
            "rows:\n  - id: a\r\n    v: 1\r\n",
            "rows:\n  - id: a\n    v: 1\n\t- id: b\n",
            "rows:\n  - id: a\n    v: [1,\n  - 2]\n",
            "rows:\n  - id: a\n    v: |+\n      x\n\n\n  - id: b\n",
            "rows:\n",
            "rows:\n  - id: a\n  - id: a\n    v: 2\n",
            "rows:\n  -\n    id: a\n  - id: b\n",
            "rows:\n  - id: a\n  -5: x\n",
            "~\nrows:\n  - id: a\n",
            "rows:\n  - id: a\n    v: 1",
            "rows:\n  - id: a\n    v: {x: 1\n");
    texts.forEach(YamlRowsTest::assertSame);
  }

  private static void assertSame(String text) {
    assertThat(RawTable.of("t.yaml", text, RawTable::yaml))
        .as(text)
        .isEqualTo(RawTable.of("t.yaml", text));
  }
}
