package be.cpas.pst.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressRollupTest {

    private long ids = 1;

    private RollupNode action(StateCategory category, Integer percent) {
        return new RollupNode(ids++, NodeKind.ACTION, "A" + ids, "action", category, percent, 0, 0, 1, List.of());
    }

    private RollupNode node(NodeKind kind, RollupNode... children) {
        return new RollupNode(ids++, kind, "N" + ids, "node", StateCategory.IN_PROGRESS, null, 0, 0, 1,
                List.of(children));
    }

    @Test
    void anObjectiveTakesTheMeanOfItsActions() {
        RollupNode oo = node(NodeKind.OPERATIONAL_OBJECTIVE, action(StateCategory.IN_PROGRESS, 40),
                action(StateCategory.DONE, null), action(StateCategory.NOT_STARTED, null));

        Rollup rollup = ProgressRollup.compute(oo);

        assertThat(rollup.percent().getAsDouble()).isCloseTo((40 + 100 + 0) / 3.0, within(0.001));
        assertThat(rollup.basis()).isEqualTo(Rollup.Basis.CHILDREN);
        assertThat(rollup.contributions()).hasSize(3).allMatch(Rollup.Contribution::counted);
    }

    @Test
    void abandonedActionsAreLeftOutButSuspendedOnesCount() {
        RollupNode abandoned = action(StateCategory.ABANDONED, 10);
        RollupNode oo = node(NodeKind.OPERATIONAL_OBJECTIVE, action(StateCategory.IN_PROGRESS, 80), abandoned,
                action(StateCategory.SUSPENDED, 20));

        Rollup rollup = ProgressRollup.compute(oo);

        assertThat(rollup.percent().getAsDouble()).isCloseTo(50, within(0.001));
        assertThat(rollup.contributions()).filteredOn(c -> c.id() == abandoned.id())
                .singleElement().satisfies(c -> {
                    assertThat(c.counted()).isFalse();
                    assertThat(c.basis()).isEqualTo(Rollup.Basis.EXCLUDED);
                });
    }

    @Test
    void weightsChangeTheMeanAndZeroWeightLeavesAChildOut() {
        RollupNode heavy = new RollupNode(ids++, NodeKind.ACTION, "A", "a", StateCategory.IN_PROGRESS, 100, 0, 0, 3,
                List.of());
        RollupNode light = action(StateCategory.IN_PROGRESS, 0);
        RollupNode ignored = new RollupNode(ids++, NodeKind.ACTION, "C", "c", StateCategory.IN_PROGRESS, 0, 0, 0, 0,
                List.of());

        Rollup rollup = ProgressRollup.compute(node(NodeKind.OPERATIONAL_OBJECTIVE, heavy, light, ignored));

        assertThat(rollup.percent().getAsDouble()).isCloseTo(75, within(0.001));
    }

    @Test
    void anActionWithStepsAndNoPercentTakesTheShareOfStepsDone() {
        RollupNode withSteps = new RollupNode(ids++, NodeKind.ACTION, "A", "a", StateCategory.IN_PROGRESS, null, 1,
                4, 1, List.of());

        Rollup rollup = ProgressRollup.compute(withSteps);

        assertThat(rollup.percent().getAsDouble()).isCloseTo(25, within(0.001));
        assertThat(rollup.basis()).isEqualTo(Rollup.Basis.STEPS);
    }

    @Test
    void aTypedPercentWinsOverStepsAndDoneWinsOverEverything() {
        RollupNode typed = new RollupNode(ids++, NodeKind.ACTION, "A", "a", StateCategory.IN_PROGRESS, 60, 1, 4, 1,
                List.of());
        RollupNode done = new RollupNode(ids++, NodeKind.ACTION, "B", "b", StateCategory.DONE, 30, 0, 4, 1,
                List.of());

        assertThat(ProgressRollup.compute(typed).percent().getAsDouble()).isEqualTo(60);
        assertThat(ProgressRollup.compute(done).percent().getAsDouble()).isEqualTo(100);
    }

    @Test
    void rollUpGoesThroughProjectsObjectivesAndVolets() {
        RollupNode project = node(NodeKind.PROJECT, action(StateCategory.DONE, null), action(StateCategory.IN_PROGRESS, 0));
        RollupNode oo1 = node(NodeKind.OPERATIONAL_OBJECTIVE, project);
        RollupNode oo2 = node(NodeKind.OPERATIONAL_OBJECTIVE, action(StateCategory.IN_PROGRESS, 100));
        RollupNode emptyOo = node(NodeKind.OPERATIONAL_OBJECTIVE);
        RollupNode os = node(NodeKind.STRATEGIC_OBJECTIVE, oo1, oo2, emptyOo);
        RollupNode volet = node(NodeKind.VOLET, os);

        Map<Long, Rollup> all = ProgressRollup.computeAll(volet);

        assertThat(all.get(project.id()).percent().getAsDouble()).isCloseTo(50, within(0.001));
        assertThat(all.get(emptyOo.id()).basis()).isEqualTo(Rollup.Basis.NO_DATA);
        assertThat(all.get(os.id()).percent().getAsDouble()).isCloseTo(75, within(0.001));
        assertThat(all.get(volet.id()).percent().getAsDouble()).isCloseTo(75, within(0.001));
        assertThat(all.get(os.id()).rounded()).isEqualTo(75);
    }

    @Test
    void aNodeWithNothingBelowHasNoFigure() {
        Rollup rollup = ProgressRollup.compute(node(NodeKind.STRATEGIC_OBJECTIVE));

        assertThat(rollup.percent()).isEmpty();
        assertThat(rollup.rounded()).isEqualTo(-1);
    }
}
