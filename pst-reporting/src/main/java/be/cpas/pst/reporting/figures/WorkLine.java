package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;

/**
 * A projet or action as the figures count it and the lists show it: with the objective it serves, its rolled-up %
 * ({@code -1} when unknown), and the follow-up rules' verdicts on the day of the figures.
 */
public record WorkLine(NodeRow node, NodeRow objective, int percent, boolean late, long daysLate, boolean stale,
        LocalDate staleSince, boolean dueSoon) {

    /** Its state's category; work without a state counts as not started. */
    public StateCategory category() {
        return node.category() == null ? StateCategory.NOT_STARTED : node.category();
    }
}
