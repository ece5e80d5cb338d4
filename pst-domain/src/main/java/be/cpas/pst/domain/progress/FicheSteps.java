package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.PlanNodeRepository;
import be.cpas.pst.domain.planning.Step;
import be.cpas.pst.domain.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The étapes of a projet or action. Whoever edits the fiche (the DG, the pilote) adds, reorders and removes them;
 * whoever posts its progress (also its responsable, or an agent of an involved service) ticks them.
 */
@Service
@Transactional
public class FicheSteps {

    private final PlanNodeRepository nodes;
    private final AccessPolicy policy;
    private final Clock clock;

    public FicheSteps(PlanNodeRepository nodes, AccessPolicy policy, Optional<Clock> clock) {
        this.nodes = nodes;
        this.policy = policy;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    public Step add(long planId, long nodeId, String title, String who, String deadline) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        return node.addStep(title, who, Deadline.of(deadline));
    }

    /** Ticks ({@code done}) or unticks an étape; ticked today. */
    public void tick(long planId, long nodeId, long stepId, boolean done) {
        PlanNode node = node(planId, nodeId);
        policy.requirePostProgress(node);
        Step step = step(node, stepId);
        if (done) {
            step.tick(LocalDate.now(clock));
        } else {
            step.untick();
        }
    }

    public void move(long planId, long nodeId, long stepId, int by) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        node.moveStep(step(node, stepId), by);
    }

    public void remove(long planId, long nodeId, long stepId) {
        PlanNode node = node(planId, nodeId);
        policy.requireEditFiche(node);
        node.removeStep(step(node, stepId));
    }

    private PlanNode node(long planId, long nodeId) {
        return nodes.findNode(planId, nodeId)
                .orElseThrow(() -> new NotFound("node.notFound", "No node " + nodeId));
    }

    private static Step step(PlanNode node, long stepId) {
        return node.getSteps().stream().filter(step -> step.getId() == stepId).findFirst()
                .orElseThrow(() -> new NotFound("step.notFound", "No step " + stepId));
    }
}
