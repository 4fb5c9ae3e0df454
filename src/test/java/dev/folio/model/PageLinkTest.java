package dev.folio.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageLinkTest {
  @Test
  void aLinkToAMarkdownFileNamesThePageAndItsAnchor() {
    assertThat(PageLink.parse("index", "llm-models.md")).contains(new PageLink("llm-models", null));
    assertThat(PageLink.parse("index", "llm-models.md#模型")).contains(new PageLink("llm-models", "模型"));
    assertThat(PageLink.parse("guide/a", "b.md")).contains(new PageLink("guide/b", null));
    assertThat(PageLink.parse("guide/a", "../c.md")).contains(new PageLink("c", null));
  }

  @Test
  void externalLinksAnchorsAndFilesAreNotPageLinks() {
    assertThat(PageLink.parse("index", "https://example.org/x.md")).isEmpty();
    assertThat(PageLink.parse("index", "#section")).isEmpty();
    assertThat(PageLink.parse("index", "../data/x.csv")).isEmpty();
    assertThat(PageLink.parse("index", "mailto:a@b.c")).isEmpty();
  }
}
