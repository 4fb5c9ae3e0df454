package dev.folio.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Tag {@code browser}: the test drives a real Chromium ({@link Browser}), so it needs {@code
 * chromium} and {@code chromium-driver} and takes seconds per page. {@code mvn verify} runs it;
 * {@code mvn -P fast test} leaves it out. {@code TagsTest} checks that every class using {@link
 * Browser} carries it.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("browser")
public @interface InBrowser {}
