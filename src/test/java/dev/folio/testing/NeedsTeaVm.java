package dev.folio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Tag {@code teavm}: the test builds a site that places the live calculator, whose {@code
 * calculator.js} TeaVM compiles from the cost model after javac ({@code process-classes}). {@code
 * mvn verify} compiles it and runs the test; {@code mvn -P fast test} skips TeaVM and leaves the
 * test out.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("teavm")
public @interface NeedsTeaVm {}
