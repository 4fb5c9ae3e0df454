package dev.folio.testing;

import dev.folio.serve.DevServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium (Debian's {@code chromium} + {@code chromedriver}, or the ones named by
 * {@code FOLIO_CHROME} / {@code FOLIO_CHROMEDRIVER}) looking at a built site served on 127.0.0.1. A
 * missing browser fails the test: browser tests never skip.
 */
public final class Browser implements AutoCloseable {
  private final Path site;
  private final DevServer server;
  private final ChromeDriver driver;
  private final Path profile;
  private Path builtProject;

  private Browser(Path site) throws IOException {
    this.site = site;
    String chrome = env("FOLIO_CHROME", "/usr/bin/chromium");
    String chromedriver = env("FOLIO_CHROMEDRIVER", "/usr/bin/chromedriver");
    if (!Files.isExecutable(Path.of(chrome)) || !Files.isExecutable(Path.of(chromedriver))) {
      throw new AssertionError(
          "browser tests need Chromium and chromedriver: install them with"
              + " `apt-get install -y chromium chromium-driver` (looked for "
              + chrome
              + " and "
              + chromedriver
              + ")");
    }
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    server = DevServer.withoutLiveReload(site, 0);
    server.start();
    profile = Files.createTempDirectory("folio-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chrome);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--disable-quic",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  /** Serves {@code site} and opens a browser on it. Share one per test class: it takes ~1.5 s. */
  public static Browser open(Path site) {
    try {
      return new Browser(site);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds fixture {@code name} of {@code src/test/resources/sites/} into a temporary folder and
   * opens a browser on it; {@link #close()} deletes the folder. The usual set-up of a browser test
   * class, most often on {@code report}, the frozen copy of the report.
   */
  public static Browser openFixture(String name) {
    try {
      Path dir = Files.createTempDirectory("folio-browser-site-");
      Folio.buildFixture(name, dir.resolve("site"));
      Browser browser = open(dir.resolve("site"));
      browser.builtProject = dir;
      return browser;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The folder being served. */
  public Path site() {
    return site;
  }

  /** Every page of every language as a site path ({@code zh/}, {@code en/llm-models/}, …). */
  public List<String> pages() {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.getFileName().toString().equals("index.html"))
          .map(p -> site.relativize(p.getParent()).toString().replace('\\', '/'))
          .filter(p -> !p.isEmpty())
          .map(p -> p + "/")
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The URL of a site path, e.g. {@code zh/llm-models/}. */
  public String url(String sitePath) {
    return "http://127.0.0.1:" + server.port() + "/" + sitePath;
  }

  /** Opens a site path in a window {@code width} CSS pixels wide. */
  public void show(String sitePath, int width) {
    driver.manage().window().setSize(new Dimension(width, 900));
    driver.get(url(sitePath));
  }

  /** Saves a full-page screenshot under target/screenshots/ for review. */
  public Path screenshot(String name) {
    try {
      Object height =
          driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
      Dimension size = driver.manage().window().getSize();
      driver
          .manage()
          .window()
          .setSize(
              new Dimension(size.getWidth(), Math.min(8000, ((Number) height).intValue() + 100)));
      Path file = Folio.projectDir().resolve("target/screenshots").resolve(name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      driver.manage().window().setSize(size);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.close();
      try {
        TestSites.deleteTree(profile);
        if (builtProject != null) {
          TestSites.deleteTree(builtProject);
        }
      } catch (UncheckedIOException ignored) {
        // Chromium may still be releasing files; the temp folder is cleaned by the OS.
      }
    }
  }
}
