package be.cpas.pst.domain.progress;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A node's rolled-up progress and how it was obtained, for "how is this 62 % computed?".
 *
 * @param percent       the figure, empty when nothing below contributes
 * @param basis         which rule produced it
 * @param contributions for a parent, each child's figure and whether it counted
 */
public record Rollup(OptionalDouble percent, Basis basis, List<Contribution> contributions) {

    /** The rule that produced a figure. */
    public enum Basis {
        /** The node is done: 100 %. */
        DONE,
        /** The % typed on the fiche. */
        MANUAL,
        /** Share of étapes ticked. */
        STEPS,
        /** No %, no étape, not done: counts as 0 %. */
        NOT_STARTED,
        /** Weighted mean of the children that count. */
        CHILDREN,
        /** Abandoned: left out of its parent's figure. */
        EXCLUDED,
        /** Nothing below contributes. */
        NO_DATA
    }

    /** One child's part in its parent's figure. */
    public record Contribution(long id, String code, String title, OptionalDouble percent, int weight,
            boolean counted, Basis basis) {
    }

    /** The figure rounded to a whole %, or -1 without data (for templates). */
    public int rounded() {
        return percent.isPresent() ? (int) Math.round(percent.getAsDouble()) : -1;
    }
}
