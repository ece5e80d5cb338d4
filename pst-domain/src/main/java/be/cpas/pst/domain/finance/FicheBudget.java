package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The budget lines of a projet or action and the directeur financier's follow-up of each: the DG and the DF edit
 * them. A rule broken by any value refuses the whole change.
 */
@Service
@Transactional
public class FicheBudget {

    private final PlanNodeRepository nodes;
    private final AccessPolicy policy;

    public FicheBudget(PlanNodeRepository nodes, AccessPolicy policy) {
        this.nodes = nodes;
        this.policy = policy;
    }

    /** What a budget line says: amount or range or text, its nature, its financing. */
    public record LineChange(BigDecimal minimum, BigDecimal maximum, String originalText,
            BudgetRecurrence recurrence, Integer year, CostBasis costBasis, BudgetService service, BudgetFlow flow,
            String article, String articleLabel, Financing financing, String subsidisingBody, String comment) {
    }

    public BudgetLine add(long planId, long nodeId, LineChange change) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditBudget();
        BudgetLine line = node.addBudgetLine(change.minimum(), change.maximum(), change.originalText());
        apply(line, change);
        return line;
    }

    /** Changes a line, if nobody changed it since {@code expectedVersion}. */
    public void edit(long planId, long nodeId, long lineId, long expectedVersion, LineChange change) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditBudget();
        BudgetLine line = line(node, lineId);
        ConcurrentModification.check(expectedVersion, line.getVersion(), "Budget line " + lineId);
        line.changeAmount(change.minimum(), change.maximum(), change.originalText());
        apply(line, change);
    }

    public void remove(long planId, long nodeId, long lineId) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditBudget();
        node.removeBudgetLine(line(node, lineId));
    }

    /**
     * The DF's figures of one year for a line: credits of the initial budget and after modifications, committed,
     * charged, as the form built on
     * {@code expectedVersion} of that year's figures ({@code null}: none yet) sets them. Refused with
     * {@link ConcurrentModification} if someone saved that year since: a second save never erases the first silently.
     */
    public void followUp(long planId, long nodeId, long lineId, int year, Long expectedVersion,
            BudgetFigures figures) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditBudget();
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("budget.year.invalid", "Invalid budget year");
        }
        line(node, lineId).followUp(year, expectedVersion, figures);
    }

    private static void apply(BudgetLine line, LineChange change) {
        line.characterise(change.recurrence() == null ? BudgetRecurrence.ONE_OFF : change.recurrence(), change.year(),
                change.costBasis() == null ? CostBasis.TOTAL : change.costBasis());
        line.finance(change.service(), change.flow() == null ? BudgetFlow.EXPENSE : change.flow(), change.article(),
                change.articleLabel(), change.financing(), change.subsidisingBody(), change.comment());
    }

    private PlanNode node(long planId, long nodeId) {
        return nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
    }

    private static BudgetLine line(PlanNode node, long lineId) {
        return node.getBudgetLines().stream().filter(line -> line.getId() == lineId).findFirst()
                .orElseThrow(() -> new NotFound("budget.line.notFound", "No budget line " + lineId));
    }
}
