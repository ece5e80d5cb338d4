package be.cpas.pst.domain.indicator;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorValue;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A measured value put right: corrected (date and value) or withdrawn, by the person who measured it or the DG,
 * always with a reason that the history keeps with the old and the new value. Nothing is saved when the reason is
 * missing, when someone changed the value meanwhile, or when the person may not.
 */
@Service
@Transactional
public class MeasuredValues {

    private final PlanNodeRepository nodes;
    private final AccessPolicy policy;

    public MeasuredValues(PlanNodeRepository nodes, AccessPolicy policy) {
        this.nodes = nodes;
        this.policy = policy;
    }

    /**
     * A value with the plan, element and indicator it belongs to, as its correction page shows it (values only).
     *
     * @param stored the value as stored, with the version a correction must name
     */
    public record MeasuredValue(Ref plan, Ref node, Measure indicator, Stored stored) {

        /** A plan or an element, as the page names and links it. */
        public record Ref(long id, String title) {
        }

        /** The indicator measured. */
        public record Measure(long id, String name, String unit) {
        }

        /** What was measured, when, by whom. */
        public record Stored(long id, LocalDate measuredOn, BigDecimal value, String author, long version) {
        }
    }

    /** A value with what it belongs to, for the verbs. */
    private record Located(PlanNode node, Indicator indicator, IndicatorValue value) {
    }

    /** The value, for the person who may correct it; unknown ids (or another element's) are not found. */
    @Transactional(readOnly = true)
    public MeasuredValue find(long planId, long nodeId, long indicatorId, long valueId) {
        Located found = locate(planId, nodeId, indicatorId, valueId);
        policy.requireCorrectValue(found.node(), found.value().getAuthorAccountId());
        PlanNode node = found.node();
        IndicatorValue value = found.value();
        return new MeasuredValue(new MeasuredValue.Ref(node.getPlan().getId(), node.getPlan().getTitle()),
                new MeasuredValue.Ref(node.getId(), node.getTitle()),
                new MeasuredValue.Measure(found.indicator().getId(), found.indicator().getName(),
                        found.indicator().getUnit()),
                new MeasuredValue.Stored(value.getId(), value.getMeasuredOn(), value.getValue(), value.getAuthor(),
                        value.getVersion()));
    }

    public void correct(long planId, long nodeId, long indicatorId, long valueId, long expectedVersion,
            LocalDate measuredOn, BigDecimal value, String reason) {
        Located found = guarded(planId, nodeId, indicatorId, valueId, expectedVersion);
        found.value().correct(measuredOn, value, reason);
    }

    public void withdraw(long planId, long nodeId, long indicatorId, long valueId, long expectedVersion,
            String reason) {
        Located found = guarded(planId, nodeId, indicatorId, valueId, expectedVersion);
        found.indicator().withdraw(found.value(), reason);
    }

    private Located guarded(long planId, long nodeId, long indicatorId, long valueId, long expectedVersion) {
        Located found = locate(planId, nodeId, indicatorId, valueId);
        policy.requireCorrectValue(found.node(), found.value().getAuthorAccountId());
        ConcurrentModification.check(expectedVersion, found.value().getVersion(), "Indicator value " + valueId);
        return found;
    }

    private Located locate(long planId, long nodeId, long indicatorId, long valueId) {
        PlanNode node = nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
        Indicator indicator = FicheIndicators.indicator(node, indicatorId);
        IndicatorValue value = indicator.getValues().stream().filter(candidate -> candidate.getId() == valueId)
                .findFirst().orElseThrow(() -> new NotFound("indicator.notFound", "No value " + valueId));
        return new Located(node, indicator, value);
    }
}
