package dev.folio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TimingsTest {
  @Test
  void onForAnyValueButEmptyOrZero() {
    assertThat(Timings.on(null)).isFalse();
    assertThat(Timings.on("")).isFalse();
    assertThat(Timings.on("0")).isFalse();
    assertThat(Timings.on("1")).isTrue();
    assertThat(Timings.on("yes")).isTrue();
  }

  @Test
  void printsEachStepInOrderAndTheTotal() {
    Timings timings = new Timings();
    timings.step("load");
    timings.step("render");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    timings.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .matches(
            "folio: timings: load \\d+ ms \\(CPU \\d+ ms\\), render \\d+ ms \\(CPU \\d+ ms\\);"
                + " in all \\d+ ms\\R");
  }
}
