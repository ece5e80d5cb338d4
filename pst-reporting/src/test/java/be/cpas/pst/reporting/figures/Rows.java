package be.cpas.pst.reporting.figures;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.time.LocalDate;
import java.util.Set;

/** Small builders of read-model rows for the figures' tests. */
final class Rows {

    private Rows() {
    }

    static NodeRow objective(long id, Long parentId, NodeKind kind, String code) {
        return new NodeRow(id, parentId, kind, (int) id, code, "Objectif " + code, 1, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, 0, 0, null, Set.of(), Set.of(), Set.of(), 0);
    }

    /** A work item with what the figures read of it. */
    record Work(long id, long parentId, StateCategory category, Integer percent, LocalDate due, LocalDate lastUpdate,
            Long priorityId, Set<Long> services, Set<Integer> sdgs, int budgetLines) {

        static Work of(long id, long parentId) {
            return new Work(id, parentId, StateCategory.IN_PROGRESS, null, null, null, null, Set.of(), Set.of(), 0);
        }

        Work in(StateCategory newCategory, Integer newPercent) {
            return new Work(id, parentId, newCategory, newPercent, due, lastUpdate, priorityId, services, sdgs,
                    budgetLines);
        }

        Work due(LocalDate newDue) {
            return new Work(id, parentId, category, percent, newDue, lastUpdate, priorityId, services, sdgs,
                    budgetLines);
        }

        Work updated(LocalDate on) {
            return new Work(id, parentId, category, percent, due, on, priorityId, services, sdgs, budgetLines);
        }

        Work priority(long newPriorityId) {
            return new Work(id, parentId, category, percent, due, lastUpdate, newPriorityId, services, sdgs,
                    budgetLines);
        }

        Work service(long serviceId) {
            return new Work(id, parentId, category, percent, due, lastUpdate, priorityId, Set.of(serviceId), sdgs,
                    budgetLines);
        }

        Work sdg(int number) {
            return new Work(id, parentId, category, percent, due, lastUpdate, priorityId, services, Set.of(number),
                    budgetLines);
        }

        Work withBudget() {
            return new Work(id, parentId, category, percent, due, lastUpdate, priorityId, services, sdgs, 1);
        }

        NodeRow row() {
            return new NodeRow(id, parentId, NodeKind.ACTION, (int) id, "A" + id, "Action " + id, 1, percent,
                    category, category == null ? null : (long) category.ordinal() + 100, null, null, priorityId,
                    priorityId == null ? null : "P" + priorityId, null, null, null, null, null, due,
                    due == null ? null : due.toString(), 0, 0, lastUpdate, services, sdgs, Set.of(), budgetLines);
        }
    }
}
