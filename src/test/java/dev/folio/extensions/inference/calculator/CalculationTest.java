package dev.folio.extensions.inference.calculator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.folio.testing.Folio;
import dev.folio.testing.NeedsTeaVm;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calculator's computation on the JVM: the same results as the cost model for every parity
 * vector, bad inputs named, nothing priced that does not fit.
 */
@NeedsTeaVm
class CalculationTest {
  @TempDir static Path dir;
  static List<CalculatorVectors.Vector> vectors;

  @BeforeAll
  static void build() {
    Path site = dir.resolve("site");
    Folio.buildFixture("report", site);
    vectors = CalculatorVectors.forSite(site);
  }

  static Map<String, Object> run(Map<String, Object> inputs) {
    Map<String, Object> out = new LinkedHashMap<>();
    Calculation.run(
        name -> inputs.get(name) instanceof Number n ? n.doubleValue() : Double.NaN,
        new Calculation.Outputs() {
          @Override
          public void number(String name, double value) {
            out.put(name, value);
          }

          @Override
          public void text(String name, String value) {
            out.put(name, value);
          }

          @Override
          public void flag(String name, boolean value) {
            out.put(name, value);
          }
        });
    return out;
  }

  @Test
  void givesExactlyTheCostModelsResultsForEveryVector() {
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(200);
    for (CalculatorVectors.Vector vector : vectors) {
      assertThat(run(vector.inputs()))
          .as(vector.id() + " " + vector.inputs())
          .isEqualTo(vector.expected());
    }
  }

  @Test
  void theVectorsCoverWhatTheModelDistinguishes() {
    assertThat(vectors).filteredOn(v -> !v.fits()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors)
        .filteredOn(v -> v.fits() && v.computeBound())
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors)
        .filteredOn(v -> v.fits() && !v.computeBound())
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors).filteredOn(v -> v.acceleratorCount() > 1).hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors)
        .filteredOn(v -> v.model().kvHeads() < v.model().heads())
        .hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors).filteredOn(v -> v.batchSize() >= 64).hasSizeGreaterThanOrEqualTo(20);
    assertThat(vectors.stream().map(v -> v.accelerator().id()).distinct())
        .hasSizeGreaterThanOrEqualTo(6);
    for (double precision : CalculatorVectors.PRECISIONS) {
      assertThat(vectors)
          .as("precision " + precision)
          .filteredOn(v -> v.bytesPerParameter() == precision)
          .hasSizeGreaterThanOrEqualTo(10);
    }
  }

  @Test
  void aScenarioThatDoesNotFitHasNoTimeAndNoPrice() {
    CalculatorVectors.Vector tooBig =
        vectors.stream().filter(v -> !v.fits()).findFirst().orElseThrow();
    Map<String, Object> out = run(tooBig.inputs());
    assertThat(out)
        .containsEntry("ok", true)
        .containsEntry("fits", false)
        .containsKeys("requiredBytes", "availableBytes")
        .doesNotContainKeys("requestSeconds", "usdPerRequest", "usdPerThousandOutputTokens");
  }

  @Test
  void badInputsAreNamedNeverThrown() {
    CalculatorVectors.Vector valid =
        vectors.stream().filter(CalculatorVectors.Vector::fits).findFirst().orElseThrow();
    for (CalculatorVectors.Invalid invalid : CalculatorVectors.invalid(valid)) {
      Map<String, Object> out = run(invalid.inputs());
      assertThat(out)
          .as(invalid.id())
          .containsEntry("ok", false)
          .containsEntry("error", invalid.field())
          .containsKey("message")
          .doesNotContainKey("fits");
    }
  }

  @Test
  void leftEmptyTheParametersComeFromTheShape() {
    Map<String, Object> inputs = new LinkedHashMap<>(vectors.get(0).inputs());
    inputs.put("layers", 96);
    inputs.put("hiddenSize", 12288);
    inputs.put("vocabulary", 0);
    inputs.remove("parameters");
    assertThat(run(inputs)).containsEntry("parameters", 173_946_175_488.0);
    inputs.put("vocabulary", 50257);
    assertThat(run(inputs)).containsEntry("parameters", 173_946_175_488.0 + 50257.0 * 12288);
  }
}
