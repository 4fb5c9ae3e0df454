package dev.folio.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page a reader may share has Open Graph and Twitter card tags whose image exists: a 1200×630
 * PNG drawn at build time. On the series fixture (a home, series pages, several reports, contents
 * and search pages) and the chart-kinds fixture (a page with charts, and chart pages).
 */
class ShareCardsTest {
  private static final String BASE = "https://example.org/folio/";
  @TempDir static Path dir;
  private static Path series;
  private static Path charts;

  @BeforeAll
  static void build() {
    series = dir.resolve("series");
    charts = dir.resolve("charts");
    Folio.buildFixture("series", series, "--base-url", BASE);
    Folio.buildFixture("chart-kinds", charts, "--base-url", BASE);
  }

  @Test
  void everySharedPageHasCardTagsWhoseImageIsA1200By630Png() throws IOException {
    for (Path site : List.of(series, charts)) {
      List<String> pages = pages(site);
      assertThat(pages).isNotEmpty();
      for (String path : pages) {
        Document page = Jsoup.parse(Files.readString(site.resolve(path), StandardCharsets.UTF_8));
        if (!page.select("meta[http-equiv=refresh], meta[name=robots]").isEmpty()) {
          continue; // a redirect, an embed page or the 404 page: never shared
        }
        String image = page.select("meta[property=og:image]").attr("content");
        assertThat(image).as(path).startsWith(BASE).endsWith("card.png");
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        assertThat(page.select("meta[name=twitter:card]").attr("content"))
            .isEqualTo("summary_large_image");
        assertThat(page.select("meta[property=og:title]").attr("content")).as(path).isNotBlank();
        assertThat(page.select("meta[property=og:url]").attr("content")).startsWith(BASE);
        assertThat(page.select("meta[property=og:locale]").attr("content"))
            .isIn("zh_CN", "en_GB", "en");
        assertThat(page.select("meta[property=og:locale:alternate]")).as(path).hasSize(1);
        Path png = site.resolve(image.substring(BASE.length()));
        assertThat(png).as(path + " → " + image).isRegularFile();
        BufferedImage card = ImageIO.read(png.toFile());
        assertThat(card.getWidth()).isEqualTo(1200);
        assertThat(card.getHeight()).isEqualTo(630);
      }
    }
  }

  @Test
  void aPageThatPlacesAChartShowsItsFirstChartOnItsCard() throws IOException {
    // The page of six charts and a page without one differ in how much of the card is drawn on.
    BufferedImage withChart = ImageIO.read(charts.resolve("en/card.png").toFile());
    BufferedImage without = ImageIO.read(series.resolve("en/outlook-2025/card.png").toFile());
    assertThat(inked(withChart)).isGreaterThan(2 * inked(without));
  }

  /** How many pixels are not white. */
  private static int inked(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
          count++;
        }
      }
    }
    return count;
  }

  private static List<String> pages(Path site) throws IOException {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site)) {
      walk.filter(p -> p.toString().endsWith(".html"))
          .forEach(p -> pages.add(site.relativize(p).toString().replace('\\', '/')));
    }
    return pages;
  }
}
