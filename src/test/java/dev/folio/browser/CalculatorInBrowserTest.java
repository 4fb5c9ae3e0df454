package dev.folio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.extensions.inference.calculator.CalculatorVectors;
import dev.folio.testing.Browser;
import dev.folio.testing.Folio;
import dev.folio.testing.InBrowser;
import dev.folio.testing.NeedsNpm;
import dev.folio.testing.NeedsTeaVm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live cost calculator in a real browser: the cost model compiled to JavaScript gives the Java
 * results to 1e-9 (through {@code folioCost} for every parity vector, through the form for a typed
 * subset, and for every scenario of the site's tables); bad inputs are marked beside their field;
 * the address keeps a scenario; the page without JavaScript still has the tables. Also measures the
 * script's size and the time to the first result.
 */
@InBrowser
@NeedsTeaVm
@NeedsNpm
class CalculatorInBrowserTest {
  private static final double TOLERANCE = 1e-9;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Results the page shows as outputs (the step counts only appear in sentences). */
  private static final List<String> SHOWN =
      List.of(
          "usdPerRequest",
          "usdPerThousandOutputTokens",
          "requestSeconds",
          "outputTokensPerSecond",
          "firstDecodeStepSeconds",
          "meanDecodeStepSeconds",
          "decodeBound",
          "requiredBytes",
          "parameters",
          "weightBytes",
          "kvBytesPerToken",
          "availableBytes",
          "prefillSeconds",
          "decodeSeconds",
          "effectiveFlops",
          "effectiveBandwidth",
          "ridgePoint",
          "criticalBatch");

  private static final List<String> PRICED =
      List.of(
          "usdPerRequest",
          "usdPerThousandOutputTokens",
          "requestSeconds",
          "outputTokensPerSecond",
          "firstDecodeStepSeconds",
          "meanDecodeStepSeconds",
          "decodeBound",
          "prefillSeconds",
          "decodeSeconds");

  /** How many vectors to type into the form field by field (all go through the bridge). */
  private static final int TYPED = 32;

  @TempDir static Path dir;
  static Path site;
  static Browser browser;
  static List<CalculatorVectors.Vector> vectors;

  /** The largest relative difference between the browser and Java, for the record. */
  static double largestDifference;

  @BeforeAll
  static void buildAndOpen() {
    site = dir.resolve("site");
    Folio.buildFixture("report", site);
    vectors = CalculatorVectors.forSite(site);
    CalculatorVectors.export(vectors, Folio.projectDir().resolve("target/calculator/vectors.json"));
    browser = Browser.open(site);
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    System.out.println(
        "calculator parity: largest relative difference browser vs Java = " + largestDifference);
  }

  @AfterEach
  void javaScriptBackOn() {
    scripts(true);
    browser
        .driver()
        .executeCdpCommand(
            "Emulation.setEmulatedMedia",
            Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
  }

  private static void scripts(boolean enabled) {
    browser
        .driver()
        .executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
  }

  private void open(String path, int width) {
    browser.show(path, width);
    waitForFirstResult();
  }

  private void waitForFirstResult() {
    waiting().until(d -> state() != null);
  }

  // ---- Parity ---------------------------------------------------------------------------------

  @Test
  @SuppressWarnings("unchecked")
  void theCompiledModelGivesTheJavaResultsForEveryVector() {
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(200);
    open("en/calculator/", 1280);
    List<Map<String, Object>> inputs =
        vectors.stream().map(CalculatorVectors.Vector::inputs).toList();
    List<Map<String, Object>> results =
        (List<Map<String, Object>>)
            browser
                .driver()
                .executeScript("return arguments[0].map((inputs) => folioCost(inputs));", inputs);
    assertThat(results).hasSameSizeAs(vectors);
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < vectors.size(); i++) {
      CalculatorVectors.Vector vector = vectors.get(i);
      mismatches.addAll(compare(vector.id(), vector.expected(), results.get(i), true));
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCompiledModelNamesTheBadInputLikeJava() {
    open("en/calculator/", 1280);
    CalculatorVectors.Vector valid =
        vectors.stream().filter(CalculatorVectors.Vector::fits).findFirst().orElseThrow();
    for (CalculatorVectors.Invalid invalid : CalculatorVectors.invalid(valid)) {
      Map<String, Object> result =
          (Map<String, Object>)
              browser.driver().executeScript("return folioCost(arguments[0]);", invalid.inputs());
      assertThat(result)
          .as(invalid.id())
          .containsEntry("ok", false)
          .containsEntry("error", invalid.field())
          .doesNotContainKey("fits");
      assertThat((String) result.get("message")).as(invalid.id()).isNotBlank();
    }
  }

  @Test
  void typedIntoTheFormTheResultsMatchJava() {
    List<CalculatorVectors.Vector> enterable =
        vectors.stream().filter(CalculatorVectors.Vector::enterable).toList();
    List<CalculatorVectors.Vector> typed = new ArrayList<>();
    int step = Math.max(1, enterable.size() / TYPED);
    for (int i = 0; i < enterable.size() && typed.size() < TYPED; i += step) {
      typed.add(enterable.get(i));
    }
    assertThat(typed)
        .anyMatch(v -> !v.fits())
        .anyMatch(v -> v.fits() && v.computeBound())
        .anyMatch(v -> v.model().id() == null)
        .anyMatch(v -> v.model().kvHeads() < v.model().heads());
    open("zh/calculator/", 1280);
    List<String> mismatches = new ArrayList<>();
    for (CalculatorVectors.Vector vector : typed) {
      enter(vector);
      assertThat(state()).as(vector.id()).isEqualTo(vector.fits() ? "priced" : "does-not-fit");
      mismatches.addAll(compare(vector.id() + " (typed)", vector.expected(), shown(), false));
      assertNoNaNOrInfinity();
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void everyScenarioOfTheSitesTablesGivesTheTablesNumbers() throws IOException {
    open("en/calculator/", 1280);
    Map<String, JsonNode> rows = new LinkedHashMap<>();
    JSON.readTree(Files.readString(site.resolve("data/cost-estimates.json")))
        .get("rows")
        .forEach(row -> rows.put(row.get("scenario").asString(), row));
    Select scenarios = new Select(browser.driver().findElement(By.id("calc-scenario")));
    List<String> ids =
        scenarios.getOptions().stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> !v.isEmpty())
            .toList();
    assertThat(ids).containsExactlyElementsOf(rows.keySet());
    List<String> mismatches = new ArrayList<>();
    for (String id : ids) {
      scenarios.selectByValue(id);
      settled(Map.of());
      JsonNode row = rows.get(id);
      Map<String, Object> shown = shown();
      Map<String, Object> table = new LinkedHashMap<>();
      table.put("requiredBytes", row.get("memoryNeeded").asDouble() * 1e9);
      table.put("availableBytes", row.get("memoryAvailable").asDouble() * 1e9);
      if (row.get("fit").asString().equals("fits")) {
        table.put("firstDecodeStepSeconds", row.get("timePerToken").asDouble());
        table.put("requestSeconds", row.get("requestTime").asDouble());
        table.put("outputTokensPerSecond", row.get("tokensPerSecond").asDouble());
        table.put("usdPerRequest", row.get("usdPerRequest").asDouble());
        table.put("usdPerThousandOutputTokens", row.get("usdPerThousandTokens").asDouble());
        table.put("decodeBound", row.get("bound").asString());
      } else {
        assertThat(state()).as(id).isEqualTo("does-not-fit");
        PRICED.forEach(key -> assertThat(shown.get(key)).as(id + " " + key).isNull());
      }
      mismatches.addAll(compare(id + " (table)", table, shown, false));
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aMillionDecodeStepsAreSummedExactlyAsInJava() {
    CalculatorVectors.Model model =
        CalculatorVectors.models(site).stream()
            .filter(m -> m.id().equals("llama-3-8b"))
            .findFirst()
            .orElseThrow();
    CalculatorVectors.Accelerator b200 =
        CalculatorVectors.accelerators(site).stream()
            .filter(a -> a.id().equals("b200"))
            .findFirst()
            .orElseThrow();
    CalculatorVectors.Vector vector =
        new CalculatorVectors.Vector("million", model, b200, 8, 2, 1, 0, 1_000_000, 30, 85, 1);
    assertThat(vector.fits()).isTrue();
    open(
        "en/calculator/?model=llama-3-8b&accelerator=b200&acceleratorCount=8&promptTokens=0"
            + "&outputTokens=1000000&batchSize=1",
        1280);
    assertThat(state()).isEqualTo("priced");
    assertThat(compare("million", vector.expected(), shown(), false)).isEmpty();
    // Typing into such a scenario waits for a pause, then shows the new result (type() waits
    // until the page says the results shown were computed from batchSize=2).
    type(input("batchSize"), "2");
    assertThat(state()).isEqualTo("priced");
    vector =
        new CalculatorVectors.Vector("million-b2", model, b200, 8, 2, 2, 0, 1_000_000, 30, 85, 1);
    assertThat(compare("million-b2", vector.expected(), shown(), false)).isEmpty();
  }

  // ---- Validation -----------------------------------------------------------------------------

  @Test
  void aBadValueIsMarkedBesideItsFieldAndNothingIsComputed() {
    open("en/calculator/", 1280);
    String[][] cases = {
      {"layers", "", "Enter a number."},
      {"layers", "-3", "Enter at least 1."},
      {"layers", "2.5", "Enter a whole number."},
      {"hiddenSize", "12k", "Enter a plain number, e.g. 1200."},
      {"hiddenSize", "99999999", "Enter at most 200,000."},
      {"kvHeads", "200", "At most as many as the attention heads."},
      {"utilisation", "0", "Enter more than 0."},
      {"bandwidthEfficiency", "120", "Enter at most 100."},
      {"usdPerAcceleratorHour", "-1", "Enter more than 0."},
      {"outputTokens", "1e9", "Enter at most 1,000,000."},
      {"batchSize", "Infinity", "Enter a plain number, e.g. 1200."},
      {"promptTokens", "NaN", "Enter a plain number, e.g. 1200."}
    };
    for (String[] c : cases) {
      WebElement input = input(c[0]);
      String before = input.getAttribute("value");
      type(input, c[1]);
      assertThat(input.getAttribute("aria-invalid")).as(c[0] + "=" + c[1]).isEqualTo("true");
      WebElement message = browser.driver().findElement(By.id("calc-" + c[0] + "-message"));
      assertThat(input.getAttribute("aria-describedby")).contains(message.getAttribute("id"));
      assertThat(message.getText()).as(c[0] + "=" + c[1]).isEqualTo(c[2]);
      assertThat(message.isDisplayed()).isTrue();
      assertThat(state()).isEqualTo("invalid");
      assertThat(shown()).as("no result while an input is wrong").isEmpty();
      assertNoNaNOrInfinity();
      type(input, before);
      assertThat(input.getAttribute("aria-invalid")).isNull();
      assertThat(message.getText()).isEmpty();
      assertThat(state()).isEqualTo("priced");
    }
  }

  @Test
  void messagesAreInThePagesLanguage() {
    open("zh/calculator/", 375);
    type(input("batchSize"), "0");
    assertThat(browser.driver().findElement(By.id("calc-batchSize-message")).getText())
        .isEqualTo("不能小于 1。");
    assertThat(browser.driver().findElement(By.cssSelector("[data-calc-status]")).getText())
        .isEqualTo("请先更正标出的输入，才能显示结果。");
    browser.screenshot("calculator_zh_invalid_375");
  }

  @Test
  void aScenarioThatDoesNotFitSaysSoAndHasNoPrice() {
    open("en/calculator/?batchSize=128", 1280);
    assertThat(state()).isEqualTo("does-not-fit");
    assertThat(browser.driver().findElement(By.cssSelector("[data-calc-status]")).getText())
        .isEqualTo(
            "Does not fit in memory: the weights and KV cache need 777.9 GB, the 8"
                + " accelerators have 640 GB. Not priced.");
    Map<String, Object> shown = shown();
    PRICED.forEach(key -> assertThat(shown).as(key).doesNotContainKey(key));
    assertThat(browser.driver().findElement(By.id("calc-out-usdPerRequest")).getText())
        .isEqualTo("—");
    assertThat((Double) shown.get("requiredBytes")).isEqualTo(777_925_951_488.0);
    assertNoNaNOrInfinity();
    browser.screenshot("calculator_en_does-not-fit_1280");
  }

  @Test
  void aTinyCostIsWrittenInTheLocalesDigitsWithoutAnExponent() {
    // US$0.012488 per request at US$1 per accelerator-hour: a thousandth of it once read
    // "US$1.249E-5"
    open("en/calculator/?usdPerAcceleratorHour=0.001", 1280);
    assertThat(output("usdPerRequest")).isEqualTo("US$0.00001249");
    assertThat(output("usdPerThousandOutputTokens")).isEqualTo("US$0.00006244");
    open("zh/calculator/?usdPerAcceleratorHour=0.001", 1280);
    assertThat(output("usdPerRequest")).isEqualTo("0.00001249 美元");
    for (WebElement result : browser.driver().findElements(By.cssSelector("[id^=calc-out-]"))) {
      assertThat(result.getText()).as(result.getAttribute("id")).doesNotContainPattern("\\d[eE]");
    }
  }

  private static String output(String field) {
    return browser.driver().findElement(By.id("calc-out-" + field)).getText();
  }

  // ---- The address ----------------------------------------------------------------------------

  @Test
  void theAddressKeepsTheScenarioAndRestoresIt() {
    open("en/calculator/", 1280);
    new Select(browser.driver().findElement(By.id("calc-model"))).selectByValue("llama-3-70b");
    new Select(browser.driver().findElement(By.id("calc-accelerator"))).selectByValue("h100-sxm");
    new Select(browser.driver().findElement(By.id("calc-bytesPerParameter"))).selectByValue("1");
    type(input("acceleratorCount"), "2");
    type(input("batchSize"), "16");
    type(input("utilisation"), "42.5");
    type(input("usdPerAcceleratorHour"), "2.25");
    Map<String, Object> before = shown();
    String address = browser.driver().getCurrentUrl();
    assertThat(address)
        .contains("model=llama-3-70b")
        .contains("accelerator=h100-sxm")
        .contains("batchSize=16")
        .contains("utilisation=42.5")
        .contains("bytesPerParameter=1");

    browser.show("en/", 1280);
    open(address.substring(browser.url("").length()), 1280);
    assertThat(
            new Select(browser.driver().findElement(By.id("calc-model")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("llama-3-70b");
    assertThat(input("acceleratorCount").getAttribute("value")).isEqualTo("2");
    assertThat(input("utilisation").getAttribute("value")).isEqualTo("42.5");
    assertThat(shown()).isEqualTo(before);

    // The other language opens on the same scenario.
    browser.driver().findElement(By.cssSelector("a.lang-switch")).click();
    waitForFirstResult();
    assertThat(browser.driver().getCurrentUrl()).startsWith(browser.url("zh/calculator/?"));
    assertThat(shown()).isEqualTo(before);
  }

  @Test
  void anAddressWithABadValueShowsTheSameMessage() {
    open("en/calculator/?model=custom&layers=-1&scenario=gpt3-h100", 1280);
    assertThat(input("layers").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.driver().findElement(By.id("calc-layers-message")).getText())
        .isEqualTo("Enter at least 1.");
    assertThat(
            new Select(browser.driver().findElement(By.id("calc-accelerator")))
                .getFirstSelectedOption()
                .getAttribute("value"))
        .isEqualTo("h100-sxm");
    assertNoNaNOrInfinity();
  }

  // ---- Without JavaScript ---------------------------------------------------------------------

  @Test
  void withoutJavaScriptThePageShowsThePrecomputedTables() throws IOException {
    scripts(false);
    for (String lang : List.of("zh", "en")) {
      browser.show(lang + "/calculator/", 375);
      assertThat(browser.driver().findElement(By.cssSelector("[data-calc-needs-js]")).isDisplayed())
          .isTrue();
      assertThat(browser.driver().findElement(By.cssSelector("[data-calc-form]")).isDisplayed())
          .isFalse();
      WebElement estimates = browser.driver().findElement(By.id("table-cost-estimates"));
      assertThat(estimates.isDisplayed()).isTrue();
      assertThat(estimates.findElements(By.cssSelector("tbody tr")))
          .hasSizeGreaterThanOrEqualTo(10);
      assertThat(browser.driver().findElement(By.id("table-cost-batch-sweep")).isDisplayed())
          .isTrue();
      browser.screenshot("calculator_" + lang + "_no-js_375");
    }
    // The same in the HTML as written: the form is hidden until the script reveals it.
    Document html = Jsoup.parse(site.resolve("en/calculator/index.html").toFile(), "UTF-8");
    assertThat(html.select("[data-calc-form][hidden]")).hasSize(1);
    assertThat(html.select("[data-calc-needs-js] a").attr("href"))
        .isEqualTo("#table-cost-estimates");
    assertThat(html.select("#table-cost-estimates tbody tr")).hasSizeGreaterThanOrEqualTo(10);
    assertThat(html.select("script[src]").eachAttr("src"))
        .contains("../../assets/calculator.js", "../../assets/calculator-page.js");
    assertThat(html.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
    assertThat(html.select("[style]")).as("no inline style (CSP)").isEmpty();
  }

  // ---- Looks, keyboard, accessibility ---------------------------------------------------------

  @Test
  void screenshotsAtPhoneAndDesktopWidthsInBothSchemes() {
    for (String scheme : List.of("light", "dark")) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String lang : List.of("zh", "en")) {
        for (int width : new int[] {375, 1280}) {
          open(lang + "/calculator/", width);
          Number overflow =
              (Number)
                  browser
                      .driver()
                      .executeScript(
                          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
          assertThat(overflow.intValue()).as(lang + " at " + width).isLessThanOrEqualTo(0);
          browser.screenshot("calculator_" + lang + "_" + scheme + "_" + width);
        }
      }
    }
  }

  @Test
  void onAPhoneTheAnswerStaysInViewWhileTyping() throws IOException {
    open("en/calculator/", 375);
    WebElement batch = input("batchSize");
    browser.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", batch);
    type(batch, "8");
    WebElement ticker = browser.driver().findElement(By.cssSelector("[data-calc-ticker]"));
    assertThat(ticker.isDisplayed()).isTrue();
    assertThat(ticker.getText()).isEqualTo("US$0.002134 and 7.681 s per request, 282.8 tokens/s.");
    Number bottom =
        (Number)
            browser
                .driver()
                .executeScript(
                    "return arguments[0].getBoundingClientRect().bottom - window.innerHeight",
                    ticker);
    assertThat(bottom.doubleValue())
        .as("the ticker sits at the bottom of the window")
        .isBetween(-1.0, 1.0);
    Path file = Folio.projectDir().resolve("target/screenshots/calculator_en_375_typing.png");
    Files.createDirectories(file.getParent());
    Files.write(file, browser.driver().getScreenshotAs(OutputType.BYTES));
    browser.show("en/calculator/", 1280);
    assertThat(browser.driver().findElement(By.cssSelector("[data-calc-ticker]")).isDisplayed())
        .as("beside the results on a wide screen, no ticker")
        .isFalse();
  }

  @Test
  void everyInputHasALabelAndTheKeyboardReachesIt() {
    open("en/calculator/", 1280);
    List<WebElement> controls =
        browser.driver().findElements(By.cssSelector(".calculator input, .calculator select"));
    assertThat(controls).hasSizeGreaterThanOrEqualTo(16);
    for (WebElement control : controls) {
      String id = control.getAttribute("id");
      assertThat(browser.driver().findElements(By.cssSelector("label[for='" + id + "']")))
          .as("label for " + id)
          .hasSize(1);
    }
    // Tab from the scenario menu through every control, in order.
    browser.driver().executeScript("document.getElementById('calc-scenario').focus()");
    List<String> reached = new ArrayList<>();
    for (int i = 0; i < controls.size() - 1; i++) {
      browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
      reached.add(browser.driver().switchTo().activeElement().getAttribute("id"));
    }
    assertThat(reached)
        .containsExactlyElementsOf(
            controls.subList(1, controls.size()).stream().map(c -> c.getAttribute("id")).toList());
    // Typing with the keyboard alone updates the results.
    WebElement batch = input("batchSize");
    batch.sendKeys(Keys.chord(Keys.CONTROL, "a"), "8");
    settled(Map.of("batchSize", "8"));
    assertThat(shown().get("usdPerThousandOutputTokens")).isNotNull();
  }

  @Test
  void axeFindsNoSeriousViolationInAnyState() throws IOException {
    Path script = Folio.projectDir().resolve("node_modules/axe-core/axe.min.js");
    assertThat(script).as("axe-core is installed by `mvn verify` (npm ci)").exists();
    String axe = Files.readString(script, StandardCharsets.UTF_8);
    String run =
        """
        const done = arguments[arguments.length - 1];
        axe.run(document.querySelector(".calculator"), {resultTypes: ["violations"]})
          .then((r) => done(r.violations
            .filter((v) => v.impact === "serious" || v.impact === "critical")
            .map((v) => v.id + ": " + v.help + " at "
              + v.nodes.map((n) => n.target.join(" ")).join(", "))));
        """;
    List<String> violations = new ArrayList<>();
    for (String scheme : List.of("light", "dark")) {
      browser
          .driver()
          .executeCdpCommand(
              "Emulation.setEmulatedMedia",
              Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (String state : List.of("?", "?batchSize=128", "?layers=-1&utilisation=0")) {
        open("zh/calculator/" + state, 1280);
        browser.driver().executeScript("document.querySelector('.calc-more').open = true;");
        browser.driver().executeScript(axe);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) browser.driver().executeAsyncScript(run);
        found.forEach(v -> violations.add(scheme + " " + state + ": " + v));
      }
    }
    assertThat(violations).isEmpty();
  }

  // ---- Measurements ---------------------------------------------------------------------------

  @Test
  void measuresTheScriptSizeAndTheTimeToTheFirstResult() throws IOException {
    byte[] script = Files.readAllBytes(site.resolve("assets/calculator.js"));
    byte[] page = Files.readAllBytes(site.resolve("assets/calculator-page.js"));
    browser.driver().executeCdpCommand("Network.enable", Map.of());
    browser.driver().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    int runs = 9;
    double[] firstUpdate = new double[runs];
    double[] firstFrame = new double[runs];
    double[] domContentLoaded = new double[runs];
    try {
      for (int i = 0; i < runs; i++) {
        browser.show("en/", 1280);
        open("en/calculator/", 1280);
        waiting()
            .until(
                d ->
                    (Boolean)
                        browser
                            .driver()
                            .executeScript(
                                "return performance.getEntriesByName('folio-calculator-first-frame').length > 0"));
        firstUpdate[i] =
            ((Number)
                    browser
                        .driver()
                        .executeScript(
                            "return performance.getEntriesByName('folio-calculator-first-update')[0].startTime"))
                .doubleValue();
        firstFrame[i] =
            ((Number)
                    browser
                        .driver()
                        .executeScript(
                            "return performance.getEntriesByName('folio-calculator-first-frame')[0].startTime"))
                .doubleValue();
        domContentLoaded[i] =
            ((Number)
                    browser
                        .driver()
                        .executeScript(
                            "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd"))
                .doubleValue();
      }
    } finally {
      browser
          .driver()
          .executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
    }
    String report =
        "calculator.js: "
            + script.length
            + " bytes, "
            + gzip(script).length
            + " gzipped; calculator-page.js: "
            + page.length
            + " bytes, "
            + gzip(page).length
            + " gzipped\ntime to first update (navigation start to first result in the DOM), median of "
            + runs
            + " cold loads: "
            + round(median(firstUpdate))
            + " ms (min "
            + round(min(firstUpdate))
            + ", max "
            + round(max(firstUpdate))
            + "); to the next frame: "
            + round(median(firstFrame))
            + " ms; DOMContentLoaded at "
            + round(median(domContentLoaded))
            + " ms\n";
    System.out.print(report);
    Path file = Folio.projectDir().resolve("target/calculator/measurements.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, report);
    assertThat(script.length).isLessThan(200_000);
    assertThat(median(firstUpdate)).isLessThan(3000);
  }

  // ---- Helpers --------------------------------------------------------------------------------

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
  }

  private WebElement input(String name) {
    return browser.driver().findElement(By.id("calc-" + name));
  }

  /**
   * Replaces an input's text as a reader would: select all, type; then waits until the page has
   * computed its results from that text (typing may wait for a pause before it computes).
   */
  private void type(WebElement input, String text) {
    input.sendKeys(
        Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.BACK_SPACE.toString() : text);
    settled(Map.of(input.getAttribute("name"), text));
  }

  /**
   * Waits until the results, state and status on the page were computed from the form exactly as it
   * reads now, and the form holds {@code values} (control name to text): the page's {@code
   * data-computed-from} names the form values of its last computation, so results still waiting for
   * a pause in typing are never read as those of the new values.
   */
  @SuppressWarnings("unchecked")
  private void settled(Map<String, String> values) {
    Object[] last = new Object[1];
    waiting()
        .withMessage(
            () ->
                "the results shown are not computed from "
                    + values
                    + " and the form as it reads now: "
                    + last[0])
        .until(
            d -> {
              Map<String, Object> page =
                  (Map<String, Object>)
                      browser
                          .driver()
                          .executeScript(
                              """
              const root = document.querySelector(".calculator");
              const now = {};
              for (const el of root.querySelector("[data-calc-form]").elements) {
                if (el.name) {
                  now[el.name] = el.value;
                }
              }
              return {now, from: JSON.parse(root.dataset.computedFrom || "null")};
              """);
              last[0] = page;
              Object from = page.get("from");
              return from != null
                  && from.equals(page.get("now"))
                  && ((Map<String, Object>) from).entrySet().containsAll(values.entrySet());
            });
  }

  private String state() {
    return browser.driver().findElement(By.cssSelector(".calculator")).getAttribute("data-state");
  }

  /** Enters a vector into the form and waits until the results shown are computed from it. */
  private void enter(CalculatorVectors.Vector v) {
    Map<String, String> entered = new LinkedHashMap<>();
    if (v.model().id() != null) {
      set("model", v.model().id(), entered);
    } else {
      set("heads", Integer.toString(v.model().heads()), entered);
      set("kvHeads", Integer.toString(v.model().kvHeads()), entered);
      set("layers", Integer.toString(v.model().layers()), entered);
      set("hiddenSize", Integer.toString(v.model().hiddenSize()), entered);
      set("vocabulary", Integer.toString(v.model().vocabulary()), entered);
      set(
          "parameters",
          v.model().parameters() == null ? "" : v.model().parameters().toString(),
          entered);
    }
    set("accelerator", v.accelerator().id(), entered);
    set("bytesPerParameter", plain(v.bytesPerParameter()), entered);
    set("acceleratorCount", Integer.toString(v.acceleratorCount()), entered);
    set("utilisation", plain(v.utilisationPercent()), entered);
    set("bandwidthEfficiency", plain(v.bandwidthEfficiencyPercent()), entered);
    set("usdPerAcceleratorHour", plain(v.usdPerAcceleratorHour()), entered);
    set("batchSize", Integer.toString(v.batchSize()), entered);
    set("promptTokens", Integer.toString(v.promptTokens()), entered);
    set("outputTokens", Integer.toString(v.outputTokens()), entered);
    settled(entered);
  }

  /** Chooses {@code value} in a menu or types it into an input, and notes it in {@code entered}. */
  private void set(String name, String value, Map<String, String> entered) {
    WebElement control = input(name);
    if (control.getTagName().equals("select")) {
      new Select(control).selectByValue(value);
      settled(Map.of(name, value));
    } else {
      type(control, value);
    }
    entered.put(name, value);
  }

  private static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The results on the page, exactly (each output's data-value), by name; none when empty. */
  private Map<String, Object> shown() {
    Map<String, Object> shown = new LinkedHashMap<>();
    for (WebElement output : browser.driver().findElements(By.cssSelector("output[data-key]"))) {
      String value = output.getAttribute("data-value");
      if (value != null && !value.isEmpty()) {
        String key = output.getAttribute("data-key");
        shown.put(key, key.equals("decodeBound") ? value : Double.parseDouble(value));
      }
    }
    return shown;
  }

  private void assertNoNaNOrInfinity() {
    String text = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(text).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("undefined");
    for (WebElement output : browser.driver().findElements(By.cssSelector("output[data-key]"))) {
      assertThat(output.getAttribute("data-value"))
          .doesNotContain("NaN")
          .doesNotContain("Infinity");
    }
  }

  /**
   * Differences between Java's results and the browser's: numbers beyond 1e-9 relative, other
   * values unequal, and with {@code complete} a result the browser has and Java has not (a price
   * for a scenario that does not fit) or the reverse.
   */
  private static List<String> compare(
      String id, Map<String, Object> expected, Map<String, Object> actual, boolean complete) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> e : expected.entrySet()) {
      if (!complete && !SHOWN.contains(e.getKey())) {
        continue;
      }
      Object got = actual.get(e.getKey());
      if (e.getValue() instanceof Double want) {
        if (!(got instanceof Number number)) {
          problems.add(id + ": " + e.getKey() + " missing, Java " + want);
          continue;
        }
        double g = number.doubleValue();
        double difference = want == 0 ? Math.abs(g) : Math.abs(g - want) / Math.abs(want);
        largestDifference = Math.max(largestDifference, difference);
        if (!(difference <= TOLERANCE)) {
          problems.add(id + ": " + e.getKey() + " browser " + g + ", Java " + want);
        }
      } else if (!e.getValue().equals(got)) {
        problems.add(id + ": " + e.getKey() + " browser " + got + ", Java " + e.getValue());
      }
    }
    if (complete) {
      for (String key : actual.keySet()) {
        if (!expected.containsKey(key)) {
          problems.add(id + ": browser has " + key + " = " + actual.get(key) + ", Java has none");
        }
      }
    }
    return problems;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(Deflater.BEST_COMPRESSION);
          }
        }) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted.length % 2 == 1
        ? sorted[sorted.length / 2]
        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }

  private static String round(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
