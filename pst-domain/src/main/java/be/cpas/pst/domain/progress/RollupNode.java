package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.util.List;
import java.util.Objects;

/**
 * What the roll-up needs to know of a node, whether it comes from entities or from a SQL read model.
 *
 * @param manualPercent the % typed on the fiche, or {@code null}
 * @param stepsDone     étapes ticked
 * @param stepsTotal    étapes in all
 * @param weight        relative weight among siblings (default 1; 0 leaves the node out)
 */
public record RollupNode(long id, NodeKind kind, String code, String title, StateCategory category,
        Integer manualPercent, int stepsDone, int stepsTotal, int weight, List<RollupNode> children) {

    public RollupNode {
        Objects.requireNonNull(kind, "kind");
        category = category == null ? StateCategory.NOT_STARTED : category;
        children = children == null ? List.of() : List.copyOf(children);
    }

    public RollupNode withChildren(List<RollupNode> newChildren) {
        return new RollupNode(id, kind, code, title, category, manualPercent, stepsDone, stepsTotal, weight,
                newChildren);
    }
}
