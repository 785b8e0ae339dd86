package id.inovik.query;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The query service's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(packages = "id.inovik.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {

  @ArchTest
  static final ArchRule usesOnlyTheContractOfTheCommandSide =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.query..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("id.inovik.command..")
          .because(
              "the read model learns about innovations only from the published events, whose"
                  + " types are the contract id.inovik.api (ADR 0001)");

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.query.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");

  @ArchTest
  static final ArchRule controllersUseNoStorageClients =
      noClasses()
          .that()
          .areAnnotatedWith(RestController.class)
          .or()
          .areAnnotatedWith(Controller.class)
          .should()
          .dependOnClassesThat(
              resideInAnyPackage(
                  "co.elastic.clients..", "org.apache.kafka..", "org.springframework.kafka.."))
          .because(
              "controllers go through InnovationSearch and RebuildService, so index and topic"
                  + " details stay in one place");
}
