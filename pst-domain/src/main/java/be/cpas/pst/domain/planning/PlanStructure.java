package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.domain.vocabulary.VocabularyLists;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DG reshapes the plan: adds, reorders and moves volets, axes, objectives, projets and actions, suspends or
 * abandons them with a reason, and deletes what has no history yet. Positions among siblings are kept as 0, 1, 2…
 * so that the plan's order is always explicit.
 */
@Service
@Transactional
public class PlanStructure {

    private final PlanRepository plans;
    private final PlanNodeRepository nodes;
    private final VocabularyLists vocabularies;
    private final ProgressEntryRepository entries;
    private final Clock clock;
    private final AccessPolicy policy;

    public PlanStructure(PlanRepository plans, PlanNodeRepository nodes, VocabularyLists vocabularies,
            ProgressEntryRepository entries, AccessPolicy policy, Optional<Clock> clock) {
        this.entries = entries;
        this.clock = clock.orElseGet(Clock::systemDefaultZone);
        this.plans = plans;
        this.nodes = nodes;
        this.vocabularies = vocabularies;
        this.policy = policy;
    }

    /** Adds a node at the end of its parent's children ({@code parentId} null: directly under the plan). */
    /** The plan an element is about to be added to, for the DG's form: unknown plans are not found. */
    @Transactional(readOnly = true)
    public Plan planToExtend(long planId) {
        policy.requireEditStructure();
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
        plan.checkEditable();
        return plan;
    }

    public PlanNode add(long planId, Long parentId, NodeKind kind, String code, String title) {
        policy.requireEditStructure();
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
        PlanNode parent = parentId == null ? null : node(planId, parentId);
        if (kind == null) {
            throw new RuleViolation("node.kind.required", "A kind is required");
        }
        int position = siblingsOf(planId, parentId).nextPosition();
        return nodes.save(new PlanNode(plan, parent, kind, position, code, title));
    }

    /** Swaps the node with the sibling before it; nothing happens for the first one. */
    public void moveUp(long planId, long nodeId) {
        shift(planId, nodeId, -1);
    }

    /** Swaps the node with the sibling after it; nothing happens for the last one. */
    public void moveDown(long planId, long nodeId) {
        shift(planId, nodeId, 1);
    }

    private void shift(long planId, long nodeId, int by) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        siblingsOf(planId, parentId(node)).shift(node, by);
    }

    /** Moves the node, with everything below it, to the end of another parent's children. */
    public void moveUnder(long planId, long nodeId, Long newParentId) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        Long oldParentId = parentId(node);
        if (Objects.equals(oldParentId, newParentId)) {
            return;
        }
        PlanNode newParent = newParentId == null ? null : node(planId, newParentId);
        Siblings former = siblingsOf(planId, oldParentId);
        node.moveUnder(newParent, siblingsOf(planId, newParentId).nextPosition());
        former.remove(node);
    }

    /** An element a node may be moved under, as the structure page names it. */
    public record Place(long id, NodeKind kind, String code, String title) {
    }

    /** The nodes this node may be moved under (same plan, a level that accepts it, not below itself). */
    @Transactional(readOnly = true)
    public List<Place> possibleParents(long planId, long nodeId) {
        PlanNode node = node(planId, nodeId);
        List<PlanNode> all = nodes.findTreeOfPlan(planId);
        return all.stream().filter(candidate -> node.getKind().mayHangUnder(candidate.getKind()))
                .filter(candidate -> !isBelowOrSelf(candidate, node))
                .map(candidate -> new Place(candidate.getId(), candidate.getKind(), candidate.getCode(),
                        candidate.getTitle()))
                .toList();
    }

    private static boolean isBelowOrSelf(PlanNode candidate, PlanNode node) {
        for (PlanNode current = candidate; current != null; current = current.getParent()) {
            if (current.equals(node)) {
                return true;
            }
        }
        return false;
    }

    /** Suspends an objective, projet or action with the reason the CPAS gives (the plan's "suspended" state). */
    public void suspend(long planId, long nodeId, String reason) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        Actor actor = policy.actor();
        journal(node.suspend(stateOf(planId, StateCategory.SUSPENDED), reason, actor.name(), actor.accountId(),
                LocalDate.now(clock)));
    }

    /** Abandons an objective, projet or action with its reason (the plan's "abandoned" state). */
    public void abandon(long planId, long nodeId, String reason) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        Actor actor = policy.actor();
        journal(node.abandon(stateOf(planId, StateCategory.ABANDONED), reason, actor.name(), actor.accountId(),
                LocalDate.now(clock)));
    }

    /** Takes a suspended or abandoned node up again, in the plan's "in progress" state. */
    public void resume(long planId, long nodeId) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        Actor actor = policy.actor();
        journal(node.resume(stateOf(planId, StateCategory.IN_PROGRESS), null, actor.name(), actor.accountId(),
                LocalDate.now(clock)));
    }

    /**
     * Deletes a node that has no history: nothing below it, no journal entry, no indicator value and no budget
     * follow-up. Anything else is abandoned instead, so that what the council adopted stays traceable.
     */
    public void delete(long planId, long nodeId) {
        policy.requireEditStructure();
        PlanNode node = node(planId, nodeId);
        node.getPlan().checkEditable();
        if (nodes.hasHistory(nodeId)) {
            throw new RuleViolation("node.delete.hasHistory", "Node " + nodeId + " has a history");
        }
        Siblings siblings = siblingsOf(planId, parentId(node));
        nodes.delete(node);
        siblings.remove(node);
    }

    /** Whether the node could be deleted (for the page: otherwise only "abandon" is offered). */
    @Transactional(readOnly = true)
    public boolean mayDelete(long nodeId) {
        return policy.mayEditStructure() && !nodes.hasHistory(nodeId);
    }

    private ProgressState stateOf(long planId, StateCategory category) {
        return vocabularies.statesOf(planId).stream().filter(state -> state.getCategory() == category).findFirst()
                .orElseThrow(() -> new RuleViolation("state.category.missing", "No state of category " + category,
                        category.name()));
    }

    private PlanNode node(long planId, long nodeId) {
        return nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
    }

    /** Stores the journal entry a transition of a projet or action wrote (objectives have none). */
    private void journal(ProgressEntry entry) {
        if (entry != null) {
            entries.save(entry);
        }
    }

    private static Long parentId(PlanNode node) {
        return node.getParent() == null ? null : node.getParent().getId();
    }

    /** The children of a parent ({@code null}: the plan's top level), whose positions they keep. */
    private Siblings siblingsOf(long planId, Long parentId) {
        return Siblings.of(nodes.childrenOf(planId, parentId));
    }
}
