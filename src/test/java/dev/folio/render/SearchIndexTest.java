package dev.folio.render;

import dev.folio.model.OutputFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  @Test
  void chineseIsIndexedAsBigramsAndOtherTextAsWords() {
    assertThat(SearchIndex.tokens("推理成本")).containsExactly("推理", "理成", "成本");
    assertThat(SearchIndex.tokens("ChatGPT的参数")).containsExactly("chatgpt", "的参", "参数");
    assertThat(SearchIndex.tokens("RLHF，三步")).containsExactly("rlhf", "三步");
    assertThat(SearchIndex.tokens("一")).containsExactly("一");
    assertThat(SearchIndex.tokens("ＧＰＴ３ 175B")).as("full-width forms fold")
        .containsExactly("gpt3", "175b");
  }

  @Test
  void eachSectionOfAPageIsADocumentWithItsAnchor() {
    String html = "<html><body><main><article><header><h1>成本</h1></header><p>开头</p>"
        + "<h2 id=\"a\">推理成本</h2><p>每次回答 2.7 美分</p></article></main></body></html>";
    OutputFile index = SearchIndex.build(Language.of("zh-CN", "zh", "中文"),
        List.of(OutputFile.text("zh/limitations/index.html", html)));
    String json = new String(index.bytes(), StandardCharsets.UTF_8);
    assertThat(index.path()).isEqualTo("search/zh.json");
    assertThat(json).contains("[\"zh/limitations/\",\"成本\",\"\",\"成本 开头\"]")
        .contains("[\"zh/limitations/#a\",\"成本\",\"推理成本\",\"每次回答 2.7 美分\"]")
        .contains("\"美分\":[1,1]");
  }
}
