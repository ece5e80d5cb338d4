package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.util.Set;

/** One node of the plan with what the dashboard needs of it. */
public record NodeRow(long id, Long parentId, NodeKind kind, int position, String code, String title, int weight,
        Integer manualPercent, StateCategory category, Long stateId, String stateLabel, String stateReason,
        Long priorityId, String priorityCode, Long piloteId, String piloteName, Long responsableId,
        String responsableName, String responsableText, LocalDate dueDate, String deadlineText, int stepsDone,
        int stepsTotal, LocalDate lastUpdate, Set<Long> serviceIds, Set<Integer> sdgs, Set<Integer> enjeux,
        int budgetLines) {

    /** Who answers for it: the person, else the free text. */
    public String responsableLabel() {
        return responsableName != null ? responsableName : responsableText;
    }
}
