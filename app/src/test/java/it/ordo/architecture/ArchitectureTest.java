package it.ordo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of docs/architecture.md, enforced: a violation fails the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("it.ordo");
    }

    @Test
    void domainAndApplicationKnowNoFrameworkOrInfrastructure() {
        noClasses().that().resideInAnyPackage("it.ordo.domain..", "it.ordo.application..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.hibernate..", "it.ordo.infrastructure..",
                        "it.ordo.ui..", "it.ordo.cli..", "java.sql..", "javax.sql..", "com.zaxxer..", "org.flywaydb..",
                        "net.sf.jasperreports..", "org.apache.poi..")
                .because("business rules and use cases must stay testable without a window or a database driver, "
                        + "and must survive a change of ORM or report engine")
                .check(classes);
    }

    @Test
    void domainFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("it.ordo.domain.(*)..").should().beFreeOfCycles()
                .because("a feature of the domain must be understandable, testable and changeable from the features "
                        + "below it; two features that import each other can only be read, tested and moved together")
                .check(classes);
    }

    @Test
    void theSharedKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("it.ordo.domain")
                .should().dependOnClassesThat().resideInAPackage("it.ordo.domain.*..")
                .because("the shared kernel (Address, Quantities, Message, the domain exceptions) sits outside the "
                        + "feature slices, so a dependency from it back into a feature would be a cycle the slice rule "
                        + "cannot see")
                .check(classes);
    }

    @Test
    void onlyInfrastructureTouchesTheEntityManager() {
        noClasses().that().resideOutsideOfPackages("it.ordo.infrastructure..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .because("repositories are the only door to persistence; the domain only annotates its entities")
                .check(classes);
    }

    @Test
    void theDesktopUsesServicesNotInfrastructure() {
        noClasses().that().resideInAPackage("it.ordo.ui..").and().haveNameNotMatching("it\\.ordo\\.ui\\.OrdoDesktop(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("it.ordo.infrastructure..", "org.hibernate..",
                        "jakarta.persistence..")
                .because("screens talk to use cases; only the start-up class opens the database")
                .check(classes);
    }

    @Test
    void screensReceiveServicesNotTheCompositionRoot() {
        noClasses().that().resideInAPackage("it.ordo.ui..").and().haveNameNotMatching("it\\.ordo\\.ui\\.OrdoDesktop(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("it.ordo.OrdoContext")
                .because("a screen gets the use cases it calls (application.Services), never the context that holds "
                        + "the database: the same screens must run on services in process or behind the Ordo server")
                .check(classes);
    }

    @Test
    void theApplicationNamesNeitherTheDemoNorTheBenchmarks() {
        noClasses().that().resideOutsideOfPackages("it.ordo.demo..", "it.ordo.cli.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("it.ordo.demo..", "it.ordo.cli.bench..")
                .because("they ship apart, in lib/ordo-demo.jar: the application finds the demo through "
                        + "DemoData.installed() and must run without it")
                .check(classes);
    }

    @Test
    void theDemoWritesThroughTheUseCases() {
        // PrebuiltDemo is the exception, and only for what follows the generator's run: it archives the database
        // the generator filled through the use cases and, on a first start, restores it and moves its dates by the
        // days since; PrebuiltDemoTest checks the moved copy equals, row by row, the company generated that day.
        noClasses().that().resideInAPackage("it.ordo.demo..")
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not PrebuiltDemo",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getName()
                                .startsWith("it.ordo.demo.PrebuiltDemo")))
                .should().dependOnClassesThat().resideInAnyPackage("it.ordo.infrastructure..", "jakarta.persistence..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("it.ordo.OrdoContext")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("demo data must be what real use would leave: every write checked by the use case's "
                        + "permission and rules, as the desk's are")
                .check(classes);
    }

    @Test
    void nothingButTheCommandLinePrintsToTheConsole() {
        // it.ordo.launch is the command line's client: it writes what the resident process's command printed.
        noClasses().that().resideOutsideOfPackages("it.ordo.cli..", "it.ordo.launch..")
                .and().doNotHaveFullyQualifiedName("it.ordo.Main")
                .should().accessField(System.class, "out")
                .because("output belongs to the command line; everything else reports through return values or logs")
                .check(classes);
    }

    @Test
    void screensStartNoRawThreads() {
        noClasses().that().resideInAPackage("it.ordo.ui..").and().doNotHaveSimpleName("FxTaskExecutor")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .because("slow work goes through the injected TaskExecutor")
                .check(classes);
    }
}
