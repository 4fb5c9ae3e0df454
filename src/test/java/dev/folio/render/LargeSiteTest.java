package dev.folio.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.Pipeline;
import dev.folio.model.ContentException;
import dev.folio.model.OutputFile;
import dev.folio.output.SearchIndex;
import dev.folio.testing.SearchFiles;
import dev.folio.testing.SearchFiles.Postings;
import dev.folio.testing.Slow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A generated site of 2,000 pages in one language (40 sections of 50, text from a Zipf-like
 * vocabulary of English and Chinese words): what a page carries and what a query downloads stay
 * small, while the contents page and the search index still cover every page. Properties, not
 * timings.
 */
@Slow
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeSiteTest {
  private static final int PAGES = 2000;
  private static final int SECTION = 50;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] ZH =
      ("模型 数据 训练 推理 参数 算力 芯片 服务器 内存 带宽 延迟 吞吐 批量"
              + " 序列 上下文 提示 回答 语言 视觉 语音 图像 视频 搜索 引擎 云端 服务 平台 市场 公司 产业 收入 成本"
              + " 价格 资本 投资 增长 普及 用户 客户 产品 功能 发布 版本 评测")
          .split(" ");

  private Map<String, byte[]> site;

  @BeforeAll
  void buildTheSite(@TempDir Path dir) throws IOException, ContentException {
    Files.writeString(
        dir.resolve("folio.yaml"),
        "title: {zh: 大站点}\n"
            + "description: {zh: 生成的测试站点}\nlanguages:\n  - {code: zh-CN, folder: zh, name: 中文}\n");
    Random random = new Random(2023);
    String[] words = vocabulary(random, 3000);
    Path content = dir.resolve("content/zh");
    Files.createDirectories(content);
    Files.writeString(
        content.resolve("index.md"),
        "---\ntitle: 首页\norder: 0\n---\n" + paragraph(random, words, 40) + "\n");
    for (int i = 1; i < PAGES; i++) {
      Path folder = content.resolve(String.format("s%02d", (i - 1) / SECTION + 1));
      Files.createDirectories(folder);
      StringBuilder page =
          new StringBuilder(
              "---\ntitle: \"第 "
                  + i
                  + " 页 "
                  + words[i % 97]
                  + "\"\norder: "
                  + i
                  + "\n---\n"
                  + paragraph(random, words, 80)
                  + " uniq"
                  + i
                  + "\n");
      for (int h = 1; h <= 3; h++) {
        page.append("\n## ")
            .append(words[random.nextInt(200)])
            .append(' ')
            .append(h)
            .append("\n\n")
            .append(paragraph(random, words, 100))
            .append('\n');
      }
      Files.writeString(folder.resolve(String.format("p%04d.md", i)), page);
    }
    site = new HashMap<>();
    for (OutputFile file : new Pipeline(dir, null).render().files()) {
      if (!file.path().endsWith(".png")) {
        // the 4,000 share cards are drawn only when asked for: not here
        site.put(file.path(), file.bytes());
      }
    }
  }

  @Test
  void everyPagesNavigationIsBoundedAndTheContentsPageListsEveryPage() {
    Pattern nav = Pattern.compile("(?s)<nav class=\"site-nav\".*?</nav>");
    int pages = 0;
    int mostLinks = 0;
    int mostBytes = 0;
    for (Map.Entry<String, byte[]> file : site.entrySet()) {
      if (file.getKey().startsWith("zh/") && file.getKey().endsWith("index.html")) {
        Matcher found = nav.matcher(new String(file.getValue(), StandardCharsets.UTF_8));
        assertThat(found.find()).as(file.getKey()).isTrue();
        mostLinks = Math.max(mostLinks, count(found.group(), "<a "));
        mostBytes = Math.max(mostBytes, found.group().getBytes(StandardCharsets.UTF_8).length);
        pages++;
      }
    }
    assertThat(pages).isEqualTo(PAGES + 2);
    assertThat(mostLinks)
        .as("links in a page's navigation")
        .isLessThanOrEqualTo(Navigation.MAX_ENTRIES + Navigation.MAX_PAGES + 5);
    assertThat(mostBytes).as("bytes of a page's navigation").isLessThan(8 * 1024);
    String contents = new String(site.get("zh/contents/index.html"), StandardCharsets.UTF_8);
    String list =
        contents.substring(
            contents.indexOf("<ol class=\"contents-list\">"), contents.indexOf("</article>"));
    assertThat(count(list, "<a ")).isEqualTo(PAGES);
    assertThat(list)
        .contains("id=\"section-s01\"", "id=\"section-s40\"", "href=\"../../zh/s40/p1999/\"");
  }

  @Test
  void aOneWordQueryDownloadsAFewKilobytesOfAnIndexOfMegabytes() {
    long whole =
        site.entrySet().stream()
            .filter(e -> e.getKey().startsWith("search/zh/"))
            .mapToLong(e -> e.getValue().length)
            .sum();
    assertThat(whole).as("the whole index").isGreaterThan(2_000_000);

    Query rare = query("uniq1234");
    assertThat(rare.hits()).hasSize(1);
    assertThat(rare.urls()).containsExactly("zh/s25/p1234/");
    assertThat(rare.bytes()).as("bytes for a word on one page").isLessThan(32 * 1024);

    String common = mostCommonWord();
    Query everywhere = query(common);
    assertThat(everywhere.hits().size()).as("sections with " + common).isGreaterThan(PAGES);
    assertThat(everywhere.bytes())
        .as("bytes for \"" + common + "\", on nearly every page")
        .isLessThan(128 * 1024);
    assertThat(everywhere.bytes() * 50).as("a fiftieth of the index at most").isLessThan(whole);

    Query chinese = query("成本");
    assertThat(chinese.hits()).isNotEmpty();
    assertThat(chinese.bytes()).isLessThan(128 * 1024);
    Query oneCharacter = query("本");
    assertThat(oneCharacter.hits())
        .as("one character finds the bigrams it starts and ends")
        .containsAll(chinese.hits());
    System.out.printf(
        "search index of %d pages: %,d bytes; a query downloads (gzipped): uniq1234"
            + " %,d (%,d), \"%s\" (%d sections) %,d (%,d), 成本 %,d (%,d), 本 %,d (%,d)%n",
        PAGES,
        whole,
        rare.bytes(),
        rare.gzipped(),
        common,
        everywhere.hits().size(),
        everywhere.bytes(),
        everywhere.gzipped(),
        chinese.bytes(),
        chinese.gzipped(),
        oneCharacter.bytes(),
        oneCharacter.gzipped());
  }

  /**
   * What search.js downloads for a query (in bytes, and gzipped) and the results it shows first.
   */
  record Query(List<Integer> hits, List<String> urls, long bytes, long gzipped) {}

  /**
   * search.js's algorithm, in Java: manifest, the shard of each token, the first ten hits' chunks.
   */
  private Query query(String text) {
    byte[] manifestBytes = site.get("search/zh/index.json");
    JsonNode manifest = JSON.readTree(manifestBytes);
    long bytes = manifestBytes.length;
    long gzipped = gzipped(manifestBytes);
    int shards = manifest.get("shards").asInt();
    int span = manifest.get("span").asInt();
    int docs = manifest.get("docs").asInt();
    Set<Integer> fetched = new TreeSet<>();
    Map<Integer, Double> scores = null;
    for (String term : new LinkedHashSet<>(SearchIndex.tokens(text))) {
      int shard = SearchIndex.shard(term, shards);
      byte[] shardBytes = site.get("search/zh/tokens/" + shard + ".bin");
      if (fetched.add(shard)) {
        bytes += shardBytes.length;
        gzipped += gzipped(shardBytes);
      }
      boolean single =
          term.codePointCount(0, term.length()) == 1 && SearchIndex.isCjk(term.codePointAt(0));
      Map<Integer, Double> found = new HashMap<>();
      for (Map.Entry<String, Postings> entry : SearchFiles.shard(shardBytes).entrySet()) {
        String key = entry.getKey();
        if (single ? !key.startsWith(term) : !key.equals(term)) {
          continue;
        }
        Postings list = entry.getValue();
        double idf = Math.log(1 + docs / (double) list.docs().length);
        for (int i = 0; i < list.docs().length; i++) {
          found.merge(list.docs()[i], list.counts()[i] * idf, Double::sum);
        }
      }
      if (scores == null) {
        scores = found;
      } else {
        scores.keySet().retainAll(found.keySet());
        for (Map.Entry<Integer, Double> score : scores.entrySet()) {
          score.setValue(score.getValue() + found.get(score.getKey()));
        }
      }
    }
    List<Integer> hits = new ArrayList<>(scores.keySet());
    Map<Integer, Double> ranked = scores;
    hits.sort(
        (a, b) ->
            ranked.get(a).equals(ranked.get(b))
                ? Integer.compare(a, b)
                : Double.compare(ranked.get(b), ranked.get(a)));
    Set<Integer> chunks = new TreeSet<>();
    List<String> urls = new ArrayList<>();
    for (int doc : hits.subList(0, Math.min(10, hits.size()))) {
      byte[] chunk = site.get("search/zh/docs/" + doc / span + ".bin");
      if (chunks.add(doc / span)) {
        bytes += chunk.length;
        gzipped += gzipped(chunk);
      }
      urls.add(SearchFiles.chunk(chunk).get(doc % span).get(0).asString());
    }
    return new Query(hits, urls, bytes, gzipped);
  }

  /** The size of {@code bytes} gzipped, as a web server sends JSON (GitHub Pages does). */
  private static long gzipped(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.size();
  }

  /** The word of the vocabulary in most sections (the Zipf distribution's first). */
  private String mostCommonWord() {
    return vocabulary(new Random(2023), 3000)[0];
  }

  private static int count(String text, String what) {
    int count = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
      count++;
    }
    return count;
  }

  /** Made-up English-looking words from syllables, distinct, in a fixed order. */
  private static String[] vocabulary(Random random, int size) {
    String[] syllables = {"ka", "lo", "mi", "ne", "ra", "su", "ti", "vo", "ze", "pa", "do", "gu"};
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < size) {
      StringBuilder word = new StringBuilder();
      for (int s = 1 + random.nextInt(3); s >= 0; s--) {
        word.append(syllables[random.nextInt(syllables.length)]);
      }
      words.add(word.toString());
    }
    return words.toArray(String[]::new);
  }

  /** {@code n} words, Zipf-distributed over the vocabulary, with a Chinese word now and then. */
  private static String paragraph(Random random, String[] words, int n) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < n; w++) {
      if (w > 0) {
        text.append(' ');
      }
      if (random.nextInt(6) == 0) {
        text.append(ZH[random.nextInt(ZH.length)]).append(ZH[random.nextInt(ZH.length)]);
      } else {
        // Rank r with probability ∝ 1/r: the exponential of a uniform over [0, ln size).
        int rank = (int) Math.exp(random.nextDouble() * Math.log(words.length));
        text.append(words[Math.min(words.length - 1, rank - 1)]);
      }
    }
    return text.append('.').toString();
  }
}
