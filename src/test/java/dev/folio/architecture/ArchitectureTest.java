package dev.folio.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.folio.Pipeline;
import dev.folio.model.Task;
import dev.folio.model.TaskRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout of architecture.md, checked on Folio's compiled classes: the generator never imports
 * an extension, extensions use only the seam and the model, the cost model is pure, and each stage
 * depends on earlier ones only.
 */
class ArchitectureTest {
  private static final String EXTENSIONS = "dev.folio.extensions..";
  private static JavaClasses folio;

  @BeforeAll
  static void importFolio() {
    folio =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.folio");
  }

  @Test
  void noGeneratorPackageImportsAnExtension() {
    noClasses()
        .that()
        .resideInAPackage("dev.folio..")
        .and()
        .resideOutsideOfPackage(EXTENSIONS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(EXTENSIONS)
        .because("the generator finds extensions on the class path and knows none by name")
        .check(folio);
  }

  @Test
  void extensionsUseOnlyTheSeamTheModelAndTheirLibraries() {
    classes()
        .that()
        .resideInAPackage(EXTENSIONS)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            EXTENSIONS,
            "dev.folio.extension..",
            "dev.folio.model..",
            "dev.folio.format..",
            "java..",
            "picocli..",
            "tools.jackson..",
            "org.teavm..")
        .check(folio);
  }

  @Test
  void theCostModelIsPureJavaWithNoInputOrOutput() {
    classes()
        .that()
        .resideInAPackage("dev.folio.extensions.inference.model..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("dev.folio.extensions.inference.model..", "java.lang..", "java.util..")
        .because("it is compiled to JavaScript for the calculator and does no I/O")
        .check(folio);
  }

  @Test
  void stagesDependOnEarlierStagesOnly() {
    later(
        "dev.folio.load..",
        "dev.folio.check..",
        "dev.folio.extension..",
        "dev.folio.render..",
        "dev.folio.write..",
        "dev.folio.serve..",
        "dev.folio.cli..");
    later(
        "dev.folio.check..",
        "dev.folio.render..",
        "dev.folio.write..",
        "dev.folio.serve..",
        "dev.folio.cli..");
    later(
        "dev.folio.extension..",
        "dev.folio.render..",
        "dev.folio.write..",
        "dev.folio.serve..",
        "dev.folio.cli..");
    later("dev.folio.render..", "dev.folio.write..", "dev.folio.serve..", "dev.folio.cli..");
    // A chart kind reads the model's records and writes values with the language's formats;
    // the checker and the renderer call into it.
    later(
        "dev.folio.chart..",
        "dev.folio.load..",
        "dev.folio.check..",
        "dev.folio.extension..",
        "dev.folio.render..",
        "dev.folio.write..",
        "dev.folio.serve..",
        "dev.folio.cli..");
    for (String records : new String[] {"dev.folio.model..", "dev.folio.format.."}) {
      later(
          records,
          "dev.folio.chart..",
          "dev.folio.load..",
          "dev.folio.check..",
          "dev.folio.extension..",
          "dev.folio.render..",
          "dev.folio.write..",
          "dev.folio.serve..",
          "dev.folio.cli..");
    }
  }

  @Test
  void theBuildSessionKnowsOnlyTasks() {
    classes()
        .that()
        .resideInAPackage("dev.folio.memo..")
        .should()
        .onlyDependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage("dev.folio.memo..", "java..")
                .or(
                    JavaClass.Predicates.belongToAnyOf(
                        Task.class, Task.Boundary.class, TaskRunner.class)))
        .because("stages declare their tasks; the session only keeps their results")
        .check(folio);
  }

  @Test
  void onlyThePipelineAndServeKnowTheBuildSession() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.folio.memo..")
        .and()
        .doNotBelongToAnyOf(Pipeline.class)
        .and()
        .resideOutsideOfPackage("dev.folio.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.folio.memo..")
        .because(
            "incremental builds live in one place: a stage runs its tasks through a"
                + " TaskRunner and never sees what keeps their results")
        .check(folio);
  }

  /** Nothing in {@code stage} depends on any of {@code laterStages}. */
  private static void later(String stage, String... laterStages) {
    noClasses()
        .that()
        .resideInAPackage(stage)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(laterStages)
        .check(folio);
  }
}
