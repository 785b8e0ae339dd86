package id.inovik.dataset;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The generator's package rule (one package, so no cycle rule); a violation fails the build
 * (unit-test phase).
 */
@AnalyzeClasses(
    packages = "id.inovik.dataset",
    importOptions = ImportOption.DoNotIncludeTests.class)
class DatasetGeneratorArchitectureTest {

  @ArchTest
  static final ArchRule loadsThroughTheApiOnly =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.dataset..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("id.inovik.command..", "id.inovik.query..")
          .because(
              "the generator loads data as any client does, through the command REST API and the"
                  + " contract types");
}
