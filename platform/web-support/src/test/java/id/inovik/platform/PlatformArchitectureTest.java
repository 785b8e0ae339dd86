package id.inovik.platform;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared web support's package rules (ADR 0011); a violation fails the build. */
@AnalyzeClasses(
    packages = "id.inovik.platform",
    importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnNoOtherInovikCode =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.platform..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("id.inovik..").and(not(resideInAPackage("id.inovik.platform.."))))
          .because(
              "both services depend on it, so it can depend on neither, nor on their contract");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.platform.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");
}
