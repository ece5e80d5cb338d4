package be.cpas.pst.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.shared.RuleViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an evaluation accepts along its life: comments of responsables while in preparation, errata once presented. */
class EvaluationRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    private Plan plan;
    private PlanNode oo;
    private PlanNode action;
    private Evaluation evaluation;

    @BeforeEach
    void evaluation() {
        plan = new Plan(new Organisation("CPAS de Test", null, null, null), "PST 2025-2030", 2025, 2030);
        PlanNode os = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "1", "Un CPAS proche");
        oo = new PlanNode(plan, os, NodeKind.OPERATIONAL_OBJECTIVE, 0, "1.1", "Accueillir mieux");
        action = new PlanNode(plan, oo, NodeKind.ACTION, 0, "1.1.1", "Ouvrir un guichet");
        evaluation = new Evaluation(plan, 2026, EvaluationKind.ANNUAL);
        evaluation.freeze(DAY, "{}");
    }

    @Test
    void theResponsableCommentsOnAnActionBesideThePilotesEvaluation() {
        evaluation.assess(action, Appreciation.ON_TRACK, "Le guichet est ouvert deux jours.", null, null, false);

        EvaluationItem item = evaluation.comment(action, "  Il faudrait un jour de plus.  ", "Awa Diallo", DAY);

        assertThat(item.getAssessment()).isEqualTo("Le guichet est ouvert deux jours.");
        assertThat(item.getResponsableComment()).isEqualTo("Il faudrait un jour de plus.");
        assertThat(item.getCommentAuthor()).isEqualTo("Awa Diallo");
        assertThat(item.getCommentedOn()).isEqualTo(DAY);
        assertThat(evaluation.getItems()).hasSize(1);
    }

    @Test
    void aBlankCommentOnAnActionWithoutEvaluationKeepsNothing() {
        assertThat(evaluation.comment(action, "   ", "Awa Diallo", DAY)).isNull();
        assertThat(evaluation.getItems()).isEmpty();

        evaluation.comment(action, "Un mot", "Awa Diallo", DAY);
        EvaluationItem cleared = evaluation.comment(action, "", "Awa Diallo", DAY);
        assertThat(cleared.getResponsableComment()).isNull();
        assertThat(cleared.getCommentAuthor()).isNull();
        assertThat(cleared.isAssessed()).isFalse();
    }

    @Test
    void onlyWorkGetsAResponsablesComment() {
        assertThatThrownBy(() -> evaluation.comment(oo, "Un mot", "Awa Diallo", DAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.comment.workOnly");
    }

    @Test
    void anElementOfAnotherPlanIsRefused() {
        Plan other = new Plan(new Organisation("CPAS voisin", null, null, null), "PST 2025-2030", 2025, 2030);
        PlanNode foreign = new PlanNode(other, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "9", "Ailleurs");
        assertThatThrownBy(() -> evaluation.comment(foreign, "Un mot", "Awa Diallo", DAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.node.notAssessable");
    }

    @Test
    void errataWaitForThePresentationToTheCouncilAndLeaveTheTextAsPresented() {
        evaluation.assess(oo, Appreciation.ACHIEVED, "Objectif atteint.", null, null, false);
        assertThatThrownBy(() -> evaluation.correct(oo, "1.1", "En bonne voie, pas atteint.", null, "DG", DAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.erratum.notPresented");
        evaluation.validate(DAY);
        assertThatThrownBy(() -> evaluation.correct(null, "Rapport", "Correction", null, "DG", DAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.erratum.notPresented");
        evaluation.present(DAY, "Délibération 2026/12");

        EvaluationErratum erratum = evaluation.correct(oo, "1.1 Accueillir mieux", " En bonne voie, pas atteint. ",
                "Chiffre de décembre mal lu", "Directrice générale", DAY.plusDays(3));

        assertThat(erratum.getCorrection()).isEqualTo("En bonne voie, pas atteint.");
        assertThat(erratum.getReason()).isEqualTo("Chiffre de décembre mal lu");
        assertThat(erratum.getRecordedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(evaluation.getErrata()).containsExactly(erratum);
        // what was presented stays as it was, and cannot be changed any more
        assertThat(evaluation.getItems().get(0).getAssessment()).isEqualTo("Objectif atteint.");
        assertThatThrownBy(() -> evaluation.assess(oo, Appreciation.ON_TRACK, "Autre", null, null, false))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.readOnly");
        assertThatThrownBy(() -> evaluation.comment(action, "Tard", "Awa Diallo", DAY))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.readOnly");
    }

    @Test
    void anErratumSaysWhatItCorrects() {
        evaluation.validate(DAY);
        evaluation.present(DAY, null);
        assertThatThrownBy(() -> evaluation.correct(null, "Rapport", "  ", null, "DG", DAY))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).messageKey()).isEqualTo("evaluation.erratum.correctionRequired");
                    assertThat(((RuleViolation) e).field()).contains("correction");
                });
        assertThat(evaluation.getErrata()).isEmpty();
    }

    @Test
    void anErratumToAPublishedEvaluationChangesWhatThePublicReads() throws Exception {
        evaluation.validate(DAY);
        evaluation.present(DAY, null);
        evaluation.publish(true);
        java.time.Instant published = evaluation.getPublicationChangedAt();
        Thread.sleep(2);

        evaluation.correct(null, "Rapport", "Le total des actions est de 37, non de 36.", null, "DG", DAY);

        assertThat(evaluation.getPublicationChangedAt()).isAfter(published);
    }

    @Test
    void onlyAnElementWithASynergyHasItsSynergyReviewed() {
        assertThatThrownBy(() -> evaluation.reviewSynergy(action, "Revue"))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("evaluation.synergy.none");
        action.declareSynergy(be.cpas.pst.domain.planning.SynergyStatus.EXISTING, "Marchés conjoints");

        EvaluationItem item = evaluation.reviewSynergy(action, " Deux marchés passés ensemble en 2026. ");

        assertThat(item.getSynergyReview()).isEqualTo("Deux marchés passés ensemble en 2026.");
        assertThat(item.isAssessed()).isFalse();
    }
}
