package be.cpas.pst.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** The module rule and the house conventions of the architecture page, checked on the compiled main code. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ArchitectureTest::notATestJar)
                .importPackages("be.cpas.pst");
    }

    private static boolean notATestJar(Location location) {
        return !location.contains("-tests.jar") && !location.contains("/test-classes/");
    }

    @Test
    void modulesOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInAnyPackage("be.cpas.pst..")
                .withOptionalLayers(true)
                .layer("domain").definedBy("be.cpas.pst.domain..")
                .layer("persistence").definedBy("be.cpas.pst.persistence..")
                .layer("reporting").definedBy("be.cpas.pst.reporting..")
                .layer("web").definedBy("be.cpas.pst.web..", "be.cpas.pst.cli..", "be.cpas.pst")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("reporting").mayOnlyBeAccessedByLayers("web")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("reporting", "web")
                .check(classes);
    }

    @Test
    void theDomainKnowsNothingOfTheWebSqlOrSpringData() {
        noClasses().that().resideInAPackage("be.cpas.pst.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..",
                        "org.springframework.data..", "org.springframework.jdbc..", "org.thymeleaf..", "java.sql..",
                        "jakarta.servlet..")
                .check(classes);
    }

    @Test
    void entitiesAndEmbeddablesLiveInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().resideInAPackage("be.cpas.pst.domain..")
                .check(classes);
    }

    @Test
    void entitiesHaveNoPublicSetters() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class).and().arePublic()
                .should().haveNameMatching("set[A-Z].*")
                .because("state changes are verbs that guard the invariants")
                .check(classes);
    }

    @Test
    void controllersArePackagePrivateAndLiveInTheWebModule() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("be.cpas.pst.web..")
                .andShould().notHaveModifier(JavaModifier.PUBLIC)
                .check(classes);
    }

    @Test
    void controllersDoNotReachPersistenceAdaptersDirectly() {
        noClasses().that().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAPackage("be.cpas.pst.persistence..")
                .because("controllers go through the services of the domain or reporting modules")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies are injected through constructors into final fields")
                .check(classes);
    }

    @Test
    void noLombok() {
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(classes);
    }
}
