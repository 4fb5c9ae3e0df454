package dev.folio.render;

import dev.folio.model.OutputFile;
import dev.folio.model.Language;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client-side search index of one language ({@code search/<lang>.json}), built from the
 * rendered pages. Each document is a section of a page (text under one heading). Chinese has no
 * spaces between words, so runs of CJK characters are indexed as overlapping bigrams (参数 →
 * 参数; 推理成本 → 推理, 理成, 成本); other text as lower-case words. {@code assets/search.js}
 * tokenises queries the same way.
 */
final class SearchIndex {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchIndex() {}

  /** A section of a page: where it is, its titles and its text. */
  record Section(String url, String page, String heading, String text) {}

  static OutputFile build(Language lang, List<OutputFile> pages) {
    List<Section> sections = new ArrayList<>();
    for (OutputFile page : pages) {
      if (page.path().startsWith(lang.folder() + "/") && page.path().endsWith("index.html")) {
        sections.addAll(sections(page));
      }
    }
    Map<String, Map<Integer, Integer>> postings = new TreeMap<>();
    for (int doc = 0; doc < sections.size(); doc++) {
      Section section = sections.get(doc);
      for (String token : tokens(section.page() + " " + section.heading() + " " + section.text())) {
        postings.computeIfAbsent(token, t -> new TreeMap<>()).merge(doc, 1, Integer::sum);
      }
    }
    Map<String, List<Integer>> flat = new LinkedHashMap<>();
    postings.forEach((token, docs) -> {
      List<Integer> list = new ArrayList<>();
      docs.forEach((doc, count) -> {
        list.add(doc);
        list.add(count);
      });
      flat.put(token, list);
    });
    Map<String, Object> index = new LinkedHashMap<>();
    index.put("docs", sections.stream().map(s -> List.of(s.url(), s.page(), s.heading(), s.text()))
        .toList());
    index.put("tokens", flat);
    return new OutputFile("search/" + lang.folder() + ".json",
        JSON.writeValueAsString(index).getBytes(StandardCharsets.UTF_8));
  }

  private static List<Section> sections(OutputFile page) {
    Document html = Jsoup.parse(new String(page.bytes(), StandardCharsets.UTF_8));
    Element article = html.selectFirst("main article");
    if (article == null) {
      return List.of();
    }
    // A chart's drawing (ticks, labels) is not text to search; its caption and table are.
    article.select("svg").remove();
    String url = page.path().substring(0, page.path().length() - "index.html".length());
    String title = html.selectFirst("h1") == null ? "" : html.selectFirst("h1").text();
    List<Section> sections = new ArrayList<>();
    String anchor = "";
    String heading = "";
    StringBuilder text = new StringBuilder();
    for (Element child : article.children()) {
      if (child.tagName().matches("h[23]") && !child.id().isEmpty()) {
        add(sections, url, anchor, title, heading, text);
        anchor = child.id();
        heading = child.text();
        text.setLength(0);
      } else {
        text.append(child.text()).append(' ');
      }
    }
    add(sections, url, anchor, title, heading, text);
    return sections;
  }

  private static void add(List<Section> sections, String url, String anchor, String title,
      String heading, StringBuilder text) {
    String body = text.toString().strip();
    if (!body.isEmpty() || !heading.isEmpty()) {
      sections.add(new Section(url + (anchor.isEmpty() ? "" : "#" + anchor), title, heading, body));
    }
  }

  /** Words and CJK bigrams of {@code text}; must stay in step with search.js. */
  static List<String> tokens(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> tokens = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    List<Integer> cjk = new ArrayList<>();
    normal.codePoints().forEach(c -> {
      if (isCjk(c)) {
        flushWord(word, tokens);
        cjk.add(c);
      } else if (Character.isLetterOrDigit(c)) {
        flushCjk(cjk, tokens);
        word.appendCodePoint(c);
      } else {
        flushWord(word, tokens);
        flushCjk(cjk, tokens);
      }
    });
    flushWord(word, tokens);
    flushCjk(cjk, tokens);
    return tokens;
  }

  private static void flushWord(StringBuilder word, List<String> tokens) {
    if (word.length() > 0) {
      tokens.add(word.toString());
      word.setLength(0);
    }
  }

  private static void flushCjk(List<Integer> run, List<String> tokens) {
    if (run.size() == 1) {
      tokens.add(new String(Character.toChars(run.get(0))));
    }
    for (int i = 0; i + 1 < run.size(); i++) {
      tokens.add(new String(Character.toChars(run.get(i))) + new String(Character.toChars(run.get(i + 1))));
    }
    run.clear();
  }

  static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }
}
