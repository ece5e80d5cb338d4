package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A projet or action as « Mes actions » shows it and its monthly update form fills in: what it is, where it stands,
 * the version the update builds on and the indicators to measure (each with its last value and its target, shown
 * beside its field). Values only: nothing else of the element, and no entity, reaches that page.
 *
 * @param state {@code null} when the element has no state yet
 */
public record WorkCard(long id, ElementView.PlanRef plan, NodeKind kind, String code, String title,
        TreeNode.State state, Integer progressPercent, long version, Deadline deadline, List<Measure> indicators) {

    /** An indicator to measure in the monthly update. */
    public record Measure(long id, String name, String unit, BigDecimal targetValue, LocalDate targetDate,
            ElementView.Reading last) {

        /** The last value measured, if any. */
        public Optional<ElementView.Reading> latest() {
            return Optional.ofNullable(last);
        }
    }

    static WorkCard of(PlanNode node) {
        return new WorkCard(node.getId(), ElementView.PlanRef.of(node.getPlan()),
                node.getKind(), node.getCode(), node.getTitle(), TreeNode.State.of(node.getState()),
                node.getProgressPercent(), node.getVersion(), node.getDeadline(),
                node.getIndicators().stream().map(WorkCard::measure).toList());
    }

    private static Measure measure(Indicator indicator) {
        return new Measure(indicator.getId(), indicator.getName(), indicator.getUnit(), indicator.getTargetValue(),
                indicator.getTargetDate(), indicator.latest()
                        .map(ElementView.Reading::of).orElse(null));
    }
}
