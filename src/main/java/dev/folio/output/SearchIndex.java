package dev.folio.output;

import dev.folio.model.Language;
import dev.folio.model.OutputFile;
import dev.folio.model.Parallel;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import dev.folio.render.SearchSection;
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
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.zip.Deflater;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client-side search index of one language, split so that a query downloads only what it needs
 * (as Pagefind does): a small manifest, the postings in shards by a hash of the token, and the
 * documents in chunks. A query reads the manifest, the shard of each of its tokens and the chunks
 * of the results it shows. Shards and chunks are deflated (zlib), and {@code search.js} inflates
 * them with the browser's {@code DecompressionStream}: what is on disk is what a reader downloads,
 * whether or not the server compresses. {@code docs/theme.md} describes the files.
 *
 * <p>Each document is a section of a page (the text under one heading). Chinese has no spaces
 * between words, so runs of CJK characters are indexed as overlapping bigrams (参数 → 参数; 推理成本 → 推理,
 * 理成, 成本); other text as lower-case words. {@code assets/search.js} tokenises queries the same way
 * and hashes tokens the same way.
 */
public final class SearchIndex {
  static final int VERSION = 2;

  /** A chunk holds at most this many documents; a document's number is chunk × SPAN + place. */
  static final int SPAN = 32;

  /**
   * A chunk takes whole pages while their documents' JSON fits in this many bytes (a longer page is
   * alone); deflated, a chunk is about a third of that.
   */
  static final int CHUNK_BYTES = 16 * 1024;

  /** There are as many shards as it takes for each to hold about this many bytes, inflated. */
  static final int SHARD_BYTES = 8 * 1024;

  /**
   * The deflater's level. On the bench's 10,000 pages (67 MB inflated), level 1 makes 29.5 MB in
   * 0.70 s, 4 makes 28.1 MB in 1.02 s and 6 makes 27.8 MB in 1.64 s: the fastest level costs a
   * query's download 5 % more, and a build a third less deflating.
   */
  static final int LEVEL = 1;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One deflater per thread, reset for each file: making one allocates its tables anew. */
  private static final ThreadLocal<Deflater> DEFLATER =
      ThreadLocal.withInitial(() -> new Deflater(LEVEL));

  /**
   * The shards' deflater: Huffman codes alone, no matching of repeated strings. The shards are
   * varints and tokens that rarely repeat; on the bench's 10,000 pages (19.4 MB inflated) this
   * makes 8.7 MB in 0.17 s where level 1 makes 9.2 MB in 0.28 s.
   */
  private static final ThreadLocal<Deflater> SHARD_DEFLATER =
      ThreadLocal.withInitial(
          () -> {
            Deflater deflater = new Deflater(LEVEL);
            deflater.setStrategy(Deflater.HUFFMAN_ONLY);
            return deflater;
          });

  /**
   * Each thread's working arrays for {@link #indexed}, cleared for each section: made for each
   * section, and grown, they allocated more than all the index's output.
   */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** A scratch table grown past this many slots (by a very long section) is not kept. */
  private static final int SCRATCH_SLOTS = 1 << 16;

  /** The pages tokenised together before they are placed. */
  private static final int WINDOW = 64;

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
        .map(lang -> indexOf(lang, sections, tasks).get())
        .toList()
        .forEach(files::addAll);
    return Output.of(files);
  }

  /**
   * As {@link #render}, each language's index to be made on its own, in the languages' order: a
   * caller may make them on different threads.
   */
  public static List<Supplier<List<OutputFile>>> perLanguage(
      List<Language> languages,
      Map<Language, List<List<SearchSection>>> sections,
      TaskRunner tasks) {
    return languages.stream().map(lang -> indexOf(lang, sections, tasks)).toList();
  }

  private static Supplier<List<OutputFile>> indexOf(
      Language lang, Map<Language, List<List<SearchSection>>> sections, TaskRunner tasks) {
    List<List<SearchSection>> these = sections.getOrDefault(lang, List.of());
    return () ->
        tasks.run(
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
  }

  /**
   * The index files of one language under {@code search/FOLDER/}.
   *
   * @param pages the sections of each page, in reading order
   */
  static List<OutputFile> build(Language lang, List<List<SearchSection>> pages) {
    return build(lang, pages, SearchIndex::indexed);
  }

  /**
   * A section as the index holds it: its document's JSON, and its tokens in the order they first
   * appear (token t is {@code pool[ends[t - 1], ends[t])}) with its hash (as {@link Table} computes
   * it, so that the vocabulary need not hash it again) and how often it appears. The arrays are
   * never changed once made.
   */
  record Indexed(byte[] json, char[] pool, int[] ends, int[] hashes, int[] counts) {}

  /**
   * {@code section} as the index holds it. Each field is read once into an array, written from
   * there as JSON, then normalised there in place and tokenised: a section's text is most of what a
   * build reads and allocates for it.
   */
  static Indexed indexed(SearchSection section) {
    Scratch scratch = SCRATCH.get();
    if (scratch.table.slots.length > SCRATCH_SLOTS
        || scratch.chars.length > SCRATCH_CHARS
        || scratch.json.length > SCRATCH_CHARS * 3) {
      scratch = new Scratch();
      SCRATCH.set(scratch);
    }
    Table table = scratch.table;
    table.clear();
    scratch.size = 0;
    scratch.append('[');
    scratch.field(section.url(), false);
    scratch.append(',').field(section.page(), true);
    scratch.append(',').field(section.heading(), true);
    scratch.append(',').field(section.text(), true);
    if (section.report() != null) {
      scratch.append(',').field(section.report(), false);
    }
    scratch.append(']');
    int count = table.count;
    int[] hashes = new int[count];
    for (int t = 0; t < count; t++) {
      hashes[t] = (int) (table.slots[table.slotOf[t]] >>> 32);
    }
    return new Indexed(
        Arrays.copyOf(scratch.json, scratch.size),
        Arrays.copyOf(table.pool, table.starts[count]),
        Arrays.copyOfRange(table.starts, 1, count + 1),
        hashes,
        Arrays.copyOf(table.counts, count));
  }

  /** Scratch arrays grown past this many characters (by a very long section) are not kept. */
  private static final int SCRATCH_CHARS = 1 << 18;

  /**
   * A thread's arrays for {@link #indexed}: a field's characters, the document's JSON as it is
   * written (the JSON array [url, page title, heading, text(, report)], in UTF-8), and the table of
   * the section's tokens.
   */
  private static final class Scratch {
    final Table table = new Table(1024);
    char[] chars = new char[4096];
    byte[] json = new byte[16 * 1024];
    int size;

    Scratch append(char c) {
      room(1);
      json[size++] = (byte) c;
      return this;
    }

    /** {@code text} as a JSON string, then (if {@code tokenised}) its tokens into the table. */
    void field(String text, boolean tokenised) {
      int length = text.length();
      if (length > chars.length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      text.getChars(0, length, chars, 0);
      string(chars, length);
      if (!tokenised) {
        return;
      }
      if (normalizedInPlace(chars, length)) {
        tokens(chars, length, true, table);
      } else {
        char[] normalized = normalizedFully(text);
        tokens(normalized, normalized.length, true, table);
      }
    }

    /**
     * {@code chars[0, length)} as a JSON string in UTF-8: a quote, backslash or control character
     * escaped, U+2028 and U+2029 too (for old parsers), and a surrogate without its pair written as
     * {@code ?}, as {@link String#getBytes} writes it.
     */
    private void string(char[] chars, int length) {
      room(length * 6 + 2); // at most six bytes a character (an escape)
      byte[] out = json;
      int at = size;
      out[at++] = '"';
      for (int i = 0; i < length; i++) {
        char c = chars[i];
        if (c < 0x80) {
          if (c >= 0x20 && c != '"' && c != '\\') {
            out[at++] = (byte) c;
          } else {
            at = escape(c, out, at);
          }
        } else if (c < 0x800) {
          out[at++] = (byte) (0xc0 | c >> 6);
          out[at++] = (byte) (0x80 | c & 0x3f);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(chars[i + 1])) {
            int point = Character.toCodePoint(c, chars[++i]);
            out[at++] = (byte) (0xf0 | point >> 18);
            out[at++] = (byte) (0x80 | point >> 12 & 0x3f);
            out[at++] = (byte) (0x80 | point >> 6 & 0x3f);
            out[at++] = (byte) (0x80 | point & 0x3f);
          } else {
            out[at++] = '?';
          }
        } else if (c == '\u2028' || c == '\u2029') {
          at = escape(c, out, at);
        } else {
          out[at++] = (byte) (0xe0 | c >> 12);
          out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
          out[at++] = (byte) (0x80 | c & 0x3f);
        }
      }
      out[at++] = '"';
      size = at;
    }

    private static int escape(char c, byte[] out, int at) {
      out[at++] = '\\';
      switch (c) {
        case '"', '\\' -> out[at++] = (byte) c;
        case '\n' -> out[at++] = 'n';
        case '\t' -> out[at++] = 't';
        case '\r' -> out[at++] = 'r';
        default -> {
          out[at++] = 'u';
          for (int shift = 12; shift >= 0; shift -= 4) {
            out[at++] = (byte) Character.forDigit(c >> shift & 0xf, 16);
          }
        }
      }
      return at;
    }

    private void room(int more) {
      if (size + more > json.length) {
        json = Arrays.copyOf(json, Math.max(json.length * 2, size + more));
      }
    }
  }

  /**
   * As {@link #build(Language, List)}, each section indexed by {@code indexed}: {@link #indexed},
   * perhaps reusing what an earlier build made of an equal section.
   */
  static List<OutputFile> build(
      Language lang, List<List<SearchSection>> pages, Function<SearchSection, Indexed> indexed) {
    Vocabulary vocabulary = new Vocabulary(1024);
    Documents documents = new Documents();
    // The sections tokenised on every core, a window of pages at a time (so that only a window's
    // tokens are held at once), then placed in reading order.
    for (int from = 0; from < pages.size(); from += WINDOW) {
      List<List<SearchSection>> window = pages.subList(from, Math.min(pages.size(), from + WINDOW));
      for (List<Indexed> page :
          Parallel.map(window, page -> page.stream().<Indexed>map(indexed).toList())) {
        documents.add(page, vocabulary);
      }
    }
    return files(lang, documents, shards(vocabulary));
  }

  /**
   * The documents in chunks of whole pages (a page of more than SPAN sections spans chunks), each
   * chunk the JSON array of its documents, written as they are placed; a document's tokens go into
   * the vocabulary as it is placed, so that only the chunks' bytes are kept, not each document's
   * JSON as well.
   */
  private static final class Documents {
    private final List<byte[]> chunks = new ArrayList<>();
    private final Bytes chunk = new Bytes(CHUNK_BYTES + CHUNK_BYTES / 2);

    /** The documents in the chunk being written. */
    private int inChunk;

    /**
     * The bytes of the pages that started in the chunk being written, or (after a page that spans
     * chunks) of that whole page: what decides whether the next page fits.
     */
    private int bytes;

    private int count;

    void add(List<Indexed> indexed, Vocabulary vocabulary) {
      int pageBytes = 0;
      for (Indexed one : indexed) {
        pageBytes += one.json().length + 1;
      }
      if (inChunk > 0 && bytes + pageBytes > CHUNK_BYTES) {
        close();
      }
      for (Indexed one : indexed) {
        if (inChunk == SPAN) {
          close();
        }
        vocabulary.add(chunks.size() * SPAN + inChunk, one);
        chunk.append(inChunk == 0 ? '[' : ',').append(one.json(), 0, one.json().length);
        inChunk++;
        count++;
      }
      bytes += pageBytes;
    }

    private void close() {
      chunks.add(chunk.append(']').toArray());
      chunk.size = 0;
      inChunk = 0;
      bytes = 0;
    }

    /** The chunks, each a JSON array of documents in UTF-8. */
    List<byte[]> all() {
      if (inChunk > 0) {
        close();
      }
      return chunks;
    }
  }

  /**
   * The postings in shards, inflated: per token, in the order the tokens first appear
   * (deterministic, and no sort needed), its UTF-8 length and bytes, the number n of its documents,
   * then n document numbers in ascending order, each as the gap from the one before (the first as
   * itself), then the n counts of the token in each: all unsigned LEB128 varints.
   */
  private static Bytes[] shards(Vocabulary vocabulary) {
    int tokens = vocabulary.count;
    Bytes entries = new Bytes(vocabulary.starts[tokens] * 3 + vocabulary.logSize * 2);
    int[][] postings = vocabulary.postings();
    int[] docs = postings[0];
    int[] counts = postings[1];
    int[] ends = new int[tokens];
    String[] names = new String[tokens];
    for (int t = 0, from = 0; t < tokens; from = vocabulary.counts[t++]) {
      names[t] = vocabulary.token(t);
      entries.utf8(names[t]);
      int to = vocabulary.counts[t];
      entries.varint(to - from);
      for (int k = from, previous = 0; k < to; previous = docs[k++]) {
        entries.varint(docs[k] - previous);
      }
      for (int k = from; k < to; k++) {
        entries.varint(counts[k]);
      }
      ends[t] = entries.size;
    }
    int shardCount = Math.max(1, (entries.size + SHARD_BYTES - 1) / SHARD_BYTES);
    Bytes[] shards = new Bytes[shardCount];
    for (int t = 0, start = 0; t < tokens; start = ends[t++]) {
      int s = shard(names[t], shardCount);
      if (shards[s] == null) {
        shards[s] = new Bytes(SHARD_BYTES * 2);
      }
      shards[s].append(entries.bytes, start, ends[t] - start);
    }
    return shards;
  }

  /**
   * The shards, the chunks of documents and the manifest, under {@code search/FOLDER/}. The
   * manifest's id is a digest of the files' contents, inflated; shards and chunks are deflated when
   * they are written (or, in the dev server, asked for).
   */
  private static List<OutputFile> files(Language lang, Documents documents, Bytes[] shards) {
    List<byte[]> chunks = documents.all();
    String folder = "search/" + lang.folder() + "/";
    List<OutputFile> files = new ArrayList<>(shards.length + chunks.size() + 1);
    CRC32C digest = new CRC32C();
    for (int s = 0; s < shards.length; s++) {
      byte[] shard = shards[s] == null ? new byte[0] : shards[s].toArray();
      digest.update(shard);
      files.add(
          OutputFile.deferred(
              folder + "tokens/" + s + ".bin", () -> deflate(shard, SHARD_DEFLATER.get())));
    }
    for (int c = 0; c < chunks.size(); c++) {
      byte[] chunk = chunks.get(c);
      digest.update(chunk);
      files.add(
          OutputFile.deferred(folder + "docs/" + c + ".bin", () -> deflate(chunk, DEFLATER.get())));
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

  /** {@code bytes} deflated in the zlib format, which DecompressionStream("deflate") reads. */
  static byte[] deflate(byte[] bytes, Deflater deflater) {
    deflater.reset();
    deflater.setInput(bytes);
    deflater.finish();
    Bytes out = new Bytes(bytes.length / 2 + 64);
    while (!deflater.finished()) {
      if (out.size == out.bytes.length) {
        out.bytes = Arrays.copyOf(out.bytes, out.bytes.length * 2);
      }
      out.size += deflater.deflate(out.bytes, out.size, out.bytes.length - out.size);
    }
    return out.toArray();
  }

  /** A growing array of bytes. */
  private static final class Bytes {
    byte[] bytes;
    int size;

    Bytes(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    Bytes append(int b) {
      room(1);
      bytes[size++] = (byte) b;
      return this;
    }

    Bytes append(byte[] from, int start, int length) {
      room(length);
      System.arraycopy(from, start, bytes, size, length);
      size += length;
      return this;
    }

    /** {@code value} (not negative) as an unsigned LEB128 varint: 7 bits a byte, low first. */
    void varint(int value) {
      room(5);
      while ((value & ~0x7f) != 0) {
        bytes[size++] = (byte) (value & 0x7f | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    /** {@code text}'s length in UTF-8 as a varint, then its UTF-8 bytes. */
    void utf8(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length);
      append(utf8, 0, utf8.length);
    }

    byte[] toArray() {
      return Arrays.copyOf(bytes, size);
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

  /**
   * Where the tokenizer puts each token: {@code chars[start, end)}, and the token's hash as {@link
   * #hash} computes it, which the tokenizer works out as it reads the characters rather than the
   * table reading them once more.
   */
  interface Sink {
    void token(char[] chars, int start, int end, int hash);
  }

  /** {@code 31 * h + c} over {@code chars[start, end)}: {@link String#hashCode}'s sum. */
  static int hash(char[] chars, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    return hash;
  }

  /**
   * Words and CJK bigrams of {@code text}, as a query is split; must stay in step with search.js.
   */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    tokens(
        text,
        false,
        (chars, start, end, hash) -> tokens.add(new String(chars, start, end - start)));
    return tokens;
  }

  /**
   * The tokens a document is indexed by: those of {@link #tokens}, and the last character of each
   * run of CJK characters on its own. Every character of a run then starts a token, so a
   * one-character query finds the documents that contain it among the tokens it starts.
   */
  public static List<String> indexTokens(String text) {
    List<String> tokens = new ArrayList<>();
    tokens(
        text, true, (chars, start, end, hash) -> tokens.add(new String(chars, start, end - start)));
    return tokens;
  }

  /**
   * Splits NFKC-normalised, lower-cased text: a word is a run of letters and digits, a run of CJK
   * characters gives its overlapping pairs (or the one character of a run of one). Every token is a
   * part of the normalised text, handed on by its bounds.
   */
  static void tokens(String text, boolean runEnds, Sink out) {
    char[] chars = normalized(text);
    tokens(chars, chars.length, runEnds, out);
  }

  /** As {@link #tokens(String, boolean, Sink)}, of {@code chars[0, length)}, normalised already. */
  private static void tokens(char[] chars, int length, boolean runEnds, Sink out) {
    int word = -1;
    int wordHash = 0;
    int run = -1;
    int previous = -1;
    int characters = 0;
    for (int i = 0; i < length; ) {
      int c = chars[i];
      if (Character.isHighSurrogate((char) c)) {
        c = Character.codePointAt(chars, i);
      }
      int next = i + Character.charCount(c);
      boolean cjk = c >= 0x80 && isCjk(c);
      if (cjk) {
        if (word >= 0) {
          out.token(chars, word, i, wordHash);
          word = -1;
        }
        if (run < 0) {
          run = i;
          characters = 0;
        } else {
          out.token(chars, previous, next, hash(chars, previous, next));
        }
        characters++;
        previous = i;
      } else {
        if (run >= 0) {
          if (characters == 1 || runEnds) {
            out.token(chars, previous, i, hash(chars, previous, i));
          }
          run = -1;
        }
        if (c < 0x80
            ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
            : Character.isLetterOrDigit(c)) {
          if (word < 0) {
            word = i;
            wordHash = 0;
          }
          wordHash =
              next - i == 1 ? 31 * wordHash + c : 31 * (31 * wordHash + chars[i]) + chars[i + 1];
        } else if (word >= 0) {
          out.token(chars, word, i, wordHash);
          word = -1;
        }
      }
      i = next;
    }
    if (word >= 0) {
      out.token(chars, word, length, wordHash);
    }
    if (run >= 0 && (characters == 1 || runEnds)) {
      out.token(chars, previous, length, hash(chars, previous, length));
    }
  }

  /**
   * {@code text} in NFKC and lower case ({@link Locale#ROOT}), as characters. Most text is ASCII,
   * CJK ideographs, Hangul syllables, full-width ASCII (！，Ａ: NFKC's ASCII) and the common CJK
   * punctuation, none of which NFKC composes with another: such text is mapped character by
   * character as it is read, several times faster than Normalizer and toLowerCase, which map any
   * other text.
   */
  static char[] normalized(String text) {
    char[] chars = text.toCharArray();
    return normalizedInPlace(chars, chars.length) ? chars : normalizedFully(text);
  }

  /**
   * Maps {@code chars[0, length)} as {@link #normalized} does, in place, if each character can be
   * mapped on its own (indexing an array is several times cheaper than charAt); false, with the
   * characters partly mapped, if they cannot.
   */
  private static boolean normalizedInPlace(char[] chars, int length) {
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (c >= 0xff01 && c <= 0xff5e) {
        c -= 0xfee0; // full-width ASCII
      }
      if (c < 0x80) {
        chars[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c >= 0x4e00 && c <= 0x9fff
          || c >= 0xac00 && c <= 0xd7a3
          || c >= 0x3001 && c <= 0x3002
          || c >= 0x3008 && c <= 0x3011
          || c >= 0x2018 && c <= 0x201d
          || c == 0x2014) {
        chars[i] = c;
      } else {
        return false;
      }
    }
    return true;
  }

  private static char[] normalizedFully(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).toCharArray();
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

  /**
   * Distinct tokens, each with a count: an open-addressing table over the tokenizer's bounds, so
   * that a token already seen costs a hash and a comparison, and no new string. As a {@link Sink},
   * it counts how often each token is handed to it.
   */
  private static class Table implements Sink {
    /** The tokens' characters one after the other: token t is pool[starts[t], starts[t + 1]). */
    char[] pool;

    int[] starts;

    /** Per token: how often it was handed to {@link #token(char[], int, int)}, or else. */
    int[] counts;

    int count;

    /** Slot → the hash of the token there (high half) and its number + 1 (low half; 0: empty). */
    long[] slots;

    /** Token → its slot: what {@link #clear} empties, rather than every slot. */
    int[] slotOf;

    /** Room for {@code capacity} tokens (a power of two) before it grows. */
    Table(int capacity) {
      pool = new char[capacity * 8];
      starts = new int[capacity + 1];
      counts = new int[capacity];
      slotOf = new int[capacity];
      slots = new long[capacity * 2];
    }

    @Override
    public void token(char[] text, int start, int end, int sum) {
      int t = find(text, start, end, spread(sum)); // first: it may replace counts
      counts[t]++;
    }

    /** The slot's hash of a token whose {@link SearchIndex#hash} is {@code sum}. */
    static int spread(int sum) {
      int hash = sum * 0x9e3779b9; // Fibonacci hashing spreads near-equal hashes (bigrams) apart
      return hash ^ hash >>> 15;
    }

    /**
     * The number of the token {@code text[start, end)}, a new one if it is new; {@code hash} is its
     * {@link #spread} hash.
     */
    final int find(char[] text, int start, int end, int hash) {
      int mask = slots.length - 1;
      int slot = hash & mask;
      for (long entry; (entry = slots[slot]) != 0; slot = (slot + 1) & mask) {
        int t = (int) entry - 1;
        if ((int) (entry >>> 32) == hash && same(t, text, start, end)) {
          return t;
        }
      }
      int t = count++;
      if (t == counts.length) {
        starts = Arrays.copyOf(starts, t * 2 + 1);
        counts = Arrays.copyOf(counts, t * 2);
        slotOf = Arrays.copyOf(slotOf, t * 2);
      }
      int from = starts[t];
      if (from + end - start > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, from + end - start));
      }
      System.arraycopy(text, start, pool, from, end - start);
      starts[t + 1] = from + end - start;
      slots[slot] = (long) hash << 32 | (t + 1);
      slotOf[t] = slot;
      if (count * 3 > slots.length * 2) {
        rehash();
      }
      return t;
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

    String token(int t) {
      return new String(pool, starts[t], starts[t + 1] - starts[t]);
    }

    /** Forgets every token, keeping the arrays. */
    void clear() {
      for (int t = 0; t < count; t++) {
        slots[slotOf[t]] = 0;
      }
      Arrays.fill(counts, 0, count, 0);
      count = 0;
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
          slotOf[(int) entry - 1] = slot;
        }
      }
    }
  }

  /**
   * The tokens of a language, each counting the documents it is in, and a log of each document's
   * tokens with their counts, in the order the documents come (ascending numbers). The postings are
   * made from the log at the end, in one pass: appending to a list per token as documents come
   * touches memory all over a large vocabulary for every token of every document.
   */
  private static final class Vocabulary extends Table {
    private static final int LOG_SHIFT = 16;
    private static final int LOG_BLOCK = 1 << LOG_SHIFT;
    private static final int LOG_MASK = LOG_BLOCK - 1;

    /**
     * Per document, its tokens and their counts: token, count, token, count… in blocks of {@code
     * LOG_BLOCK} ints (entry k is {@code log[k >>> LOG_SHIFT][k & LOG_MASK]}), so that it grows
     * without being copied: it is the largest array of the index.
     */
    int[][] log = new int[16][];

    int logSize;

    /** Each document's number and where its tokens end in the log. */
    int[] docs = new int[256];

    int[] logEnds = new int[256];
    int documents;

    Vocabulary(int capacity) {
      super(capacity);
    }

    /** Document {@code doc}'s tokens, after every document with a smaller number. */
    void add(int doc, Indexed indexed) {
      int[] ends = indexed.ends();
      for (int t = 0, start = 0; t < ends.length; start = ends[t++]) {
        int token = find(indexed.pool(), start, ends[t], indexed.hashes()[t]);
        counts[token]++;
        log(token);
        log(indexed.counts()[t]);
      }
      if (documents == docs.length) {
        docs = Arrays.copyOf(docs, documents * 2);
        logEnds = Arrays.copyOf(logEnds, documents * 2);
      }
      docs[documents] = doc;
      logEnds[documents++] = logSize;
    }

    private void log(int value) {
      int block = logSize >>> LOG_SHIFT;
      if (block == log.length) {
        log = Arrays.copyOf(log, block * 2);
      }
      if (log[block] == null) {
        log[block] = new int[LOG_BLOCK];
      }
      log[block][logSize++ & LOG_MASK] = value;
    }

    private int logged(int k) {
      return log[k >>> LOG_SHIFT][k & LOG_MASK];
    }

    /**
     * Every token's documents, in ascending order, and its count in each: {docs, counts}, token t's
     * from {@code counts[t - 1]} (0 for the first) to {@code counts[t]}, which this turns from the
     * number of the token's documents into where its postings end.
     */
    int[][] postings() {
      int[] fill = new int[count];
      for (int t = 0, end = 0; t < count; t++) {
        fill[t] = end;
        end += counts[t];
        counts[t] = end;
      }
      int[] docNumbers = new int[logSize / 2];
      int[] tokenCounts = new int[logSize / 2];
      for (int d = 0, k = 0; d < documents; d++) {
        for (; k < logEnds[d]; k += 2) {
          int at = fill[logged(k)]++;
          docNumbers[at] = docs[d];
          tokenCounts[at] = logged(k + 1);
        }
      }
      return new int[][] {docNumbers, tokenCounts};
    }
  }
}
