package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.SearchSection;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.CRC32C;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client-side search index of one language, split so that a query downloads only what it needs
 * (as Pagefind does): a small manifest, the postings in shards by a hash of the token, and the
 * documents in chunks. A query reads the manifest, the shard of each of its tokens and the chunks
 * of the results it shows. {@code docs/theme.md} describes the files.
 *
 * <p>Each document is a section of a page (the text under one heading). Chinese has no spaces
 * between words, so runs of CJK characters are indexed as overlapping bigrams (参数 → 参数; 推理成本 → 推理,
 * 理成, 成本); other text as lower-case words. {@code assets/search.js} tokenises queries the same way
 * and hashes tokens the same way.
 */
public final class SearchIndex {
  static final int VERSION = 1;

  /** A chunk holds at most this many documents; a document's number is chunk × SPAN + place. */
  static final int SPAN = 16;

  /** A chunk takes whole pages while they fit in this many bytes (a longer page is alone). */
  static final int CHUNK_BYTES = 8 * 1024;

  /** There are as many shards as it takes for each to hold about this many bytes. */
  static final int SHARD_BYTES = 12 * 1024;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchIndex() {}

  /**
   * Every language's index, from the sections of its pages in reading order: each index a task that
   * reads those sections, each section's tokens a task of its own (so that a rebuild that changed
   * one page tokenises only its sections).
   */
  public static Output render(
      List<Language> languages,
      Map<Language, List<List<SearchSection>>> sections,
      TaskRunner tasks) {
    List<OutputFile> files = new ArrayList<>();
    languages.parallelStream()
        .map(
            lang -> {
              List<List<SearchSection>> these = sections.getOrDefault(lang, List.of());
              return tasks.run(
                  Task.of(
                      Task.Boundary.SEARCH,
                      "index " + lang.folder(),
                      () -> List.of(lang, these),
                      () ->
                          build(
                              lang,
                              these,
                              section ->
                                  tasks.run(
                                      Task.of(
                                          Task.Boundary.SEARCH,
                                          "section",
                                          () -> List.of(section),
                                          () -> indexed(section))))));
            })
        .toList()
        .forEach(files::addAll);
    return Output.of(files);
  }

  /**
   * The index files of one language under {@code search/FOLDER/}.
   *
   * @param pages the sections of each page, in reading order
   */
  static List<OutputFile> build(Language lang, List<List<SearchSection>> pages) {
    return build(lang, pages, SearchIndex::document);
  }

  /**
   * A section as the index holds it: its document's JSON and, if tokenised ahead, its tokens in the
   * order they first appear (token t is {@code pool[ends[t - 1], ends[t])}) with how often each
   * does. Null tokens: the section is tokenised as the index is built. The arrays are never changed
   * once made.
   */
  record Indexed(byte[] json, char[] pool, int[] ends, int[] counts) {}

  /** {@code section} as the index holds it, tokens included. */
  static Indexed indexed(SearchSection section) {
    Vocabulary vocabulary = new Vocabulary(64);
    tokens(section.page(), true, vocabulary);
    tokens(section.heading(), true, vocabulary);
    tokens(section.text(), true, vocabulary);
    int count = vocabulary.count;
    return new Indexed(
        document(section).json(),
        Arrays.copyOf(vocabulary.pool, vocabulary.starts[count]),
        Arrays.copyOfRange(vocabulary.starts, 1, count + 1),
        Arrays.copyOf(vocabulary.lastCount, count));
  }

  /** {@code section}'s document alone, to be tokenised as the index is built. */
  static Indexed document(SearchSection section) {
    StringBuilder doc = new StringBuilder().append('[');
    string(doc, section.url()).append(',');
    string(doc, section.page()).append(',');
    string(doc, section.heading()).append(',');
    string(doc, section.text());
    if (section.report() != null) {
      string(doc.append(','), section.report());
    }
    doc.append(']');
    return new Indexed(doc.toString().getBytes(StandardCharsets.UTF_8), null, null, null);
  }

  /**
   * As {@link #build(Language, List)}, each section indexed by {@code indexed}: {@link #document},
   * or {@link #indexed} (perhaps reusing what an earlier build made of an equal section).
   */
  static List<OutputFile> build(
      Language lang, List<List<SearchSection>> pages, Function<SearchSection, Indexed> indexed) {
    Vocabulary vocabulary = new Vocabulary(1024);
    Documents documents = new Documents();
    for (List<SearchSection> page : pages) {
      documents.add(page, indexed, vocabulary);
    }
    return files(lang, documents, shards(vocabulary));
  }

  /**
   * The documents in chunks of whole pages (a page of more than SPAN sections spans chunks), each
   * document as the JSON array [url, page title, heading, text]; a document's tokens go into the
   * vocabulary as it is placed, so that only its JSON is kept.
   */
  private static final class Documents {
    private final List<List<byte[]>> chunks = new ArrayList<>();
    private List<byte[]> chunk = new ArrayList<>();
    private int bytes;
    private int count;

    void add(
        List<SearchSection> page, Function<SearchSection, Indexed> index, Vocabulary vocabulary) {
      List<Indexed> indexed = new ArrayList<>(page.size());
      int pageBytes = 0;
      for (SearchSection section : page) {
        Indexed one = index.apply(section);
        indexed.add(one);
        pageBytes += one.json().length + 1;
      }
      if (!chunk.isEmpty() && bytes + pageBytes > CHUNK_BYTES) {
        close();
        bytes = 0;
      }
      for (int s = 0; s < page.size(); s++) {
        if (chunk.size() == SPAN) {
          close();
        }
        vocabulary.doc = chunks.size() * SPAN + chunk.size();
        addTokens(page.get(s), indexed.get(s), vocabulary);
        chunk.add(indexed.get(s).json());
        count++;
      }
      bytes += pageBytes;
    }

    private void close() {
      chunks.add(chunk);
      chunk = new ArrayList<>();
    }

    List<List<byte[]>> all() {
      if (!chunk.isEmpty()) {
        close();
      }
      return chunks;
    }
  }

  /**
   * The postings in shards: per token, its documents in ascending order with the token's count in
   * each, as {@code "token":[doc,count,gap,count,…]} with gaps between document numbers; tokens in
   * the order they first appear (deterministic, and no sort needed).
   */
  private static StringBuilder[] shards(Vocabulary vocabulary) {
    String[] entries = new String[vocabulary.count];
    long total = 0;
    for (int t = 0; t < vocabulary.count; t++) {
      String token = vocabulary.tokens[t];
      int[] list = vocabulary.close(t);
      int size = vocabulary.sizes[t];
      StringBuilder entry = new StringBuilder(token.length() + 4 + size * 3);
      string(entry, token).append(":[");
      int previous = 0;
      for (int k = 0; k < size; k += 2) {
        if (k > 0) {
          entry.append(',');
        }
        entry.append(list[k] - previous).append(',').append(list[k + 1]);
        previous = list[k];
      }
      entries[t] = entry.append(']').toString();
      total += entries[t].length();
    }
    int shardCount = (int) Math.max(1, (total + SHARD_BYTES - 1) / SHARD_BYTES);
    StringBuilder[] shards = new StringBuilder[shardCount];
    for (int t = 0; t < vocabulary.count; t++) {
      int s = shard(vocabulary.tokens[t], shardCount);
      if (shards[s] == null) {
        shards[s] = new StringBuilder("{");
      } else {
        shards[s].append(',');
      }
      shards[s].append(entries[t]);
    }
    return shards;
  }

  /** The shards, the chunks of documents and the manifest, under {@code search/FOLDER/}. */
  private static List<OutputFile> files(
      Language lang, Documents documents, StringBuilder[] shards) {
    List<List<byte[]>> chunks = documents.all();
    String folder = "search/" + lang.folder() + "/";
    List<OutputFile> files = new ArrayList<>(shards.length + chunks.size() + 1);
    CRC32C digest = new CRC32C();
    for (int s = 0; s < shards.length; s++) {
      byte[] shard =
          (shards[s] == null ? "{}" : shards[s].append('}').toString())
              .getBytes(StandardCharsets.UTF_8);
      digest.update(shard);
      files.add(new OutputFile(folder + "tokens/" + s + ".json", shard));
    }
    for (int c = 0; c < chunks.size(); c++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(CHUNK_BYTES);
      out.write('[');
      for (byte[] doc : chunks.get(c)) {
        if (out.size() > 1) {
          out.write(',');
        }
        out.writeBytes(doc);
      }
      out.write(']');
      byte[] file = out.toByteArray();
      digest.update(file);
      files.add(new OutputFile(folder + "docs/" + c + ".json", file));
    }
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", VERSION);
    manifest.put("id", HexFormat.of().toHexDigits((int) digest.getValue()));
    manifest.put("docs", documents.count);
    manifest.put("span", SPAN);
    manifest.put("shards", shards.length);
    manifest.put("chunks", chunks.size());
    files.add(0, new OutputFile(folder + "index.json", JSON.writeValueAsBytes(manifest)));
    return files;
  }

  /** A document's tokens into the vocabulary: as tokenised ahead, or tokenised now. */
  private static void addTokens(SearchSection section, Indexed indexed, Vocabulary vocabulary) {
    if (indexed.pool() == null) {
      tokens(section.page(), true, vocabulary);
      tokens(section.heading(), true, vocabulary);
      tokens(section.text(), true, vocabulary);
      return;
    }
    for (int t = 0, start = 0; t < indexed.ends().length; start = indexed.ends()[t++]) {
      vocabulary.token(indexed.pool(), start, indexed.ends()[t], indexed.counts()[t]);
    }
  }

  /**
   * The shard of a token: FNV-1a (32 bits) over the UTF-16 code units of its first character if
   * that is CJK (so that a one-character query finds every bigram it starts in one shard), else of
   * the whole token, modulo the number of shards. search.js computes the same.
   */
  public static int shard(String token, int shards) {
    int first = token.codePointAt(0);
    int end = isCjk(first) ? Character.charCount(first) : token.length();
    int hash = 0x811c9dc5;
    for (int i = 0; i < end; i++) {
      hash ^= token.charAt(i);
      hash *= 0x01000193;
    }
    return Integer.remainderUnsigned(hash, shards);
  }

  /** Where the tokenizer puts each token: {@code chars[start, end)}. */
  private interface Sink {
    void token(char[] chars, int start, int end);
  }

  /**
   * Words and CJK bigrams of {@code text}, as a query is split; must stay in step with search.js.
   */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    tokens(text, false, (chars, start, end) -> tokens.add(new String(chars, start, end - start)));
    return tokens;
  }

  /**
   * The tokens a document is indexed by: those of {@link #tokens}, and the last character of each
   * run of CJK characters on its own. Every character of a run then starts a token, so a
   * one-character query finds the documents that contain it among the tokens it starts.
   */
  public static List<String> indexTokens(String text) {
    List<String> tokens = new ArrayList<>();
    tokens(text, true, (chars, start, end) -> tokens.add(new String(chars, start, end - start)));
    return tokens;
  }

  /**
   * Splits NFKC-normalised, lower-cased text: a word is a run of letters and digits, a run of CJK
   * characters gives its overlapping pairs (or the one character of a run of one). Every token is a
   * part of the normalised text, handed on by its bounds.
   */
  private static void tokens(String text, boolean runEnds, Sink out) {
    char[] chars =
        Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
    int word = -1;
    int run = -1;
    int previous = -1;
    int characters = 0;
    for (int i = 0; i < chars.length; ) {
      int c = chars[i];
      if (Character.isHighSurrogate((char) c)) {
        c = Character.codePointAt(chars, i);
      }
      int next = i + Character.charCount(c);
      boolean cjk = c >= 0x80 && isCjk(c);
      if (cjk) {
        if (word >= 0) {
          out.token(chars, word, i);
          word = -1;
        }
        if (run < 0) {
          run = i;
          characters = 0;
        } else {
          out.token(chars, previous, next);
        }
        characters++;
        previous = i;
      } else {
        if (run >= 0) {
          if (characters == 1 || runEnds) {
            out.token(chars, previous, i);
          }
          run = -1;
        }
        if (c < 0x80
            ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
            : Character.isLetterOrDigit(c)) {
          if (word < 0) {
            word = i;
          }
        } else if (word >= 0) {
          out.token(chars, word, i);
          word = -1;
        }
      }
      i = next;
    }
    if (word >= 0) {
      out.token(chars, word, chars.length);
    }
    if (run >= 0 && (characters == 1 || runEnds)) {
      out.token(chars, previous, chars.length);
    }
  }

  public static boolean isCjk(int c) {
    if (c < 0x1100) {
      return false; // below Hangul Jamo: Latin, Greek, Cyrillic, Arabic, Indic…
    }
    if (c >= 0x4e00 && c <= 0x9fef) {
      return true; // CJK Unified Ideographs, the common case
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }

  /** {@code text} as a JSON string (U+2028 and U+2029 escaped too, for old parsers). */
  static StringBuilder string(StringBuilder out, String text) {
    out.append('"');
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || c == '\u2028' || c == '\u2029') {
        out.append(text, plain, i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\t' -> out.append("\\t");
          case '\r' -> out.append("\\r");
          default -> out.append("\\u").append(HexFormat.of().toHexDigits(c));
        }
        plain = i + 1;
      }
    }
    return out.append(text, plain, text.length()).append('"');
  }

  /**
   * The tokens of a language and their postings: an open-addressing table over the tokenizer's
   * bounds, so that a token already seen costs a hash and a comparison, and no new string.
   * Documents must come in ascending order.
   */
  private static final class Vocabulary implements Sink {
    /** The document the tokens now arriving belong to. */
    int doc;

    String[] tokens;

    /** The tokens' characters one after the other: token t is pool[starts[t], starts[t + 1]). */
    char[] pool;

    int[] starts;

    /** Per token: its documents and counts so far, how many ints of them, and the last. */
    int[][] postings;

    int[] sizes;
    int[] lastDoc;
    int[] lastCount;
    int count;

    /** Slot → the hash of the token there (high half) and its number + 1 (low half; 0: empty). */
    long[] slots;

    /** Room for {@code capacity} tokens (a power of two) before it grows. */
    Vocabulary(int capacity) {
      tokens = new String[capacity];
      pool = new char[capacity * 8];
      starts = new int[capacity + 1];
      postings = new int[capacity][];
      sizes = new int[capacity];
      lastDoc = new int[capacity];
      lastCount = new int[capacity];
      slots = new long[capacity * 2];
    }

    @Override
    public void token(char[] text, int start, int end) {
      token(text, start, end, 1);
    }

    /** The token {@code text[start, end)}, found {@code times} times in the document. */
    void token(char[] text, int start, int end, int times) {
      int hash = 0;
      for (int i = start; i < end; i++) {
        hash = 31 * hash + text[i];
      }
      hash *= 0x9e3779b9; // Fibonacci hashing spreads near-equal hashes (bigrams) apart
      hash ^= hash >>> 15;
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (long entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
        int t = (int) entry - 1;
        if ((int) (entry >>> 32) == hash && same(t, text, start, end)) {
          add(t, times);
          return;
        }
      }
      int t = count++;
      if (t == tokens.length) {
        int grown = tokens.length * 2;
        tokens = Arrays.copyOf(tokens, grown);
        starts = Arrays.copyOf(starts, grown + 1);
        postings = Arrays.copyOf(postings, grown);
        sizes = Arrays.copyOf(sizes, grown);
        lastDoc = Arrays.copyOf(lastDoc, grown);
        lastCount = Arrays.copyOf(lastCount, grown);
      }
      int from = starts[t];
      if (from + end - start > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + end - start));
      }
      System.arraycopy(text, start, pool, from, end - start);
      starts[t + 1] = from + end - start;
      tokens[t] = new String(text, start, end - start);
      postings[t] = new int[4];
      lastDoc[t] = doc;
      lastCount[t] = times;
      slots[slot] = (long) hash << 32 | (t + 1);
      if (count * 3 > slots.length * 2) {
        rehash();
      }
    }

    /** Whether token {@code t} is {@code text[start, end)}: a loop, as tokens are short. */
    private boolean same(int t, char[] text, int start, int end) {
      int from = starts[t];
      if (starts[t + 1] - from != end - start) {
        return false;
      }
      for (int i = start; i < end; i++) {
        if (pool[from++] != text[i]) {
          return false;
        }
      }
      return true;
    }

    private void add(int t, int times) {
      if (lastDoc[t] == doc) {
        lastCount[t] += times;
        return;
      }
      append(t);
      lastDoc[t] = doc;
      lastCount[t] = times;
    }

    private void append(int t) {
      if (sizes[t] + 2 > postings[t].length) {
        postings[t] = Arrays.copyOf(postings[t], postings[t].length * 2);
      }
      postings[t][sizes[t]++] = lastDoc[t];
      postings[t][sizes[t]++] = lastCount[t];
    }

    /** Token {@code t}'s postings, the last document included: doc, count, doc, count… */
    int[] close(int t) {
      append(t);
      return postings[t];
    }

    private void rehash() {
      long[] old = slots;
      slots = new long[old.length * 2];
      int mask = slots.length - 1;
      for (long entry : old) {
        if (entry != 0) {
          int slot = (int) (entry >>> 32) & mask;
          while (slots[slot] != 0) {
            slot = (slot + 1) & mask;
          }
          slots[slot] = entry;
        }
      }
    }
  }
}
