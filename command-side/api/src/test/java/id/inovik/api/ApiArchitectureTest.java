package id.inovik.api;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract module's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(packages = "id.inovik.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnNoOtherInovikCode =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.api..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("id.inovik..").and(not(resideInAPackage("id.inovik.api.."))))
          .because("both sides depend on the contract, so it can depend on neither");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.api.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");
}
