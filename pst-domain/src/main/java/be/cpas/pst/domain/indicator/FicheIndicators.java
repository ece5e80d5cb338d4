package be.cpas.pst.domain.indicator;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators of an element: whoever edits its fiche defines them (name, unit, desired direction, baseline and
 * target); their values come with the monthly update. An indicator with measured values is kept: its history
 * matters more than a tidy list.
 */
@Service
@Transactional
public class FicheIndicators {

    private final PlanNodeRepository nodes;
    private final AccessPolicy policy;

    public FicheIndicators(PlanNodeRepository nodes, AccessPolicy policy) {
        this.nodes = nodes;
        this.policy = policy;
    }

    /** What defines an indicator. */
    public record Definition(String name, String unit, IndicatorDirection direction, BigDecimal baselineValue,
            LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate) {
    }

    public Indicator add(long planId, long nodeId, Definition definition) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        Indicator indicator = node.addIndicator(definition.name(), definition.unit(), direction(definition));
        indicator.aimAt(definition.baselineValue(), definition.baselineDate(), definition.targetValue(),
                definition.targetDate());
        return indicator;
    }

    public void edit(long planId, long nodeId, long indicatorId, long expectedVersion, Definition definition) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        Indicator indicator = indicator(node, indicatorId);
        ConcurrentModification.check(expectedVersion, indicator.getVersion(), "Indicator " + indicatorId);
        indicator.rename(definition.name(), definition.unit(), direction(definition));
        indicator.aimAt(definition.baselineValue(), definition.baselineDate(), definition.targetValue(),
                definition.targetDate());
    }

    public void remove(long planId, long nodeId, long indicatorId) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        Indicator indicator = indicator(node, indicatorId);
        if (!indicator.getValues().isEmpty()) {
            throw new RuleViolation("indicator.hasValues", "Indicator " + indicatorId + " has values");
        }
        node.removeIndicator(indicator);
    }

    private static IndicatorDirection direction(Definition definition) {
        return definition.direction() == null ? IndicatorDirection.INCREASE : definition.direction();
    }

    private PlanNode node(long planId, long nodeId) {
        return nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
    }

    /** An indicator of this element; another element's, or an unknown one, is not found. */
    static Indicator indicator(PlanNode node, long indicatorId) {
        return node.getIndicators().stream().filter(indicator -> indicator.getId() == indicatorId).findFirst()
                .orElseThrow(() -> new NotFound("indicator.notFound", "No indicator " + indicatorId));
    }
}
