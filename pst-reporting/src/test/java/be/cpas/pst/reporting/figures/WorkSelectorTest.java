package be.cpas.pst.reporting.figures;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.vocabulary.StateCategory;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkSelectorTest {

    @Test
    void everySelectorIsNamedByTheWordItsAddressCarries() {
        List<WorkSelector> selectors = List.of(WorkSelector.ALL, WorkSelector.LATE, WorkSelector.STALE,
                WorkSelector.DUE_SOON, WorkSelector.STOPPED, new WorkSelector.DueWithin(30),
                new WorkSelector.DueWithin(90), new WorkSelector.InCategory(StateCategory.IN_PROGRESS),
                new WorkSelector.InCategory(StateCategory.SUSPENDED), new WorkSelector.WithPriority(12L),
                new WorkSelector.WithPriority(null), new WorkSelector.ServingSdg(17),
                new WorkSelector.ServingEnjeu(4));

        for (WorkSelector selector : selectors) {
            assertThat(WorkSelector.parse(selector.key())).as(selector.key()).contains(selector);
        }
    }

    @Test
    void aWordThatNamesNoListIsNoSelector() {
        for (String key : new String[] {null, "", "retard", "priority-abc", "category-NOPE", "sdg-18", "enjeu-0",
                "due45"}) {
            assertThat(WorkSelector.parse(key)).as(String.valueOf(key)).isEmpty();
        }
    }
}
