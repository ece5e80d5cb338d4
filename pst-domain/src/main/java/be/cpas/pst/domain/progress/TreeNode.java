package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.StateCategory;

/**
 * An element as the plan's tree holds it: what the plan page, the plan document, the fiche's path and « Mes actions »
 * show of it and what the plan page's filters test. Kept across requests with the tree, so it holds values only
 * (never an entity): a kept tree can be read by any request without a session.
 *
 * @param description the element's description (rich text), shown by the plan document and searched by the filter
 * @param priority    {@code null} when the element has none
 * @param state       {@code null} for the levels without a state (volets, objectives)
 */
public record TreeNode(long id, ElementView.PlanRef plan, NodeKind kind, String code, String title,
        String description, Priority priority, State state, StateCategory stateCategory, Who pilote,
        Who responsable, String responsableText, Deadline deadline) {

    /** A priority level as the tree shows it: its short code, its label as the title. */
    public record Priority(long id, String code, String label) {

        /** The level as values; {@code null} for none. */
        static Priority of(PriorityLevel level) {
            return level == null ? null : new Priority(level.getId(), level.getCode(), level.getLabel());
        }
    }

    /** An état d'avancement as the tree shows it. */
    public record State(long id, String label, StateCategory category) {

        /** The state as values; {@code null} for none. */
        static State of(ProgressState state) {
            return state == null ? null : new State(state.getId(), state.getLabel(), state.getCategory());
        }
    }

    /** A pilote or responsable as the tree names them. */
    public record Who(long id, String name) {

        /** The person as values; {@code null} for none. */
        static Who of(Person person) {
            return person == null ? null : new Who(person.getId(), person.getName());
        }
    }

    /** An element of the plan {@code plan} refers to (one reference shared by the whole tree). */
    static TreeNode of(PlanNode node, ElementView.PlanRef plan) {
        return new TreeNode(node.getId(), plan, node.getKind(), node.getCode(), node.getTitle(), node.getDescription(),
                Priority.of(node.getPriority()), State.of(node.getState()), node.getStateCategory(),
                Who.of(node.getPilote()), Who.of(node.getResponsable()), node.getResponsableText(),
                node.getDeadline());
    }
}
