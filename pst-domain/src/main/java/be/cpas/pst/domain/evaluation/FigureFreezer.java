package be.cpas.pst.domain.evaluation;

import java.time.LocalDate;

/**
 * Port to whoever computes a plan's figures (the reporting module): the figures of a plan as of a day, written down
 * so that an evaluation keeps them as they were.
 */
public interface FigureFreezer {

    /** The plan's figures as of {@code referenceDate}, in the form the reporting module reads back. */
    String figuresAsOf(long planId, LocalDate referenceDate);

    /**
     * An evaluation's figures as of {@code referenceDate}: those of {@link #figuresAsOf}, with the DF's financial
     * report of the evaluated year and kind as it stands that day (the totals, not the lines).
     */
    String evaluationFiguresAsOf(long planId, LocalDate referenceDate, int year, EvaluationKind kind);
}
