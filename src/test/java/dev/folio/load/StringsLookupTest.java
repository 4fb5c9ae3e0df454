package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which built-in strings file a language's code finds. */
class StringsLookupTest {
  @Test
  void aCodeIsTriedWithItsLikelyScriptAndRegionAFileWithoutAScriptOnlyInItsOwn() {
    assertThat(StringsReader.lookupTags("zh-CN"))
        .containsExactly("zh-CN", "zh-Hans-CN", "zh-Hans", "zh");
    assertThat(StringsReader.lookupTags("en-GB"))
        .containsExactly("en-GB", "en-Latn-GB", "en-Latn", "en");
    assertThat(StringsReader.lookupTags("zh-Hans-SG"))
        .containsExactly("zh-Hans-SG", "zh-SG", "zh-Hans", "zh");
    assertThat(StringsReader.lookupTags("zh-TW"))
        .containsExactly("zh-TW", "zh-Hant-TW", "zh-Hant")
        .doesNotContain("zh");
    assertThat(StringsReader.lookupTags("zh-Hant"))
        .containsExactly("zh-Hant", "zh-Hant-TW", "zh-TW");
    assertThat(StringsReader.lookupTags("ja"))
        .containsExactly("ja", "ja-Jpan-JP", "ja-JP", "ja-Jpan");
    assertThat(StringsReader.lookupTags("sr-Latn")).doesNotContain("sr");
  }

  /** The theme's file each code gets, or "none"; each built-in extension's is named alike. */
  @ParameterizedTest
  @CsvSource({
    "zh-CN, zh",
    "zh, zh",
    "zh-Hans, zh",
    "zh-SG, zh",
    "zh-TW, zh-Hant",
    "zh-HK, zh-Hant",
    "zh-MO, zh-Hant",
    "zh-Hant, zh-Hant",
    "zh-Hant-TW, zh-Hant",
    "en-GB, en",
    "en, en",
    "ja-JP, ja",
    "ko-KR, ko",
    "fr-CA, fr",
    "de-AT, de",
    "es-419, es",
    "pt-BR, pt",
    "pt-PT, pt",
    "ru, ru",
    "ar-EG, ar",
    "ar, ar",
    "sr-Latn, none",
    "sw, none",
  })
  void theThemeFileOfEachCode(String code, String file) {
    assertThat(found("/dev/folio/theme/i18n/", code)).isEqualTo(file);
    // The built-in extensions have a file for every language the theme has, named alike.
    assertThat(found("/dev/folio/extensions/inference/i18n/", code)).isEqualTo(file);
    assertThat(found("/dev/folio/extensions/growth/i18n/", code)).isEqualTo(file);
  }

  private static String found(String folder, String code) {
    Optional<String> found =
        StringsReader.lookupTags(code).stream()
            .filter(tag -> StringsLookupTest.class.getResource(folder + tag + ".yaml") != null)
            .findFirst();
    return found.orElse("none");
  }
}
