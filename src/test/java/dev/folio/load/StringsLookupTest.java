package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which built-in strings file a language's code finds. */
class StringsLookupTest {
  @Test
  void aRegionFallsBackToTheLanguageAScriptOnlyToAFileInThatScript() {
    assertThat(StringsReader.lookupTags("zh-CN")).containsExactly("zh-CN", "zh");
    assertThat(StringsReader.lookupTags("en-GB")).containsExactly("en-GB", "en");
    assertThat(StringsReader.lookupTags("zh-Hans")).containsExactly("zh-Hans", "zh");
    assertThat(StringsReader.lookupTags("zh-Hans-SG"))
        .containsExactly("zh-Hans-SG", "zh-Hans", "zh");
    assertThat(StringsReader.lookupTags("zh-Hant")).containsExactly("zh-Hant");
    assertThat(StringsReader.lookupTags("zh-Hant-TW")).containsExactly("zh-Hant-TW", "zh-Hant");
    assertThat(StringsReader.lookupTags("ja")).containsExactly("ja");
  }
}
