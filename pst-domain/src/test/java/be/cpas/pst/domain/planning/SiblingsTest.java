package be.cpas.pst.domain.planning;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Siblings keep their positions 0, 1, 2… in the order shown, whatever is moved or removed. */
class SiblingsTest {

    private PlanNode first;
    private PlanNode second;
    private PlanNode third;

    @BeforeEach
    void threeObjectives() {
        Plan plan = new Plan(new Organisation("CPAS de Test", null, null, null), "PST 2025-2030", 2025, 2030);
        first = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 0, "1", "Premier");
        second = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 1, "2", "Deuxième");
        third = new PlanNode(plan, null, NodeKind.STRATEGIC_OBJECTIVE, 2, "3", "Troisième");
    }

    private static List<Integer> positions(PlanNode... nodes) {
        return java.util.Arrays.stream(nodes).map(PlanNode::getPosition).toList();
    }

    @Test
    void aNewChildGoesLast() {
        assertThat(Siblings.of(List.of(first, second, third)).nextPosition()).isEqualTo(3);
        assertThat(Siblings.of(List.of()).nextPosition()).isZero();
    }

    @Test
    void movingUpAndDownSwapsWithTheNeighbourAndStopsAtTheEnds() {
        Siblings siblings = Siblings.of(List.of(first, second, third));

        siblings.shift(third, -1);
        assertThat(siblings.inOrder()).containsExactly(first, third, second);
        assertThat(positions(first, third, second)).containsExactly(0, 1, 2);

        siblings.shift(first, -1);
        siblings.shift(second, 1);
        assertThat(siblings.inOrder()).containsExactly(first, third, second);
        assertThat(positions(first, third, second)).containsExactly(0, 1, 2);
    }

    @Test
    void removingOneClosesTheGap() {
        Siblings siblings = Siblings.of(List.of(first, second, third));

        siblings.remove(first);

        assertThat(siblings.inOrder()).containsExactly(second, third);
        assertThat(positions(second, third)).containsExactly(0, 1);
        assertThat(siblings.nextPosition()).isEqualTo(2);
    }

    @Test
    void positionsWithAGapAreMadeWholeAtTheNextChange() {
        third.moveTo(7);
        Siblings siblings = Siblings.of(List.of(first, second, third));

        siblings.shift(second, 1);

        assertThat(siblings.inOrder()).containsExactly(first, third, second);
        assertThat(positions(first, third, second)).containsExactly(0, 1, 2);
    }
}
