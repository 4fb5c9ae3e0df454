package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.render.SearchSection;
import dev.folio.testing.SearchFiles;
import dev.folio.testing.SearchFiles.Postings;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
  void theQuickNormalisationOfCommonTextAgreesWithNormalizerForEveryCharacter() {
    List<String> wrong = new ArrayList<>();
    for (int c = 0; c <= 0xffff; c++) {
      if (!Character.isSurrogate((char) c)) {
        String text = "Ab" + (char) c + "成本";
        String expected = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (!new String(SearchIndex.normalized(text)).equals(expected)) {
          wrong.add(Integer.toHexString(c));
        }
      }
    }
    assertThat(wrong).as("characters normalised otherwise than by Normalizer").isEmpty();
    assertThat(SearchIndex.normalized("ＧＰＴ，Ａ１。“Ｘ”")).containsExactly("gpt,a1。“x”".toCharArray());
  }

  @Test
  void theTokenizerHandsOnEachTokensHashAsTheTableWouldComputeItFromItsCharacters() {
    // The tokenizer sums a word's hash as it reads it; a pair's or a run end's it sums after.
    List<String> tokens = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    SearchIndex.tokens(
        "Ünïcode a\uD801\uDC00b 推理成本 𠀀𠀁x 一 RLHF",
        true,
        (chars, start, end, hash) -> {
          String token = new String(chars, start, end - start);
          tokens.add(token);
          if (hash != SearchIndex.hash(chars, start, end) || hash != token.hashCode()) {
            wrong.add(token);
          }
        });
    assertThat(tokens)
        .containsExactly(
            "ünïcode", "a\uD801\uDC28b", "推理", "理成", "成本", "本", "𠀀𠀁", "𠀁", "x", "一", "rlhf");
    assertThat(wrong).as("tokens handed on with another hash").isEmpty();
  }

  @Test
  void documentsAreAlsoIndexedByTheLastCharacterOfEachChineseRun() {
    // So that a one-character query finds 本 in 成本 among the tokens that start with 本.
    assertThat(SearchIndex.indexTokens("推理成本 a 一"))
        .containsExactly("推理", "理成", "成本", "本", "a", "一");
  }

  @Test
  void aSectionIndexedAfterALongerOneHasOnlyItsOwnTokens() {
    // Sections are indexed in one table per thread, cleared between them: nothing may remain.
    StringBuilder longText = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      longText.append("word").append(i).append(" 推理成本").append(i % 7).append(' ');
    }
    SearchIndex.indexed(new SearchSection("zh/a/", "Long", "", longText.toString()));
    SearchIndex.Indexed shorter =
        SearchIndex.indexed(new SearchSection("zh/b/", "推理", "", "成本 a a"));
    List<String> tokens = new ArrayList<>();
    for (int t = 0, start = 0; t < shorter.ends().length; start = shorter.ends()[t++]) {
      tokens.add(new String(shorter.pool(), start, shorter.ends()[t] - start));
    }
    assertThat(tokens).containsExactly("推理", "理", "成本", "本", "a");
    assertThat(shorter.counts()).containsExactly(1, 1, 1, 1, 2);
  }

  @Test
  void eachSectionOfAPageIsADocumentInAChunkAndEachTokenInTheShardOfItsHash() {
    List<SearchSection> page =
        List.of(
            new SearchSection("zh/limitations/", "成本", "", "开头"),
            new SearchSection("zh/limitations/#a", "成本", "推理成本", "每次回答 2.7 美分"));
    Map<String, byte[]> files = files(SearchIndex.build(ZH, List.of(page)));
    assertThat(files.keySet())
        .contains("search/zh/index.json", "search/zh/docs/0.bin", "search/zh/tokens/0.bin");

    JsonNode manifest = JSON.readTree(files.get("search/zh/index.json"));
    assertThat(manifest.get("version").asInt()).isEqualTo(2);
    assertThat(manifest.get("docs").asInt()).isEqualTo(2);
    assertThat(manifest.get("chunks").asInt()).isEqualTo(1);
    assertThat(manifest.get("span").asInt()).isEqualTo(SearchIndex.SPAN);
    assertThat(manifest.get("id").asString()).matches("[0-9a-f]{8}");

    assertThat(
            new String(
                SearchFiles.inflate(files.get("search/zh/docs/0.bin")), StandardCharsets.UTF_8))
        .isEqualTo(
            "[[\"zh/limitations/\",\"成本\",\"\",\"开头\"],"
                + "[\"zh/limitations/#a\",\"成本\",\"推理成本\",\"每次回答 2.7 美分\"]]");

    int shards = manifest.get("shards").asInt();
    Postings cents = shardOf(files, "美分", shards).get("美分");
    assertThat(cents.docs()).as("document 1").containsExactly(1);
    assertThat(cents.counts()).as("once").containsExactly(1);
    Postings cost = shardOf(files, "成本", shards).get("成本");
    assertThat(cost.docs()).containsExactly(0, 1);
    assertThat(cost.counts())
        .as("the title's token in both documents, then the heading's")
        .containsExactly(1, 2);
  }

  @Test
  void aShardListsEachTokenWithItsDocumentsAsGapsThenItsCountsAllAsVarints() {
    List<List<SearchSection>> pages = new ArrayList<>();
    for (int p = 0; p < 300; p++) {
      // Over CHUNK_BYTES of UTF-8 each, so one page a chunk: page p is document p × SPAN.
      String text = (p % 100 == 0 ? "x x " : "") + "文".repeat(6000);
      pages.add(List.of(new SearchSection("zh/p" + p + "/", "页", "", text)));
    }
    Map<String, byte[]> files = files(SearchIndex.build(ZH, pages));
    int shards = JSON.readTree(files.get("search/zh/index.json")).get("shards").asInt();
    byte[] shard =
        SearchFiles.inflate(
            files.get("search/zh/tokens/" + SearchIndex.shard("x", shards) + ".bin"));
    // x: 1 byte, in 3 documents, 0, 3200 and 6400 (gaps 0, 3200, 3200: 3200 = 25 × 128, so the
    // varint 0x80 0x19), twice in each.
    byte[] x = {1, 'x', 3, 0, (byte) 0x80, 0x19, (byte) 0x80, 0x19, 2, 2, 2};
    assertThat(SearchIndex.SPAN).isEqualTo(32);
    assertThat(indexOf(shard, x)).as("the entry of x").isNotNegative();
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
      byte[] chunk = SearchFiles.inflate(files.get("search/zh/docs/" + c + ".bin"));
      assertThat(chunk.length).as("chunk " + c).isLessThanOrEqualTo(SearchIndex.CHUNK_BYTES);
      JsonNode docs = JSON.readTree(chunk);
      assertThat(docs.size()).isLessThanOrEqualTo(span).isEven();
    }
    // The postings of marker7 lead to the chunk and place of page 7's second section.
    int shards = manifest.get("shards").asInt();
    int doc = shardOf(files, "marker7", shards).get("marker7").docs()[0];
    JsonNode found =
        SearchFiles.chunk(files.get("search/zh/docs/" + doc / span + ".bin")).get(doc % span);
    assertThat(found.get(0).asString()).isEqualTo("zh/p7/#b");
  }

  @Test
  void aPageOfMoreSectionsThanAChunkHoldsSpansChunksAndEachSectionIsFoundWhereItsPostingsSay() {
    List<List<SearchSection>> pages = new ArrayList<>();
    pages.add(List.of(new SearchSection("zh/a/", "页", "", "first")));
    List<SearchSection> longPage = new ArrayList<>();
    for (int s = 0; s < SearchIndex.SPAN + 8; s++) {
      longPage.add(new SearchSection("zh/long/#s" + s, "长", "节", "section" + s));
    }
    pages.add(longPage);
    pages.add(List.of(new SearchSection("zh/z/", "页", "", "last")));
    Map<String, byte[]> files = files(SearchIndex.build(ZH, pages));
    JsonNode manifest = JSON.readTree(files.get("search/zh/index.json"));
    int shards = manifest.get("shards").asInt();
    int span = manifest.get("span").asInt();
    assertThat(manifest.get("docs").asInt()).isEqualTo(SearchIndex.SPAN + 10);
    assertThat(manifest.get("chunks").asInt()).isEqualTo(2);
    for (String token :
        List.of("first", "section0", "section30", "section31", "section39", "last")) {
      int doc = shardOf(files, token, shards).get(token).docs()[0];
      JsonNode found =
          SearchFiles.chunk(files.get("search/zh/docs/" + doc / span + ".bin")).get(doc % span);
      assertThat(found.get(3).asString()).as(token).isEqualTo(token);
    }
  }

  @Test
  void pagesTokenisedOnSeveralThreadsArePlacedInReadingOrder() {
    // More pages than are tokenised at once, each with a token of its own and one they share.
    List<List<SearchSection>> pages = new ArrayList<>();
    for (int p = 0; p < 1300; p++) {
      pages.add(List.of(new SearchSection("zh/p" + p + "/", "页", "", "shared marker" + p + " 文字")));
    }
    Map<String, byte[]> files = files(SearchIndex.build(ZH, pages));
    JsonNode manifest = JSON.readTree(files.get("search/zh/index.json"));
    int shards = manifest.get("shards").asInt();
    int span = manifest.get("span").asInt();
    int[] shared = shardOf(files, "shared", shards).get("shared").docs();
    assertThat(shared).hasSize(1300).isSorted();
    for (int p : new int[] {0, 511, 512, 1023, 1024, 1299}) {
      int doc = shardOf(files, "marker" + p, shards).get("marker" + p).docs()[0];
      assertThat(doc).as("page " + p).isEqualTo(shared[p]);
      JsonNode found =
          SearchFiles.chunk(files.get("search/zh/docs/" + doc / span + ".bin")).get(doc % span);
      assertThat(found.get(0).asString()).isEqualTo("zh/p" + p + "/");
    }
    Map<String, byte[]> again = files(SearchIndex.build(ZH, pages));
    assertThat(again.keySet()).isEqualTo(files.keySet());
    files.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void shardsAreDeflatedTheSameOnEveryThreadFirstTimeOrNot() throws Exception {
    List<List<SearchSection>> pages = new ArrayList<>();
    for (int p = 0; p < 200; p++) {
      pages.add(List.of(new SearchSection("zh/p" + p + "/", "页", "", "词" + p + " 推理成本 cost")));
    }
    // Each build on a thread of its own, which deflates its first shard with a new deflater.
    List<Map<String, byte[]>> builds = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      Thread thread = new Thread(() -> builds.add(files(SearchIndex.build(ZH, pages))));
      thread.start();
      thread.join();
    }
    builds.add(files(SearchIndex.build(ZH, pages)));
    builds.add(files(SearchIndex.build(ZH, pages)));
    for (Map<String, byte[]> build : builds) {
      assertThat(build.keySet()).isEqualTo(builds.get(0).keySet());
      build.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(builds.get(0).get(path)));
    }
  }

  @Test
  void textIsEscapedForJson() {
    SearchSection odd = new SearchSection("u", "p", "", "a\"b\\c\nd\u0001\u2028\t\r\u2029");
    assertThat(json(odd))
        .isEqualTo("[\"u\",\"p\",\"\",\"a\\\"b\\\\c\\nd\\u0001\\u2028\\t\\r\\u2029\"]");
  }

  @Test
  void aDocumentIsJsonWhateverItsTextHolds() {
    SearchSection plain = new SearchSection("en/a/", "Cost", "Tokens", "2.7 ¢ — 推理", "Report");
    assertThat(json(plain)).isEqualTo("[\"en/a/\",\"Cost\",\"Tokens\",\"2.7 ¢ — 推理\",\"Report\"]");
    SearchSection odd = new SearchSection("en/a/#b", "\"Q\"", "a\\b", "line\nnext\u2028 ok");
    JsonNode doc = JSON.readTree(SearchIndex.indexed(odd).json());
    assertThat(doc.size()).isEqualTo(4);
    assertThat(doc.get(1).asString()).isEqualTo("\"Q\"");
    assertThat(doc.get(2).asString()).isEqualTo("a\\b");
    assertThat(doc.get(3).asString()).isEqualTo("line\nnext\u2028 ok");
    assertThat(json(odd)).contains("\\u2028");
  }

  @Test
  void aDocumentIsEncodedAsStringGetBytesEncodesItsText() {
    // Every character below U+10000 (surrogates alone among them), pairs, and a pair cut short:
    // the JSON, read back, is the text as String.getBytes would have written it.
    StringBuilder text = new StringBuilder();
    for (int c = 0x20; c <= 0xffff; c++) {
      text.append((char) c);
    }
    text.append("𠀀x😀").append('\ud83d').append("y").append('\ude00');
    String expected =
        new String(text.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    JsonNode doc =
        JSON.readTree(
            SearchIndex.indexed(new SearchSection("u", "p", "h", text.toString())).json());
    assertThat(doc.get(3).asString()).isEqualTo(expected);
  }

  private static String json(SearchSection section) {
    return new String(SearchIndex.indexed(section).json(), StandardCharsets.UTF_8);
  }

  @Test
  void anEmbedsTextLeavesOutTheDrawingOfAChart() {
    assertThat(
            SearchSection.htmlText(
                "<figure><figcaption>Growth</figcaption><svg><text>2020"
                    + "</text></svg><table><tr><td>GPT-3</td><td>175</td></tr></table></figure>"))
        .isEqualTo("Growth GPT-3 175");
  }

  private static Map<String, Postings> shardOf(Map<String, byte[]> files, String token, int n) {
    return SearchFiles.shard(files.get("search/zh/tokens/" + SearchIndex.shard(token, n) + ".bin"));
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, byte[]> files(List<OutputFile> files) {
    Map<String, byte[]> byPath = new TreeMap<>();
    files.forEach(file -> byPath.put(file.path(), file.bytes()));
    return byPath;
  }
}
