package be.cpas.pst.domain.evaluation;

import java.util.List;
import java.util.Optional;

/** Port to the evaluations of plans. */
public interface EvaluationRepository {

    /** A plan's evaluations, the most recent year first. */
    List<Evaluation> findByPlan(long planId);

    /** One evaluation of a plan with what it says of each element. */
    Optional<Evaluation> findOne(long planId, long evaluationId);

    /** Whether the plan already has an evaluation of that year and kind. */
    boolean exists(long planId, int year, EvaluationKind kind);

    /**
     * The evaluations in preparation of the plans where an account is the responsable of a projet or action: where
     * that person has a comment to write.
     */
    List<Evaluation> findInPreparationForResponsable(long accountId);

    Evaluation save(Evaluation evaluation);
}
