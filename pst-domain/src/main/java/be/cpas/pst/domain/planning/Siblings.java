package be.cpas.pst.domain.planning;

import java.util.ArrayList;
import java.util.List;

/**
 * The children of one parent (or the elements directly under the plan), in their order: the one place that keeps
 * their positions 0, 1, 2… without gap or repeat whatever is added, moved or removed. The structure's verbs read the
 * siblings once, act on them here, and every position they change is written by this class.
 */
public final class Siblings {

    private final List<PlanNode> nodes;

    private Siblings(List<PlanNode> ordered) {
        this.nodes = new ArrayList<>(ordered);
    }

    /** The siblings in the order they are shown (by position). */
    public static Siblings of(List<PlanNode> ordered) {
        return new Siblings(ordered);
    }

    /** Where a new child goes: after the last one. */
    public int nextPosition() {
        return nodes.size();
    }

    /** Moves a child {@code by} places (-1: up, 1: down); nothing happens at either end. */
    public void shift(PlanNode node, int by) {
        if (shift(nodes, node, by)) {
            renumber();
        }
    }

    /**
     * Moves an item of an ordered list {@code by} places, if it stays within the list: the one rule of "up" and
     * "down" for elements, étapes and the like. Says whether it moved (the caller then renumbers).
     */
    static <T> boolean shift(List<T> ordered, T item, int by) {
        int index = ordered.indexOf(item);
        int target = index + by;
        if (index < 0 || target < 0 || target >= ordered.size()) {
            return false;
        }
        ordered.remove(index);
        ordered.add(target, item);
        return true;
    }

    /** A child has left (deleted, or moved under another parent): those after it move up one place. */
    public void remove(PlanNode node) {
        if (nodes.remove(node)) {
            renumber();
        }
    }

    /** The positions as they stand, in order (for the tests and the journal). */
    public List<PlanNode> inOrder() {
        return List.copyOf(nodes);
    }

    private void renumber() {
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).getPosition() != i) {
                nodes.get(i).moveTo(i);
            }
        }
    }
}
