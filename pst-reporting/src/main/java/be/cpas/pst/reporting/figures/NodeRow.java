package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.util.Set;

/**
 * One node of the plan with what the dashboard needs of it.
 *
 * @param stepDue   the earliest échéance of its étapes not done yet ({@code null}: none dated)
 * @param stepTitle the title of that étape
 */
public record NodeRow(long id, Long parentId, NodeKind kind, int position, String code, String title, int weight,
        Integer manualPercent, StateCategory category, Long stateId, String stateLabel, String stateReason,
        Long priorityId, String priorityCode, Long piloteId, String piloteName, Long responsableId,
        String responsableName, String responsableText, LocalDate dueDate, String deadlineText, int stepsDone,
        int stepsTotal, LocalDate lastUpdate, Set<Long> serviceIds, Set<Integer> sdgs, Set<Integer> enjeux,
        int budgetLines, LocalDate stepDue, String stepTitle) {

    /** A node without dated étapes. */
    public NodeRow(long id, Long parentId, NodeKind kind, int position, String code, String title, int weight,
            Integer manualPercent, StateCategory category, Long stateId, String stateLabel, String stateReason,
            Long priorityId, String priorityCode, Long piloteId, String piloteName, Long responsableId,
            String responsableName, String responsableText, LocalDate dueDate, String deadlineText, int stepsDone,
            int stepsTotal, LocalDate lastUpdate, Set<Long> serviceIds, Set<Integer> sdgs, Set<Integer> enjeux,
            int budgetLines) {
        this(id, parentId, kind, position, code, title, weight, manualPercent, category, stateId, stateLabel,
                stateReason, priorityId, priorityCode, piloteId, piloteName, responsableId, responsableName,
                responsableText, dueDate, deadlineText, stepsDone, stepsTotal, lastUpdate, serviceIds, sdgs, enjeux,
                budgetLines, null, null);
    }

    /**
     * When the work is due, for late and due soon: its own échéance, or an earlier one of an étape not done yet (an
     * action whose étape is past is late, whatever its own date).
     */
    public LocalDate effectiveDue() {
        return isDueByStep() ? stepDue : dueDate;
    }

    /** Whether the nearest échéance is an étape's rather than the work's own. */
    public boolean isDueByStep() {
        return stepDue != null && (dueDate == null || stepDue.isBefore(dueDate));
    }

    /** Who answers for it: the person, else the free text. */
    public String responsableLabel() {
        return responsableName != null ? responsableName : responsableText;
    }
}
