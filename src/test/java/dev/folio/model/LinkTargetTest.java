package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Links read the way an author writes them: relative to the Markdown file on disk. */
class LinkTargetTest {
  private static LinkTarget parse(String href) {
    return LinkTarget.parse("content/en/guide/intro.md", "content/en/", "en", href);
  }

  @Test
  void aMarkdownFileOfTheSameLanguageIsAPageWithItsAnchor() {
    assertThat(parse("next.md")).isEqualTo(new LinkTarget.Page("guide/next", null));
    assertThat(parse("../index.md#模型")).isEqualTo(new LinkTarget.Page("index", "模型"));
    assertThat(parse("./deep/a%20b.md")).isEqualTo(new LinkTarget.Page("guide/deep/a b", null));
    assertThat(parse("a|b.md")).isEqualTo(new LinkTarget.Page("guide/a|b", null));
    assertThat(parse("a{b}.md")).isEqualTo(new LinkTarget.Page("guide/a{b}", null));
  }

  @Test
  void aFileUnderStaticIsAFileOfTheSite() {
    assertThat(parse("../../../static/files/report.pdf"))
        .isEqualTo(new LinkTarget.StaticFile("files/report.pdf", null));
  }

  @Test
  void anchorsAndAddressesOnTheWeb() {
    assertThat(parse("#section")).isEqualTo(new LinkTarget.SamePage("section"));
    assertThat(parse("https://example.org/x.md"))
        .isEqualTo(new LinkTarget.External("https://example.org/x.md"));
    assertThat(parse("mailto:a@b.c")).isEqualTo(new LinkTarget.External("mailto:a@b.c"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "/en/x/",
        "//evil.example/x",
        "javascript:alert(1)",
        "data:text/html,<b>x</b>",
        "file:///etc/passwd",
        "vbscript:x",
        "%zz.md",
        "a%e2%28.md",
        "?.md",
        "x.md?a=b",
        "../../zh/index.md",
        "../../../../out.md",
        "next",
        "next/",
        "../../data/x.csv",
        "a\u2028b.md",
        "a\u0000b.md",
        "tab\there.md"
      })
  void everythingElseIsInvalidWithAReasonAndAHint(String href) {
    LinkTarget target = parse(href);
    assertThat(target).as(href).isInstanceOf(LinkTarget.Invalid.class);
    LinkTarget.Invalid invalid = (LinkTarget.Invalid) target;
    assertThat(invalid.reason()).isNotBlank();
    assertThat(invalid.hint()).isNotBlank();
  }

  @Test
  void aSchemeIsOnlyWhatComesBeforeTheFirstColonIfItLooksLikeOne() {
    assertThat(parse("a:b.md"))
        .as("a: is a scheme, and not one a report uses")
        .isInstanceOf(LinkTarget.Invalid.class);
    assertThat(parse("./a:b.md")).isEqualTo(new LinkTarget.Page("guide/a:b", null));
    assertThat(parse("HTTPS://example.org")).isInstanceOf(LinkTarget.External.class);
  }

  @Test
  void aPageNamedWithoutMdSaysHowToWriteIt() {
    assertThat(((LinkTarget.Invalid) parse("next")).hint()).isEqualTo("write next.md");
  }

  @Test
  void aSourceAddressMustBeAWholeWebAddress() {
    assertThat(LinkTarget.isWebAddress("https://example.org/a?b#c")).isTrue();
    assertThat(LinkTarget.isWebAddress("HTTP://example.org")).isTrue();
    for (String bad :
        new String[] {
          null,
          "",
          "javascript:alert(1)",
          "data:text/html,x",
          "//evil.example",
          "https://",
          "https:///path",
          "https://a b",
          "https://a\u2028b",
          "ftp://example.org",
          "/local"
        }) {
      assertThat(LinkTarget.isWebAddress(bad)).as(String.valueOf(bad)).isFalse();
    }
  }
}
