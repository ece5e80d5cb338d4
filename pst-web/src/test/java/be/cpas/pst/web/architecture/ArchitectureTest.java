package be.cpas.pst.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
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

    /**
     * Each module is made of feature packages ({@code be.cpas.pst.<module>.<feature>}); they depend one way on each
     * other, so that a feature can be read, tested and changed from its own folder. (The modules themselves depend
     * downwards by Maven's dependency graph: an upward import does not compile, so no rule repeats it here.)
     */
    @Test
    void featurePackagesAreFreeOfCycles() {
        slices().matching("be.cpas.pst.(*).(*)..").namingSlices("$1.$2")
                .should().beFreeOfCycles()
                .check(classes);
    }

    /**
     * The domain has the persistence API on its class path for its mapping annotations; it must still never run a
     * query itself: SQL and the entity manager live behind the ports, in pst-persistence.
     */
    @Test
    void theDomainRunsNoQueryItself() {
        noClasses().that().resideInAPackage("be.cpas.pst.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .check(classes);
    }

    @Test
    void entitiesAndEmbeddablesLiveInTheDomain() {
        classes().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().resideInAPackage("be.cpas.pst.domain..")
                .check(classes);
    }

    @Test
    void everyEntityDescribesItselfToTheAuditTrail() {
        classes().that().areAnnotatedWith(Entity.class)
                .should().implement(be.cpas.pst.domain.audit.Audited.class)
                .because("the audit trail records every change of the model with a label, a plan and an element")
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

    /**
     * The records the daily pages read hold values only, down to their lists' elements: a plan's tree is kept across
     * requests, and a page reading an entity could reach what its reader may not see, or load it outside its session.
     */
    @Test
    void theRecordsPagesReadHoldNoEntity() {
        fields().that().areDeclaredInClassesThat().resideInAPackage("be.cpas.pst.domain..")
                .and().areDeclaredInClassesThat().haveNameMatching(".*\\.(PlanTree(\\$Branch)?|PlanHeader.*"
                        + "|TreeNode.*|WorkCard.*|ElementView.*|WorkFollowUp\\$(Fiche|FicheChoices|MyAction|Permissions)"
                        + "|PlanCatalogue\\$FilterChoices|PlanView|MeasuredValues\\$MeasuredValue.*"
                        + "|AccountAdministration\\$(AccountView|LinkChoice)|PlanStructure\\$Place"
                        + "|Evaluations\\$ToComment|PlanVocabularies\\$(Stored|Vocabularies)|CampaignView"
                        + "|Outbox\\$Letter|VersionView|Publication\\$Published"
                        + "|EvaluationView.*)")
                .should(holdNoEntity())
                .because("pages read records built for them, never entities")
                .check(classes);
    }

    /** Neither the field's type nor any type it is made of (a list's elements, a map's keys and values) is an entity. */
    private static ArchCondition<JavaField> holdNoEntity() {
        return new ArchCondition<>("hold no entity, not even in a collection") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                field.getType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Entity.class))
                        .forEach(entity -> events.add(SimpleConditionEvent.violated(field,
                                field.getFullName() + " holds the entity " + entity.getSimpleName())));
            }
        };
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies are injected through constructors into final fields")
                .check(classes);
    }

}
