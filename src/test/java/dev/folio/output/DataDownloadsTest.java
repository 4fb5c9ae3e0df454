package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Downloads that a spreadsheet cannot run (the whole file: render/OutputSafetyTest). */
class DataDownloadsTest {
  @Test
  void textASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
    assertThat(DataDownloads.neutral("=HYPERLINK(\"https://evil.example\",\"x\")"))
        .isEqualTo("'=HYPERLINK(\"https://evil.example\",\"x\")");
    assertThat(DataDownloads.neutral("+1")).isEqualTo("'+1");
    assertThat(DataDownloads.neutral("-2+3")).isEqualTo("'-2+3");
    assertThat(DataDownloads.neutral("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(DataDownloads.neutral("\t=1")).isEqualTo("'\t=1");
    assertThat(DataDownloads.neutral("GPT-3")).isEqualTo("GPT-3");
    assertThat(DataDownloads.neutral("")).isEmpty();
  }
}
