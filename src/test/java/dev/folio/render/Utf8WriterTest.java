package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  private static final String TEXT = "Folio 报告 · AIGC 🤖 数据 \u00e9t\u00e9 <a href=\"x\">";

  @Test
  void writesWhatStringEncodingWrites() throws IOException {
    Utf8Writer out = new Utf8Writer();
    out.write(TEXT);
    assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), out.toBytes());
  }

  @Test
  void aSurrogatePairSplitBetweenWritesIsOneCharacter() {
    for (int cut = 0; cut <= TEXT.length(); cut++) {
      Utf8Writer out = new Utf8Writer();
      out.write(TEXT, 0, cut);
      char[] rest = TEXT.substring(cut).toCharArray();
      for (char c : rest) {
        out.write(c);
      }
      assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), out.toBytes(), "cut at " + cut);
    }
  }

  @Test
  void textAlreadyEncodedIsWrittenAsIsOrAfterAPendingSurrogate() throws IOException {
    String fragment = "报告 <li>";
    byte[] utf8 = fragment.getBytes(StandardCharsets.UTF_8);
    Utf8Writer out = new Utf8Writer(16);
    out.write("a ");
    for (int i = 0; i < 8; i++) {
      out.writeUtf8(utf8, fragment);
    }
    assertArrayEquals(("a " + fragment.repeat(8)).getBytes(StandardCharsets.UTF_8), out.toBytes());

    // A high surrogate left by the last write has no pair in the fragment: "?" as getBytes does.
    Utf8Writer split = new Utf8Writer();
    split.write("x\ud83e");
    split.writeUtf8(utf8, fragment);
    assertArrayEquals(("x\ud83e" + fragment).getBytes(StandardCharsets.UTF_8), split.toBytes());
  }

  @Test
  void growsPastItsFirstBuffer() {
    String page = TEXT.repeat(2000);
    Utf8Writer out = new Utf8Writer();
    for (int i = 0; i < page.length(); i += 997) {
      out.write(page, i, Math.min(997, page.length() - i));
    }
    assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.toBytes());
  }

  @Test
  void aLoneHighSurrogateAtTheEndIsAQuestionMarkAsStringEncodingMakesIt() throws IOException {
    String lone = "ab\ud83e";
    Utf8Writer out = new Utf8Writer();
    out.write(lone);
    assertArrayEquals(lone.getBytes(StandardCharsets.UTF_8), out.toBytes());
  }

  @Test
  void writtenToAStreamTheBytesAreThoseToBytesGivesLoneSurrogateIncluded() throws IOException {
    String text = TEXT + "ab\ud83e";
    Utf8Writer out = new Utf8Writer(16);
    out.write(text);
    java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
    out.writeTo(stream);
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), stream.toByteArray());
  }

  @Test
  void encodesCharacterArraysAsStringEncodingDoesEvenWithLoneSurrogates() {
    String text = TEXT + "x\udc00y\ud83e\ud83ez\u07ff\u0800\uffff" + TEXT;
    Utf8Writer out = new Utf8Writer();
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i += 3) {
      out.write(chars, i, Math.min(3, chars.length - i));
    }
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toBytes());
  }

  @Test
  void aClearedWriterWritesTheNextFileFromTheStart() throws IOException {
    Utf8Writer out = new Utf8Writer(16);
    out.write(TEXT.repeat(10));
    out.write("\ud83e".toCharArray(), 0, 1);
    assertTrue(out.clear());
    out.write(TEXT);
    assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), out.toBytes());
  }
}
