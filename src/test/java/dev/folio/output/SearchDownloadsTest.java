package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.render.SearchSection;
import dev.folio.testing.NodeScript;
import dev.folio.testing.SearchFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader downloads for a search of a site as large as the benchmark's (issue 20): the index
 * of each language of a generated site of 10,000 pages, 5,000 a language of four sections and about
 * 600 words each, in the mix of English and Chinese of {@code bench/gen_corpus.py}. The theme's
 * search.js itself runs the queries in Node.js ({@code src/test/js/search-replay.mjs}), with every
 * file it fetches counted: a two-word English query and a two-character Chinese one each download
 * at most 300 kB, the script included (Pagefind's figure for a site of 10,000 pages). And what it
 * finds is what a search of the sections themselves finds, without an index: every document that
 * has every token, in the same order (tf·idf as docs/theme.md says), so that the index's format
 * changes nothing a reader sees. Bytes and results, no timings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchDownloadsTest {
  private static final int PAGES = 5000;
  private static final long BUDGET = 300_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Language EN = Language.of("en", "en", "English");
  private static final Language ZH = Language.of("zh-CN", "zh", "中文");

  private Path site;
  private final Map<Language, List<SearchSection>> sections = new HashMap<>();
  private final Map<Language, Long> indexBytes = new HashMap<>();
  private final Map<Language, Long> textBytes = new HashMap<>();

  @BeforeAll
  void buildBothIndexes(@TempDir Path dir) {
    site = dir;
    buildTheIndex(EN);
    buildTheIndex(ZH);
  }

  private void buildTheIndex(Language lang) {
    List<List<SearchSection>> pages = new Corpus(lang == ZH, new Random(2023)).pages(PAGES);
    sections.put(lang, pages.stream().flatMap(List::stream).toList());
    long written = 0;
    for (OutputFile file : SearchIndex.build(lang, pages)) {
      Path path = site.resolve(file.path());
      try {
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written += file.bytes().length;
    }
    indexBytes.put(lang, written);
    textBytes.put(
        lang,
        sections.get(lang).stream()
            .mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length)
            .sum());
  }

  @Test
  void aTwoWordEnglishQueryDownloadsAtMost300KilobytesScriptIncluded() {
    Replay replay = replay(EN, "inference cost").get(0);
    assertThat(replay.hits()).as("sections with both words").isGreaterThan(PAGES / 2);
    assertThat(replay.bytes()).as("bytes downloaded: " + replay.fetched()).isLessThan(BUDGET);
  }

  @Test
  void aTwoCharacterChineseQueryDownloadsAtMost300KilobytesScriptIncluded() {
    Replay replay = replay(ZH, "模型").get(0);
    assertThat(replay.hits()).as("sections with 模型").isGreaterThan(PAGES);
    assertThat(replay.bytes()).as("bytes downloaded: " + replay.fetched()).isLessThan(BUDGET);
  }

  @Test
  void eachLanguagesIndexDocumentsIncludedIsSmallerThanTheTextItHolds() {
    for (Language lang : List.of(EN, ZH)) {
      assertThat(indexBytes.get(lang))
          .as("bytes of the index of " + lang.folder() + " against its text's")
          .isLessThan(textBytes.get(lang) * 3 / 4);
    }
  }

  @Test
  void theScriptFindsWhatASearchOfTheSectionsThemselvesFinds() {
    Map<Language, List<String>> queries =
        Map.of(
            EN, List.of("inference cost", "ChatGPT", "本", "GPT-3 推理", "zzzyxq"),
            ZH, List.of("模型", "成本", "本", "的数", "model weight", "reason 研究"));
    for (Map.Entry<Language, List<String>> each : queries.entrySet()) {
      Language lang = each.getKey();
      Reference reference = new Reference(sections.get(lang), each.getValue());
      List<String> urls = urls(lang);
      for (Replay replay : replay(lang, each.getValue().toArray(String[]::new))) {
        List<String> found = replay.order().stream().map(urls::get).toList();
        assertThat(found)
            .as(lang.folder() + ": " + replay.query())
            .isEqualTo(reference.search(replay.query()));
        assertThat(replay.hits()).isEqualTo(found.size());
        assertThat(replay.shown()).isEqualTo(found.subList(0, Math.min(10, found.size())));
      }
    }
  }

  /** The address of each document, by its number: what the chunks hold. */
  private List<String> urls(Language lang) {
    JsonNode manifest = read("search/" + lang.folder() + "/index.json");
    int span = manifest.get("span").asInt();
    List<String> urls = new ArrayList<>();
    for (int c = 0; c < manifest.get("chunks").asInt(); c++) {
      JsonNode chunk = SearchFiles.chunk(bytes("search/" + lang.folder() + "/docs/" + c + ".bin"));
      while (urls.size() < c * span) {
        urls.add(null);
      }
      chunk.forEach(doc -> urls.add(doc.get(0).asString()));
    }
    return urls;
  }

  /** What search-replay.mjs reports of one query. */
  record Replay(
      String query,
      int hits,
      List<Integer> order,
      List<String> shown,
      String fetched,
      long bytes) {}

  /** {@code queries} run by search.js in Node.js on the index of {@code lang}. */
  private List<Replay> replay(Language lang, String... queries) {
    List<String> args = new ArrayList<>(List.of(site.toString(), lang.folder()));
    args.addAll(List.of(queries));
    List<Replay> replays = new ArrayList<>();
    for (String line : NodeScript.run("search-replay.mjs", args).lines().toList()) {
      JsonNode result = JSON.readTree(line);
      List<Integer> order = new ArrayList<>();
      result.get("order").forEach(doc -> order.add(doc.asInt()));
      List<String> shown = new ArrayList<>();
      result.get("shown").forEach(doc -> shown.add(doc.get(0).asString()));
      replays.add(
          new Replay(
              result.get("query").asString(),
              result.get("hits").asInt(),
              order,
              shown,
              result.get("fetched").toString(),
              result.get("bytes").asLong()));
    }
    assertThat(replays).hasSize(queries.length);
    return replays;
  }

  private byte[] bytes(String path) {
    try {
      return Files.readAllBytes(site.resolve(path));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private JsonNode read(String path) {
    return JSON.readTree(bytes(path));
  }

  /**
   * The search that docs/theme.md describes, over the sections themselves: the documents that have
   * every token of the query (a lone CJK character: any token that starts with it), ranked by the
   * sum over the query's tokens of count × ln(1 + documents / documents with the token), best
   * first, then in reading order. Sums are made in the order search.js makes them (tokens in the
   * order they first appear in the language), so that equal documents score equal to the bit.
   */
  private static final class Reference {
    private final int size;

    /** Per section, the count of each token that a query's term matches. */
    private final List<Map<String, Integer>> counts = new ArrayList<>();

    /** The documents of each such token, in the order the tokens first appear. */
    private final Map<String, Integer> documents = new LinkedHashMap<>();

    private final List<String> urls = new ArrayList<>();

    Reference(List<SearchSection> sections, List<String> queries) {
      size = sections.size();
      Set<String> terms = new HashSet<>();
      queries.forEach(query -> terms.addAll(SearchIndex.tokens(query)));
      for (SearchSection section : sections) {
        Map<String, Integer> these = new HashMap<>();
        for (String text : List.of(section.page(), section.heading(), section.text())) {
          for (String token : SearchIndex.indexTokens(text)) {
            if ((terms.contains(token) || terms.contains(token.substring(0, 1)))
                && these.merge(token, 1, Integer::sum) == 1) {
              documents.merge(token, 1, Integer::sum);
            }
          }
        }
        counts.add(these);
        urls.add(section.url());
      }
    }

    List<String> search(String query) {
      Map<Integer, Double> scores = null;
      for (String term : new LinkedHashSet<>(SearchIndex.tokens(query))) {
        Map<Integer, Double> found = new HashMap<>();
        for (Map.Entry<String, Integer> key : documents.entrySet()) {
          if (matches(term, key.getKey())) {
            double idf = StrictMath.log(1 + size / (double) key.getValue());
            for (int doc = 0; doc < size; doc++) {
              Integer count = counts.get(doc).get(key.getKey());
              if (count != null) {
                found.merge(doc, count * idf, Double::sum);
              }
            }
          }
        }
        scores = combine(scores, found);
      }
      if (scores == null) {
        return List.of();
      }
      Map<Integer, Double> ranked = scores;
      return ranked.keySet().stream()
          .sorted(
              Comparator.comparingDouble((Integer doc) -> -ranked.get(doc))
                  .thenComparingInt(doc -> doc))
          .map(urls::get)
          .toList();
    }

    private static Map<Integer, Double> combine(
        Map<Integer, Double> scores, Map<Integer, Double> found) {
      if (scores == null) {
        return found;
      }
      scores.keySet().retainAll(found.keySet());
      scores.replaceAll((doc, score) -> score + found.get(doc));
      return scores;
    }

    private static boolean matches(String term, String token) {
      boolean single =
          term.codePointCount(0, term.length()) == 1 && SearchIndex.isCjk(term.codePointAt(0));
      return single ? token.startsWith(term) : token.equals(term);
    }
  }

  /**
   * Pages as {@code bench/gen_corpus.py} writes them, as sections: a title, an opening paragraph,
   * three headed sections (one with a list, one with a table), sentences mostly in the page's
   * language with the other mixed in.
   */
  private static final class Corpus {
    private static final String[] EN_WORDS =
        ("model data training inference token parameter layer attention transformer network"
                + " cluster server memory bandwidth latency throughput batch sequence context window"
                + " prompt answer language vision speech image video search engine cloud service"
                + " platform market company industry revenue cost price capital investment growth"
                + " adoption user customer product feature release version benchmark score accuracy"
                + " error correction estimate forecast scenario analysis report table chart figure"
                + " source reference method result evidence research paper team lab chip accelerator"
                + " compute power energy efficiency scale speed quality safety alignment feedback"
                + " reward policy agent tool plugin application interface developer ecosystem"
                + " community open closed weight dataset corpus label annotation review editor"
                + " translation summary question reason step plan goal value risk limit trend cycle"
                + " phase stage period year month quarter global regional local early late new old"
                + " large small fast slow high low public private strong weak simple complex direct"
                + " indirect careful rapid steady modest notable visible")
            .split(" ");
    private static final String[] EN_VERBS =
        ("improves reduces measures shows explains supports limits changes drives follows enables"
                + " requires raises lowers tracks compares builds trains serves answers predicts"
                + " describes")
            .split(" ");
    private static final String[] ZH_WORDS =
        ("模型 数据 训练 推理 参数 算力 芯片 服务器 内存 带宽 延迟 吞吐 批量 序列 上下文 提示 回答 语言 视觉 语音 图像 视频 搜索"
                + " 引擎 云端 服务 平台 市场 公司 产业 收入 成本 价格 资本 投资 增长 普及 用户 客户 产品 功能 发布 版本 评测 得分 准确率"
                + " 误差 勘误 估计 预测 情景 分析 报告 表格 图表 来源 引用 方法 结果 证据 研究 论文 团队 实验室 加速器 能耗 效率 规模"
                + " 速度 质量 安全 对齐 反馈 奖励 策略 智能体 工具 插件 应用 接口 开发者 生态 社区 开源 权重 数据集 语料 标注 审阅 编辑"
                + " 翻译 摘要 问题 推理链 步骤 计划 目标 价值 风险 限制 趋势 周期 阶段 年度 季度 全球 区域 本地 早期 后期 大型 小型 快速"
                + " 稳定 显著 持续 逐步 明显 重要 主要 关键 核心 领先 新兴")
            .split(" ");
    private static final String[] ZH_VERBS =
        "提升 降低 衡量 显示 解释 支持 限制 改变 推动 跟随 促进 需要 提高 追踪 比较 构建 训练 服务 预测 描述".split(" ");
    private static final String[] ZH_JOINERS = "的 和 与 在 对 把 将 从 为 了".split(" ");
    private static final String[] MIXED =
        "GPT-3 ChatGPT GPU TPU API RLHF Transformer LLaMA A100 H100 AIGC SaaS".split(" ");

    private final boolean zh;
    private final Random random;

    Corpus(boolean zh, Random random) {
      this.zh = zh;
      this.random = random;
    }

    List<List<SearchSection>> pages(int count) {
      List<List<SearchSection>> pages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String url = String.format("%s/s%03d/p%05d/", zh ? "zh" : "en", i / 50 + 1, i + 1);
        String title = (zh ? "第 " + (i + 1) + " 页：" : "Page " + (i + 1) + ": ") + phrase(3);
        List<SearchSection> page = new ArrayList<>();
        page.add(new SearchSection(url, title, "", paragraph(6)));
        for (int h = 1; h <= 3; h++) {
          String heading = h + ". " + phrase(3);
          StringBuilder text = new StringBuilder(paragraph(7));
          for (int extra = 0; extra < 5; extra++) {
            text.append(' ')
                .append(h == 2 ? phrase(2) + " " + random.nextInt(1_000_000) : sentence(5, 10));
          }
          text.append(' ').append(paragraph(h == 3 ? 7 : 5));
          page.add(new SearchSection(url + "#" + h, title, heading, text.toString()));
        }
        pages.add(page);
      }
      return pages;
    }

    private String paragraph(int sentences) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < sentences; s++) {
        String sentence = sentence(8, 16);
        if (text.length() > 0 && (!zh || sentence.charAt(0) < 0x80)) {
          text.append(' ');
        }
        text.append(sentence);
      }
      return text.toString();
    }

    private String sentence(int least, int most) {
      boolean chinese = zh == random.nextDouble() < 0.7;
      int n = least + random.nextInt(most - least + 1);
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < n; k++) {
        boolean mixed = random.nextDouble() < 0.07;
        String word =
            k == 2
                ? pick(chinese ? ZH_VERBS : EN_VERBS)
                : mixed ? pick(MIXED) : pick(chinese ? ZH_WORDS : EN_WORDS);
        text.append(chinese ? (mixed ? " " + word + " " : word) : (k > 0 ? " " : "") + word);
        if (chinese && k % 3 == 1 && k < n - 1) {
          text.append(pick(ZH_JOINERS));
        }
      }
      return text.toString().strip().replace("  ", " ") + (chinese ? "。" : ".");
    }

    private String phrase(int n) {
      StringBuilder text = new StringBuilder();
      for (int k = 0; k < n; k++) {
        text.append(k > 0 && !zh ? " " : "").append(pick(zh ? ZH_WORDS : EN_WORDS));
      }
      return text.toString();
    }

    private String pick(String[] words) {
      return words[random.nextInt(words.length)];
    }
  }
}
