package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.PlanDataRevision;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFollowUp;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.RuleViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The execution figures of a CPAS whose accounting is not eComptes, from a table (article, year, optionally the code
 * of the projet/action, initial budget, inscribed, committed, charged): a preview row by row — changed, unchanged, or
 * refused with its row number and reason — then the apply, all or nothing, refused if the plan changed since the
 * preview or if a row is refused. A row goes to the one budget line of the plan with its article (and code, when
 * several lines carry the article); an empty cell keeps what is stored.
 */
@Service
@Transactional
public class ExecutionImport {

    /**
     * One row of the table as read.
     *
     * @param number  the row's number in the file (the header is row 1)
     * @param refusal a message key when a cell could not be read, else {@code null}
     */
    public record Row(int number, String article, String workCode, Integer year, BigDecimal initialCredit,
            BigDecimal inscribed, BigDecimal committed, BigDecimal charged, String refusal) {
    }

    /** What a row does. */
    public record Change(Row row, AccountingImport.Outcome outcome, Long nodeId, String element, BudgetFigures before,
            BudgetFigures after, String refusal) {
    }

    /** The preview of a table, on the plan data's revision it was computed on. */
    public record Preview(long revision, List<Change> changes) {

        public long count(AccountingImport.Outcome outcome) {
            return changes.stream().filter(change -> change.outcome() == outcome).count();
        }

        public boolean applicable() {
            return count(AccountingImport.Outcome.REFUSED) == 0 && count(AccountingImport.Outcome.CHANGED) > 0;
        }
    }

    private final PlanNodeRepository nodes;
    private final PlanDataRevision revision;
    private final AccessPolicy policy;

    public ExecutionImport(PlanNodeRepository nodes, PlanDataRevision revision, AccessPolicy policy) {
        this.nodes = nodes;
        this.revision = revision;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public Preview preview(long planId, List<Row> rows) {
        policy.requireEditBudget();
        return compute(planId, rows, revision.current(), false);
    }

    public Preview apply(long planId, List<Row> rows, long previewRevision) {
        policy.requireEditBudget();
        if (revision.current() != previewRevision) {
            throw new RuleViolation("ecomptes.import.changedMeanwhile", "The plan changed since the preview");
        }
        if (!compute(planId, rows, previewRevision, false).applicable()) {
            throw new RuleViolation("ecomptes.import.notApplicable", "Nothing to apply, or refused rows");
        }
        return compute(planId, rows, previewRevision, true);
    }

    private Preview compute(long planId, List<Row> rows, long atRevision, boolean apply) {
        List<BudgetLine> lines = new ArrayList<>();
        for (PlanNode node : nodes.findTreeOfPlan(planId)) {
            lines.addAll(node.getBudgetLines());
        }
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            String refusal = row.refusal() != null ? row.refusal() : check(row);
            List<BudgetLine> matching = refusal != null ? List.of() : lines.stream()
                    .filter(line -> row.article().strip().equals(line.getArticle()))
                    .filter(line -> row.workCode() == null || row.workCode().isBlank()
                            || row.workCode().strip().equals(line.getNode().getCode()))
                    .toList();
            if (refusal == null && matching.isEmpty()) {
                refusal = "execution.refusal.noLine";
            } else if (refusal == null && matching.size() > 1) {
                refusal = "execution.refusal.severalLines";
            } else if (refusal == null && !seen.add(matching.get(0).getId() + "/" + row.year())) {
                refusal = "execution.refusal.twice";
            }
            if (refusal != null) {
                changes.add(new Change(row, AccountingImport.Outcome.REFUSED, null, null, null, null, refusal));
                continue;
            }
            BudgetLine line = matching.get(0);
            BudgetFigures before = line.followUpOf(row.year()).map(BudgetFollowUp::figures)
                    .orElse(BudgetFigures.of(null, null, null));
            BudgetFigures after = new BudgetFigures(keep(row.initialCredit(), before.initialCredit()),
                    keep(row.inscribed(), before.inscribed()), keep(row.committed(), before.committed()),
                    keep(row.charged(), before.charged()));
            boolean same = after.sameAs(before);
            if (apply && !same) {
                line.followUp(row.year(), after);
            }
            changes.add(new Change(row, same ? AccountingImport.Outcome.UNCHANGED : AccountingImport.Outcome.CHANGED,
                    line.getNode().getId(), line.getNode().auditLabel(), before, after, null));
        }
        return new Preview(atRevision, changes);
    }

    private static String check(Row row) {
        if (row.article() == null || row.article().isBlank()) {
            return "execution.refusal.article";
        }
        if (row.year() == null || row.year() < 2000 || row.year() > 2100) {
            return "ecomptes.refusal.year";
        }
        for (BigDecimal amount : new BigDecimal[] {row.initialCredit(), row.inscribed(), row.committed(),
                row.charged()}) {
            if (amount != null && amount.signum() < 0) {
                return "ecomptes.refusal.amount";
            }
        }
        if (row.initialCredit() == null && row.inscribed() == null && row.committed() == null
                && row.charged() == null) {
            return "execution.refusal.empty";
        }
        return null;
    }

    private static BigDecimal keep(BigDecimal given, BigDecimal stored) {
        return given != null ? given : stored;
    }
}
