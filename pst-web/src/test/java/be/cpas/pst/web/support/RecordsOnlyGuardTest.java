package be.cpas.pst.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.cpas.pst.domain.access.Role;
import be.cpas.pst.domain.account.Account;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The guard that keeps entities out of pages finds one wherever a record hides it, and nothing in plain values. */
class RecordsOnlyGuardTest {

    record Line(String label, List<Object> parts) {
    }

    record Page(String title, Map<String, Line> lines, Optional<Object> extra) {
    }

    private static Account planted() {
        return new Account("planted", "Planted", "hash", Set.of(Role.AGENT));
    }

    @Test
    void findsAnEntityInsideARecordsListOrMapOrOptional() {
        Page inList = new Page("t", Map.of("a", new Line("l", List.of("x", planted()))), Optional.empty());
        assertThat(RecordsOnlyGuard.entityIn(inList, "page", new IdentityHashMap<>()))
                .isEqualTo("page.lines[a].parts[1] (Account)");
        Page inOptional = new Page("t", Map.of(), Optional.of(planted()));
        assertThat(RecordsOnlyGuard.entityIn(inOptional, "page", new IdentityHashMap<>()))
                .isEqualTo("page.extra (Account)");
        assertThat(RecordsOnlyGuard.entityIn(Map.of(planted(), 1), "choices", new IdentityHashMap<>()))
                .isEqualTo("choices.key (Account)");
    }

    @Test
    void plainValuesPass() {
        Page page = new Page("t", Map.of("a", new Line("l", List.of("x", 1, java.time.LocalDate.of(2026, 1, 1)))),
                Optional.of("y"));
        assertThat(RecordsOnlyGuard.entityIn(page, "page", new IdentityHashMap<>())).isNull();
    }
}
