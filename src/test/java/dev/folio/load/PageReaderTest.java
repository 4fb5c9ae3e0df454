package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.model.Language;
import dev.folio.model.Page;
import dev.folio.model.Problems;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Where a page's front matter ends and its body starts, the problems of a broken fence, and the
 * links the page holds.
 */
class PageReaderTest {
  private static final Language EN = Language.of("en", "en", "English");

  private final Problems problems = new Problems();

  private Optional<Page> read(String text) {
    Schemas schemas = new Schemas(Path.of("."), List.of(EN), problems);
    return new PageReader(schemas, Set.of(), problems).read("content/en/p.md", "p", EN, "", text);
  }

  private List<String> messages() {
    return problems.list().stream().map(p -> p.pos() + ": " + p.message()).toList();
  }

  @Test
  void theBodyIsEverythingAfterTheClosingFenceAndStartsOnItsLine() {
    Page page = read("---\ntitle: T\norder: 1\n---\n# Head\n\ntext\n").orElseThrow();
    assertThat(page.title()).isEqualTo("T");
    assertThat(page.body()).isEqualTo("# Head\n\ntext\n");
    assertThat(page.bodyLength()).isEqualTo(page.body().length());
    assertThat(page.bodyLine()).isEqualTo(5);
    assertThat(messages()).isEmpty();
  }

  @Test
  void pagesReadFromTheSameTextAreEqualAndFromAnotherTextAreNot() {
    String text = "---\ntitle: T\norder: 1\n---\n正文 text\n";
    Page page = read(text).orElseThrow();
    assertThat(read(text)).contains(page);
    assertThat(read(text).orElseThrow()).hasSameHashCodeAs(page);
    assertThat(read(text)).isNotEqualTo(read(text + "more\n"));
  }

  @Test
  void fencesMayEndInACarriageReturnOrSpacesAndTheBodyMayBeEmpty() {
    Page page = read("--- \r\ntitle: T\r\norder: 1\r\n---\r").orElseThrow();
    assertThat(page.body()).isEmpty();
    assertThat(page.bodyLine()).isEqualTo(5);
  }

  @Test
  void aFrontMatterNotClosedOrMissingIsReportedAtTheFirstLine() {
    assertThat(read("---\ntitle: T\norder: 1\n")).isEmpty();
    assertThat(read("---")).isEmpty();
    assertThat(read("# No front matter\n---\n")).isEmpty();
    assertThat(messages())
        .hasSize(3)
        .allMatch(m -> m.startsWith("content/en/p.md:1:1: "))
        .anyMatch(m -> m.contains("the front matter is not closed"))
        .anyMatch(m -> m.contains("the page has no front matter"));
  }

  @Test
  void everyLinkAndImageIsFoundWithItsPositionInHeadingsTablesAndNotes() {
    Page page =
        read("---\ntitle: T\norder: 1\n---\n"
                + "## See [a](a.md)\n"
                + "\n"
                + "| x |\n|--|\n| ![i](../../static/i.png) [b](b.md#h) |\n"
                + "\n"
                + "```note\n"
                + "In a note, [c](https://example.com).\n"
                + "```\n")
            .orElseThrow();
    assertThat(page.links())
        .extracting(l -> l.pos() + " " + l.href() + (l.image() ? " image" : ""))
        .containsExactly(
            "content/en/p.md:5:8 a.md",
            "content/en/p.md:9:3 ../../static/i.png image",
            "content/en/p.md:9:28 b.md#h",
            "content/en/p.md:12:12 https://example.com");
  }
}
