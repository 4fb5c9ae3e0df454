package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.render.SearchSection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndexTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Language ZH = Language.of("zh-CN", "zh", "中文");

  @Test
  void chineseIsIndexedAsBigramsAndOtherTextAsWords() {
    assertThat(SearchIndex.tokens("推理成本")).containsExactly("推理", "理成", "成本");
    assertThat(SearchIndex.tokens("ChatGPT的参数")).containsExactly("chatgpt", "的参", "参数");
    assertThat(SearchIndex.tokens("RLHF，三步")).containsExactly("rlhf", "三步");
    assertThat(SearchIndex.tokens("一")).containsExactly("一");
    assertThat(SearchIndex.tokens("ＧＰＴ３ 175B"))
        .as("full-width forms fold")
        .containsExactly("gpt3", "175b");
    assertThat(SearchIndex.tokens("Ünïcode café, naïve — 𠀀𠀁x"))
        .as("letters beyond ASCII and characters beyond the BMP")
        .containsExactly("ünïcode", "café", "naïve", "𠀀𠀁", "x");
    assertThat(SearchIndex.tokens("にほんご カタカナ 한국어"))
        .containsExactly("にほ", "ほん", "んご", "カタ", "タカ", "カナ", "한국", "국어");
  }

  @Test
  void documentsAreAlsoIndexedByTheLastCharacterOfEachChineseRun() {
    // So that a one-character query finds 本 in 成本 among the tokens that start with 本.
    assertThat(SearchIndex.indexTokens("推理成本 a 一"))
        .containsExactly("推理", "理成", "成本", "本", "a", "一");
  }

  @Test
  void eachSectionOfAPageIsADocumentInAChunkAndEachTokenInTheShardOfItsHash() {
    List<SearchSection> page =
        List.of(
            new SearchSection("zh/limitations/", "成本", "", "开头"),
            new SearchSection("zh/limitations/#a", "成本", "推理成本", "每次回答 2.7 美分"));
    Map<String, byte[]> files = files(SearchIndex.build(ZH, List.of(page)));
    assertThat(files.keySet())
        .contains("search/zh/index.json", "search/zh/docs/0.json", "search/zh/tokens/0.json");

    JsonNode manifest = JSON.readTree(files.get("search/zh/index.json"));
    assertThat(manifest.get("version").asInt()).isEqualTo(1);
    assertThat(manifest.get("docs").asInt()).isEqualTo(2);
    assertThat(manifest.get("chunks").asInt()).isEqualTo(1);
    assertThat(manifest.get("span").asInt()).isEqualTo(SearchIndex.SPAN);
    assertThat(manifest.get("id").asString()).matches("[0-9a-f]{8}");

    assertThat(new String(files.get("search/zh/docs/0.json"), StandardCharsets.UTF_8))
        .isEqualTo(
            "[[\"zh/limitations/\",\"成本\",\"\",\"开头\"],"
                + "[\"zh/limitations/#a\",\"成本\",\"推理成本\",\"每次回答 2.7 美分\"]]");

    int shards = manifest.get("shards").asInt();
    JsonNode shard =
        JSON.readTree(files.get("search/zh/tokens/" + SearchIndex.shard("美分", shards) + ".json"));
    assertThat(shard.get("美分").toString()).as("document 1, once").isEqualTo("[1,1]");
    JsonNode cost =
        JSON.readTree(files.get("search/zh/tokens/" + SearchIndex.shard("成本", shards) + ".json"));
    assertThat(cost.get("成本").toString())
        .as(
            "the title's token in both documents, then the"
                + " heading's: gaps between document numbers")
        .isEqualTo("[0,1,1,2]");
  }

  @Test
  void aChineseTokenGoesToTheShardOfItsFirstCharacterOthersToThatOfTheWholeToken() {
    for (int shards : new int[] {1, 7, 64, 1000}) {
      assertThat(SearchIndex.shard("成本", shards)).isEqualTo(SearchIndex.shard("成", shards));
      assertThat(SearchIndex.shard("成本", shards)).isEqualTo(SearchIndex.shard("成绩", shards));
      assertThat(SearchIndex.shard("cost", shards)).isBetween(0, shards - 1);
    }
    // FNV-1a of "cost" is 0xe85c3338, above 2^31: taken as unsigned, as search.js does.
    assertThat(SearchIndex.shard("cost", 1000)).isEqualTo((int) (0xe85c3338L % 1000));
  }

  @Test
  void pagesAreGroupedIntoChunksOfWholePagesAndDocumentNumbersSayWhichChunk() {
    List<List<SearchSection>> pages = new ArrayList<>();
    for (int p = 0; p < 40; p++) {
      pages.add(
          List.of(
              new SearchSection("zh/p" + p + "/", "页" + p, "", "文字".repeat(500)),
              new SearchSection("zh/p" + p + "/#b", "页" + p, "小节", "marker" + p)));
    }
    Map<String, byte[]> files = files(SearchIndex.build(ZH, pages));
    JsonNode manifest = JSON.readTree(files.get("search/zh/index.json"));
    int chunks = manifest.get("chunks").asInt();
    assertThat(chunks).isGreaterThan(1).isLessThan(40);
    int span = manifest.get("span").asInt();
    for (int c = 0; c < chunks; c++) {
      byte[] chunk = files.get("search/zh/docs/" + c + ".json");
      assertThat(chunk.length).as("chunk " + c).isLessThanOrEqualTo(SearchIndex.CHUNK_BYTES);
      JsonNode docs = JSON.readTree(chunk);
      assertThat(docs.size()).isLessThanOrEqualTo(span).isEven();
    }
    // The postings of marker7 lead to the chunk and place of page 7's second section.
    int shards = manifest.get("shards").asInt();
    JsonNode shard =
        JSON.readTree(
            files.get("search/zh/tokens/" + SearchIndex.shard("marker7", shards) + ".json"));
    int doc = shard.get("marker7").get(0).asInt();
    JsonNode found =
        JSON.readTree(files.get("search/zh/docs/" + doc / span + ".json")).get(doc % span);
    assertThat(found.get(0).asString()).isEqualTo("zh/p7/#b");
  }

  @Test
  void textIsEscapedForJson() {
    assertThat(SearchIndex.string(new StringBuilder(), "a\"b\\c\nd\u0001\u2028").toString())
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001\\u2028\"");
  }

  @Test
  void anEmbedsTextLeavesOutTheDrawingOfAChart() {
    assertThat(
            SearchSection.htmlText(
                "<figure><figcaption>Growth</figcaption><svg><text>2020"
                    + "</text></svg><table><tr><td>GPT-3</td><td>175</td></tr></table></figure>"))
        .isEqualTo("Growth GPT-3 175");
  }

  private static Map<String, byte[]> files(List<OutputFile> files) {
    Map<String, byte[]> byPath = new TreeMap<>();
    files.forEach(file -> byPath.put(file.path(), file.bytes()));
    return byPath;
  }
}
