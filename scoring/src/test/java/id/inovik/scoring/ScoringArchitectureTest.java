package id.inovik.scoring;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The scoring library's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(
    packages = "id.inovik.scoring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ScoringArchitectureTest {

  @ArchTest
  static final ArchRule usesNoOtherInovikCode =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.scoring..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("id.inovik..").and(not(resideInAPackage("id.inovik.scoring.."))))
          .because(
              "scoring is a plain library that the CLI, the query side and full recomputes share;"
                  + " it takes its input as data, not as another module's types");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.scoring.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");
}
