package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BaseUrlTest {
  @Test
  void pathsAreNormalisedToStartAndEndWithASlash() {
    assertThat(BaseUrl.parse("/").url("zh/")).isEqualTo("/zh/");
    assertThat(BaseUrl.parse("repo").url("zh/")).isEqualTo("/repo/zh/");
    assertThat(BaseUrl.parse("/repo").url("")).isEqualTo("/repo/");
    assertThat(BaseUrl.parse("").path()).isEqualTo("/");
  }

  @Test
  void aFullUrlKeepsItsOriginForCanonicalLinks() {
    BaseUrl base = BaseUrl.parse("https://owner.github.io/repo");
    assertThat(base.originIfKnown()).contains("https://owner.github.io");
    assertThat(base.url("en/x/")).isEqualTo("https://owner.github.io/repo/en/x/");
    assertThat(BaseUrl.parse("https://example.org").url("")).isEqualTo("https://example.org/");
  }

  @Test
  void somethingThatIsNotABasePathIsRejected() {
    assertThatThrownBy(() -> BaseUrl.parse("/a b/")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BaseUrl.parse("/x?y")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBaseThatBrowsersWouldReadAsAnotherSiteIsRejected() {
    // every link of the 404 page and every canonical link would go to evil.example (fuzz test)
    for (String other :
        new String[] {
          "//evil.example/",
          "/\\evil.example/",
          "\\\\evil.example",
          "/\t/evil.example/",
          "/\n/evil.example",
          "https://owner.github.io//evil.example/"
        }) {
      assertThatThrownBy(() -> BaseUrl.parse(other))
          .as(other)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(BaseUrl.parse("/a/b-c_d.e~f/%E4%B8%AD/").path())
        .isEqualTo("/a/b-c_d.e~f/%E4%B8%AD/");
  }
}
