package be.cpas.pst.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AccessPolicyTest {

    private Actor actor;
    private AccessPolicy policy;
    private Plan plan;
    private PlanNode action;

    @BeforeEach
    void setUp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("currentActor", (CurrentActor) () -> actor);
        policy = new AccessPolicy(beans.getBeanProvider(CurrentActor.class));
        plan = new Plan(new Organisation("CPAS", null, null, null), "PST", 2025, 2030);
        PlanNode os = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "1", "OS");
        PlanNode oo = new PlanNode(plan, os, NodeKind.OPERATIONAL_OBJECTIVE, 0, "1.1", "OO");
        action = new PlanNode(plan, oo, NodeKind.ACTION, 0, null, "Action");
        Person pilote = new Person(plan, 0, "Pilote", null);
        pilote.linkAccount(10L);
        Person responsable = new Person(plan, 1, "Responsable", null);
        responsable.linkAccount(20L);
        action.assign(pilote, responsable, null);
    }

    private void as(long accountId, Role... roles) {
        actor = new Actor("x", accountId, Set.of(roles));
    }

    @Test
    void theDgEditsEverythingAndTheAdministratorOnlyAccounts() {
        as(1, Role.DG);
        assertThat(policy.mayEditStructure()).isTrue();
        assertThat(policy.mayEditFiche(action)).isTrue();
        assertThat(policy.mayPostProgress(action)).isTrue();
        assertThat(policy.mayManageAccounts()).isFalse();

        as(2, Role.ADMIN);
        assertThat(policy.mayManageAccounts()).isTrue();
        assertThat(policy.mayEditStructure()).isFalse();
        assertThat(policy.mayEditFiche(action)).isFalse();
        assertThatThrownBy(() -> policy.requireEditFiche(action)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void aCodirMemberEditsOnlyWhatTheyPilot() {
        as(10, Role.CODIR);
        assertThat(policy.mayEditFiche(action)).isTrue();
        assertThat(policy.mayPostProgress(action)).isTrue();
        as(11, Role.CODIR);
        assertThat(policy.mayEditFiche(action)).isFalse();
        assertThat(policy.mayPostProgress(action)).isFalse();
    }

    @Test
    void anAgentPostsProgressOnlyOnTheirOwnActionsAndNeverEditsTheFiche() {
        as(20, Role.AGENT);
        assertThat(policy.mayPostProgress(action)).isTrue();
        assertThat(policy.mayEditFiche(action)).isFalse();
        as(21, Role.AGENT);
        assertThat(policy.mayPostProgress(action)).isFalse();
        assertThatThrownBy(() -> policy.requirePostProgress(action)).isInstanceOf(AccessRefused.class);
    }

    @Test
    void anAgentOfAServiceInvolvedInTheActionPostsProgressButACodirMemberOfItDoesNot() {
        ServiceUnit social = new ServiceUnit(plan, 0, "Service social");
        social.addMember(30L);
        social.addMember(31L);
        ServiceUnit finances = new ServiceUnit(plan, 1, "Finances");
        finances.addMember(32L);
        action.involve(java.util.List.of(social), java.util.List.of());

        as(30, Role.AGENT);
        assertThat(policy.mayPostProgress(action)).isTrue();
        assertThat(policy.mayEditFiche(action)).isFalse();
        as(32, Role.AGENT);
        assertThat(policy.mayPostProgress(action)).as("a service that is not involved").isFalse();
        as(31, Role.CODIR);
        assertThat(policy.mayPostProgress(action)).as("CODIR members follow what they pilot or are responsable of")
                .isFalse();
        social.removeMember(30L);
        as(30, Role.AGENT);
        assertThat(policy.mayPostProgress(action)).isFalse();
    }

    @Test
    void theDfEditsBudgetsOnly() {
        as(3, Role.DF);
        assertThat(policy.mayEditBudget()).isTrue();
        assertThat(policy.mayEditFiche(action)).isFalse();
        assertThat(policy.mayReadInternal()).isTrue();
    }

    @Test
    void aCouncilMemberReadsOnlyAdoptedPlansAndNothingInternal() {
        as(4, Role.CONSEILLER);
        assertThat(policy.mayRead(plan)).isFalse();
        plan.adopt(LocalDate.of(2025, 6, 26), null);
        assertThat(policy.mayRead(plan)).isTrue();
        assertThat(policy.mayReadInternal()).isFalse();
        assertThat(policy.mayPostProgress(action)).isFalse();
        assertThat(policy.mayEditBudget()).isFalse();
    }

    @Test
    void nobodySignedInMayDoNothing() {
        actor = null;
        assertThat(policy.actor()).isEqualTo(Actor.SYSTEM);
        assertThat(policy.mayRead(plan)).isFalse();
        assertThat(policy.mayManageAccounts()).isFalse();
    }
}
