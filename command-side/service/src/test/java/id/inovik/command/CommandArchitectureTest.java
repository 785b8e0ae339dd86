package id.inovik.command;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The command service's package rules; a violation fails the build (unit-test phase). */
@AnalyzeClasses(
    packages = "id.inovik.command",
    importOptions = ImportOption.DoNotIncludeTests.class)
class CommandArchitectureTest {

  @ArchTest
  static final ArchRule packagesHaveNoCycles =
      slices()
          .matching("id.inovik.command.(*)..")
          .should()
          .beFreeOfCycles()
          .because("a package that needs another that needs it back cannot be read or moved alone");

  @ArchTest
  static final ArchRule webUsesNoPersistenceInternals =
      noClasses()
          .that()
          .resideInAPackage("id.inovik.command.web..")
          .or()
          .areAnnotatedWith(RestController.class)
          .or()
          .areAnnotatedWith(Controller.class)
          .should()
          .dependOnClassesThat(
              assignableTo(Repository.class)
                  .or(
                      resideInAnyPackage(
                          "org.axonframework.eventsourcing..",
                          "org.axonframework.eventhandling..",
                          "org.axonframework.messaging.unitofwork..",
                          "org.axonframework.common.transaction..",
                          "java.sql..",
                          "javax.sql..",
                          "org.springframework.jdbc..",
                          "org.apache.kafka..",
                          "org.springframework.kafka..")))
          .because(
              "HTTP writes only by commands through the CommandDispatcher and reads through the"
                  + " domain packages, so every change passes the aggregate's rules and storage can"
                  + " change without touching a controller");
}
