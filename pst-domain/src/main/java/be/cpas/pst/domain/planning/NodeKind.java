package be.cpas.pst.domain.planning;

import java.util.EnumSet;
import java.util.Set;

/** The levels of a plan's tree, and which level may hang under which. */
public enum NodeKind {
    VOLET,
    AXE,
    STRATEGIC_OBJECTIVE,
    OPERATIONAL_OBJECTIVE,
    PROJECT,
    ACTION;

    /** The kinds this kind may be placed under; {@code null} in the set means "directly under the plan". */
    public boolean mayHangUnder(NodeKind parent) {
        return allowedParents().contains(parent == null ? Root.PLAN : Root.of(parent));
    }

    private Set<Root> allowedParents() {
        return switch (this) {
            case VOLET -> EnumSet.of(Root.PLAN);
            case AXE -> EnumSet.of(Root.PLAN, Root.VOLET);
            case STRATEGIC_OBJECTIVE -> EnumSet.of(Root.PLAN, Root.VOLET, Root.AXE);
            case OPERATIONAL_OBJECTIVE -> EnumSet.of(Root.STRATEGIC_OBJECTIVE);
            case PROJECT -> EnumSet.of(Root.OPERATIONAL_OBJECTIVE);
            case ACTION -> EnumSet.of(Root.OPERATIONAL_OBJECTIVE, Root.PROJECT);
        };
    }

    /** Projets and actions carry a full fiche and a journal. */
    public boolean isWork() {
        return this == PROJECT || this == ACTION;
    }

    /** Objectives and work can be suspended or abandoned; volets and axes are only headings. */
    public boolean hasState() {
        return this != VOLET && this != AXE;
    }

    private enum Root {
        PLAN, VOLET, AXE, STRATEGIC_OBJECTIVE, OPERATIONAL_OBJECTIVE, PROJECT, ACTION;

        static Root of(NodeKind kind) {
            return valueOf(kind.name());
        }
    }
}
