package be.cpas.pst.reporting.dashboard;

/**
 * What the dashboard is narrowed to. Every field is optional; the structural ones (volet, axe, OS, OO) are node ids
 * and keep the work below that node; the others are ids of the plan's vocabularies, or an ODD number.
 */
public record DashboardFilter(Long volet, Long axe, Long os, Long oo, Long service, Long pilote, Long responsable,
        Long priority, Long state, Integer sdg) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null, null, null, null, null, null,
            null, null);

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** Whether a projet or action of the read model passes every criterion. */
    boolean accepts(DashboardRows.Node work, java.util.function.LongPredicate hasAncestor) {
        return (volet == null || hasAncestor.test(volet))
                && (axe == null || hasAncestor.test(axe))
                && (os == null || hasAncestor.test(os))
                && (oo == null || hasAncestor.test(oo))
                && (service == null || work.serviceIds().contains(service))
                && (pilote == null || pilote.equals(work.piloteId()))
                && (responsable == null || responsable.equals(work.responsableId()))
                && (priority == null || priority.equals(work.priorityId()))
                && (state == null || state.equals(work.stateId()))
                && (sdg == null || work.sdgs().contains(sdg));
    }
}
