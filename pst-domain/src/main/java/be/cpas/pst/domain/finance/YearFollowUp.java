package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFollowUp;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.shared.ConcurrentModification;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directeur financier enters a budget year for many lines at once (the way he works: per article, across
 * projects). Only the lines whose figures changed are saved, each under the version the page was built on; if anyone
 * saved one of them in the meantime, nothing is saved and the lines concerned are named.
 */
@Service
@Transactional
public class YearFollowUp {

    private final PlanNodeRepository nodes;
    private final AccessPolicy policy;

    public YearFollowUp(PlanNodeRepository nodes, AccessPolicy policy) {
        this.nodes = nodes;
        this.policy = policy;
    }

    /**
     * One line's figures as the grid shows them.
     *
     * @param expectedVersion the version of the year's stored figures the page was built on ({@code null}: none)
     */
    public record LineYear(long lineId, Long expectedVersion, BudgetFigures figures) {
    }

    /** Someone saved some of these lines' figures of the year since the page was built; nothing was saved. */
    public static final class Conflict extends ConcurrentModification {

        private final transient Set<Long> lineIds;

        Conflict(Set<Long> lineIds) {
            super("Follow-up of budget lines " + lineIds);
            this.lineIds = Set.copyOf(lineIds);
        }

        public Set<Long> lineIds() {
            return lineIds;
        }
    }

    /**
     * Saves the figures of a year that differ from what is stored; returns how many lines changed. All or nothing:
     * a rule broken on one line, or one line saved meanwhile ({@link Conflict}), saves none.
     */
    public int record(long planId, int year, Collection<LineYear> entries) {
        policy.requireEditBudget();
        if (year < 2000 || year > 2100) {
            throw new RuleViolation("budget.year.invalid", "Invalid budget year");
        }
        Map<Long, BudgetLine> lines = new LinkedHashMap<>();
        nodes.budgetLinesOfPlan(planId, entries.stream().map(LineYear::lineId).toList())
                .forEach(line -> lines.put(line.getId(), line));
        List<LineYear> changed = new ArrayList<>();
        Set<Long> conflicts = new TreeSet<>();
        for (LineYear entry : entries) {
            BudgetLine line = lines.get(entry.lineId());
            if (line == null) {
                throw new NotFound("budget.line.notFound", "No budget line " + entry.lineId() + " in plan " + planId);
            }
            Optional<BudgetFollowUp> stored = line.followUpOf(year);
            BudgetFigures before = stored.map(BudgetFollowUp::figures).orElse(BudgetFigures.of(null, null, null));
            if (before.sameAs(entry.figures())) {
                continue;
            }
            Long storedVersion = stored.map(BudgetFollowUp::getVersion).orElse(null);
            if (!Objects.equals(storedVersion, entry.expectedVersion())) {
                conflicts.add(entry.lineId());
            }
            changed.add(entry);
        }
        if (!conflicts.isEmpty()) {
            throw new Conflict(conflicts);
        }
        for (LineYear entry : changed) {
            lines.get(entry.lineId()).followUp(year, entry.expectedVersion(), entry.figures());
        }
        return changed.size();
    }
}
