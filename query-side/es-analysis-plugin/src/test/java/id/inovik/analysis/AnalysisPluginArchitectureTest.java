package id.inovik.analysis;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The analysis plugin's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(
    packages = "id.inovik.analysis",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AnalysisPluginArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnNoOtherInovikCode =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.analysis..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("id.inovik..").and(not(resideInAPackage("id.inovik.analysis.."))))
          .because("the plugin runs inside Elasticsearch, where only its own zip is on the path");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.analysis.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");
}
