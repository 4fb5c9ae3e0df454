package dev.folio.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassPathFolderTest {
  @Test
  void readsEveryFileOfAFolderByItsRelativePath() {
    Map<String, byte[]> strings = ClassPathFolder.files("/dev/folio/theme/i18n");
    assertThat(strings).containsKeys("en.yaml", "zh.yaml");
    assertThat(new String(strings.get("en.yaml"), StandardCharsets.UTF_8)).isNotBlank();
  }

  @Test
  void aFolderReadAheadIsTheFolderReadLater() {
    String folder = "/dev/folio/theme/assets";
    ClassPathFolder.readAhead(folder);
    Map<String, byte[]> read = ClassPathFolder.files(folder);
    assertThat(read).isNotEmpty().isSameAs(ClassPathFolder.files(folder));
    ClassPathFolder.readAhead(folder); // read: nothing starts
    assertThat(ClassPathFolder.files(folder)).isSameAs(read);
  }

  @Test
  void aMissingFolderReadAheadIsEmptyWhenAskedFor() {
    ClassPathFolder.readAhead("/dev/folio/no-such-folder");
    assertThat(ClassPathFolder.files("/dev/folio/no-such-folder")).isEmpty();
  }
}
