package id.inovik.infra;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The local infrastructure's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(packages = "id.inovik.infra", importOptions = ImportOption.DoNotIncludeTests.class)
class LocalInfraArchitectureTest {

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.infra.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");
}
