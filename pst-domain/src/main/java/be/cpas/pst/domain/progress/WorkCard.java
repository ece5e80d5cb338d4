package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.vocabulary.ProgressState;
import java.util.List;

/**
 * A projet or action as « Mes actions » shows it and its monthly update form fills in: what it is, where it stands,
 * the version the update builds on and the indicators to measure (with their values, for the last one beside each
 * field). Nothing else of the element reaches that page.
 */
public record WorkCard(long id, ElementView.PlanRef plan, NodeKind kind, String code, String title,
        ProgressState state, Integer progressPercent, long version, Deadline deadline, List<Indicator> indicators) {

    static WorkCard of(PlanNode node) {
        return new WorkCard(node.getId(), new ElementView.PlanRef(node.getPlan().getId(), node.getPlan().getTitle()),
                node.getKind(), node.getCode(), node.getTitle(), node.getState(), node.getProgressPercent(),
                node.getVersion(), node.getDeadline(), List.copyOf(node.getIndicators()));
    }
}
