package dev.folio.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the files of a search index as {@code search.js} does (docs/theme.md, "The search index"):
 * a shard's tokens with their postings, a chunk's documents. Written from the documented format,
 * not from {@code SearchIndex}'s code, so that a test of the two disagrees when they do.
 */
public final class SearchFiles {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SearchFiles() {}

  /** A token's documents (ascending numbers) and its count in each. */
  public record Postings(int[] docs, int[] counts) {}

  /** {@code deflated} (zlib format) inflated. */
  public static byte[] inflate(byte[] deflated) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflated);
      ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 3);
      byte[] buffer = new byte[16 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new AssertionError("a deflated file ends early");
        }
        out.write(buffer, 0, n);
      }
      if (inflater.getRemaining() != 0) {
        throw new AssertionError(inflater.getRemaining() + " bytes after the deflated data");
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new AssertionError("not zlib data: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** The tokens of a shard file ({@code tokens/K.bin}), in the file's order, with postings. */
  public static Map<String, Postings> shard(byte[] deflated) {
    byte[] bytes = inflate(deflated);
    Map<String, Postings> tokens = new LinkedHashMap<>();
    int[] at = {0};
    while (at[0] < bytes.length) {
      int length = varint(bytes, at);
      String token = new String(bytes, at[0], length, StandardCharsets.UTF_8);
      at[0] += length;
      int n = varint(bytes, at);
      int[] docs = new int[n];
      for (int i = 0, doc = 0; i < n; i++) {
        doc += varint(bytes, at);
        docs[i] = doc;
      }
      int[] counts = new int[n];
      for (int i = 0; i < n; i++) {
        counts[i] = varint(bytes, at);
      }
      if (tokens.put(token, new Postings(docs, counts)) != null) {
        throw new AssertionError("token " + token + " twice in one shard");
      }
    }
    return tokens;
  }

  /** The documents of a chunk file ({@code docs/C.bin}): a JSON array of arrays. */
  public static JsonNode chunk(byte[] deflated) {
    return JSON.readTree(inflate(deflated));
  }

  private static int varint(byte[] bytes, int[] at) {
    int value = 0;
    for (int shift = 0; ; shift += 7) {
      byte b = bytes[at[0]++];
      value |= (b & 0x7f) << shift;
      if (b >= 0) {
        return value;
      }
    }
  }
}
