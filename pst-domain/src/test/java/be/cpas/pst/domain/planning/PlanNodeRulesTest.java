package be.cpas.pst.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanStatus;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanNodeRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Plan plan;
    private PlanNode oo;
    private PlanNode action;
    private ProgressState inProgress;
    private ProgressState suspended;
    private ProgressState abandoned;
    private ProgressState done;

    @BeforeEach
    void plan() {
        plan = new Plan(new Organisation("CPAS de Test", null, null, null), "PST 2025-2030", 2025, 2030);
        PlanNode os = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "1", "Être un CPAS qui …");
        oo = new PlanNode(plan, os, NodeKind.OPERATIONAL_OBJECTIVE, 0, "1.1", "Renforcer …");
        action = new PlanNode(plan, oo, NodeKind.ACTION, 0, null, "Mettre en place …");
        inProgress = new ProgressState(plan, 0, "En cours de réalisation", StateCategory.IN_PROGRESS);
        suspended = new ProgressState(plan, 1, "Suspendu", StateCategory.SUSPENDED);
        abandoned = new ProgressState(plan, 2, "Abandonné", StateCategory.ABANDONED);
        done = new ProgressState(plan, 3, "Terminé", StateCategory.DONE);
    }

    @Test
    void suspendingOrAbandoningRequiresAReason() {
        assertThatThrownBy(() -> action.suspend(suspended, "  ", "DG", 1L, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.reason.required");
        assertThatThrownBy(() -> oo.abandon(abandoned, null, "DG", 1L, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.reason.required");

        oo.suspend(suspended, "Mise en suspens, faute de levier activable", "DG", 1L, TODAY);

        assertThat(oo.getStateCategory()).isEqualTo(StateCategory.SUSPENDED);
        assertThat(oo.getStateReason()).isEqualTo("Mise en suspens, faute de levier activable");
    }

    @Test
    void theStateMustMatchTheVerb() {
        assertThatThrownBy(() -> action.suspend(abandoned, "raison", "DG", 1L, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("state.category.mismatch");
        assertThatThrownBy(() -> action.resume(inProgress, null, "DG", 1L, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.resume.notStopped");
    }

    @Test
    void everyPathToAStateHasTheSameEffects() {
        PlanNode other = new PlanNode(plan, oo, NodeKind.ACTION, 1, null, "Autre action");
        ProgressEntry bySuspension = action.suspend(suspended, "Faute de levier", "DG", 1L, TODAY);
        ProgressEntry byMonthlyUpdate = other.recordProgress(suspended, null, "Faute de levier", "Agent", 2L, TODAY);

        assertThat(bySuspension.getState()).isSameAs(byMonthlyUpdate.getState()).isSameAs(suspended);
        assertThat(action.getStateReason()).isEqualTo(other.getStateReason()).isEqualTo("Faute de levier");

        ProgressEntry resumed = action.resume(inProgress, null, "DG", 1L, TODAY);

        assertThat(resumed.getState()).isSameAs(inProgress);
        assertThat(action.getStateReason()).isNull();
        assertThat(oo.suspend(suspended, "Faute de levier", "DG", 1L, TODAY))
                .as("an objective has no journal").isNull();
    }

    @Test
    void aDoneActionIsAtOneHundredPercent() {
        ProgressEntry entry = action.recordProgress(done, null, "Terminé", "agent", null, TODAY);

        assertThat(action.getProgressPercent()).isEqualTo(100);
        assertThat(entry.getPercent()).isEqualTo(100);
        assertThat(action.getActualEnd()).isEqualTo(TODAY);
        assertThatThrownBy(() -> action.recordProgress(done, 80, "", "agent", null, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.done.notComplete");
        assertThatThrownBy(() -> action.establishState(done, 50, null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.done.notComplete");
    }

    @Test
    void whatOnlyProjetsAndActionsHaveIsRefusedToAnObjective() {
        PlanNode otherOo = new PlanNode(plan, oo.getParent(), NodeKind.OPERATIONAL_OBJECTIVE, 1, "1.2", "Autre OO");

        assertThatThrownBy(() -> oo.alsoServe(List.of(otherOo)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.workOnly");
        assertThatThrownBy(() -> oo.addBudgetLine(null, null, "5.000 €"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.workOnly");
        assertThatThrownBy(() -> oo.establishState(inProgress, 40, null))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.workOnly");
        assertThatThrownBy(() -> oo.recordProgress(inProgress, null, "", "agent", null, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.notWork");
        PlanNode volet = new PlanNode(plan, null, NodeKind.VOLET, 1, "V", "Volet");
        assertThatThrownBy(() -> volet.listRisks(List.of("un risque")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("state.notApplicable");
    }

    @Test
    void progressIsBetweenZeroAndOneHundred() {
        assertThatThrownBy(() -> action.recordProgress(inProgress, 140, "", "agent", null, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("progress.percent.range");
        assertThat(action.getProgressPercent()).isNull();
    }

    @Test
    void aMonthlyUpdateWritesAJournalEntryAndTheCurrentState() {
        ProgressEntry entry = action.recordProgress(inProgress, 40, "Première réunion tenue", "A. Agent", 7L, TODAY);

        assertThat(entry.getState()).isSameAs(inProgress);
        assertThat(entry.getPercent()).isEqualTo(40);
        assertThat(entry.getComment()).isEqualTo("Première réunion tenue");
        assertThat(entry.getRecordedOn()).isEqualTo(TODAY);
        assertThat(action.getState()).isSameAs(inProgress);
        assertThat(action.getProgressPercent()).isEqualTo(40);
    }

    @Test
    void anArchivedPlanIsReadOnly() {
        plan.archive();

        assertThatThrownBy(() -> action.rename("A1", "Nouveau titre"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("plan.archived");
        assertThatThrownBy(() -> action.recordProgress(inProgress, 10, "", "agent", null, TODAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("plan.archived");
        assertThatThrownBy(() -> new PlanNode(plan, oo, NodeKind.ACTION, 1, null, "Encore une"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("plan.archived");
    }

    @Test
    void nodesOnlyHangWhereTheTreeAllows() {
        assertThatThrownBy(() -> new PlanNode(plan, action, NodeKind.ACTION, 0, null, "sous-action"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.parent.invalid");
        assertThatThrownBy(() -> new PlanNode(plan, null, NodeKind.OPERATIONAL_OBJECTIVE, 0, null, "OO orphelin"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.parent.invalid");
        PlanNode volet = new PlanNode(plan, null, NodeKind.VOLET, 0, "1", "Volet externe");
        PlanNode axe = new PlanNode(plan, volet, NodeKind.AXE, 0, "A", "Axe");
        PlanNode os = new PlanNode(plan, axe, NodeKind.STRATEGIC_OBJECTIVE, 0, "OS 100", "OS sous un axe");
        PlanNode project = new PlanNode(plan, new PlanNode(plan, os, NodeKind.OPERATIONAL_OBJECTIVE, 0, "101", "OO"),
                NodeKind.PROJECT, 0, null, "Projet");
        assertThat(new PlanNode(plan, project, NodeKind.ACTION, 0, "Action 1", "Action du projet").getParent())
                .isSameAs(project);
    }

    @Test
    void nodesMoveAcrossTheTreeButOnlyWhereTheyFit() {
        PlanNode otherOs = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 1, "2", "Autre OS");

        oo.moveUnder(otherOs, 3);

        assertThat(oo.getParent()).isSameAs(otherOs);
        assertThat(oo.getPosition()).isEqualTo(3);
        assertThatThrownBy(() -> oo.moveUnder(action, 0))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.parent.invalid");
        assertThat(oo.getParent()).isSameAs(otherOs);
    }

    @Test
    void transversalActionsLinkOnlyOtherOperationalObjectives() {
        PlanNode os = oo.getParent();
        PlanNode otherOo = new PlanNode(plan, os, NodeKind.OPERATIONAL_OBJECTIVE, 1, "1.2", "Autre OO");

        action.alsoServe(List.of(otherOo));

        assertThat(action.getSecondaryObjectives()).containsExactly(otherOo);
        assertThatThrownBy(() -> action.alsoServe(List.of(os)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.secondary.notOperational");
        assertThatThrownBy(() -> action.alsoServe(List.of(oo)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.secondary.owner");
    }

    @Test
    void odAndEnjeuNumbersAreChecked() {
        action.tag(List.of(1, 8, 17), List.of(4));
        assertThat(action.getSdgs()).containsExactly(1, 8, 17);
        assertThatThrownBy(() -> action.tag(List.of(18), List.of()))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.sdg.range");
        assertThatThrownBy(() -> action.tag(List.of(), List.of(5)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.enjeu.range");
    }

    @Test
    void aTitleHasALimit() {
        assertThatThrownBy(() -> action.rename(null, "x".repeat(20_000)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.title.tooLong");
        assertThatThrownBy(() -> action.rename(null, " "))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("node.title.required");
    }

    @Test
    void aPlanIsAdoptedOnceThenArchived() {
        plan.adopt(LocalDate.of(2025, 6, 26), "Décision du CAS du 26/06/2025");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ADOPTED);
        assertThatThrownBy(() -> plan.adopt(TODAY, "encore"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("plan.adopt.notDraft");
        plan.archive();
        assertThat(plan.isEditable()).isFalse();
    }
}
