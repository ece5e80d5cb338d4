package be.cpas.pst.domain.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlineParserTest {

    @ParameterizedTest(name = "{0} -> {1} due {2}")
    @CsvSource(delimiter = '|', textBlock = """
            15/09/2020          | DATE         | 2020-09-15
            1/2/2021            | DATE         | 2021-02-01
            2026-03-31          | DATE         | 2026-03-31
            le 1er mars 2024    | DATE         | 2024-03-01
            septembre 2020      | MONTH        | 2020-09-30
            Sept. 2020          | MONTH        | 2020-09-30
            fin février 2024    | MONTH        | 2024-02-29
            02/2025             | MONTH        | 2025-02-28
            2019                | YEAR         | 2019-12-31
            fin 2019            | YEAR         | 2019-12-31
            Fin 2019.           | YEAR         | 2019-12-31
            courant 2021        | YEAR         | 2021-12-31
            d'ici 2027          | YEAR         | 2027-12-31
            début 2020          | PART_OF_YEAR | 2020-03-31
            mi-2021             | PART_OF_YEAR | 2021-06-30
            2019-2020           | PERIOD       | 2020-12-31
            2019 - 2024         | PERIOD       | 2024-12-31
            de 2025 à 2030      | PERIOD       | 2030-12-31
            2022/2023           | PERIOD       | 2023-12-31
            janvier 2020 - Rapport au Conseil | MONTH | 2020-01-31
            fin 2019 : validation du règlement | YEAR | 2019-12-31
            15/09/2020 (comité de concertation) | DATE | 2020-09-15
            2019-2020 rapport annuel | PERIOD | 2020-12-31
            """)
    void datedForms(String text, DeadlineKind kind, LocalDate due) {
        Deadline deadline = DeadlineParser.parse(text);

        assertThat(deadline.kind()).isEqualTo(kind);
        assertThat(deadline.dueDate()).isEqualTo(due);
        assertThat(deadline.text()).isEqualTo(text.strip());
        assertThat(deadline.isUnparsed()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} per year")
    @CsvSource(delimiter = '|', textBlock = """
            1x/trimestre            | 4
            2x/an                   | 2
            2 fois par an           | 2
            1 x par mois            | 12
            trimestriel             | 4
            Trimestrielle           | 4
            bi-mensuel              | 24
            bimensuel               | 24
            tous les 15 jours       | 24
            toutes les deux semaines| 26
            mensuel                 | 12
            annuel                  | 1
            semestriel              | 2
            hebdomadaire            | 52
            """)
    void recurrences(String text, int timesPerYear) {
        Deadline deadline = DeadlineParser.parse(text);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.RECURRENCE);
        assertThat(deadline.timesPerYear()).isEqualTo(timesPerYear);
        assertThat(deadline.due()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en continu", "Permanent", "toute la mandature", "action continue"})
    void ongoingWorkHasNoDueDate(String text) {
        Deadline deadline = DeadlineParser.parse(text);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.ONGOING);
        assertThat(deadline.due()).isEmpty();
        assertThat(deadline.isUnparsed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"quand le budget le permettra", "31/02/2026", "13/2025", "2024-2019", "asap"})
    void unknownTextIsKeptAndFlagged(String text) {
        Deadline deadline = DeadlineParser.parse(text);

        assertThat(deadline.kind()).isEqualTo(DeadlineKind.UNPARSED);
        assertThat(deadline.isUnparsed()).isTrue();
        assertThat(deadline.text()).isEqualTo(text);
        assertThat(deadline.due()).isEmpty();
    }

    @Test
    void blankTextMeansNoDeadline() {
        assertThat(DeadlineParser.parse("   ")).isNull();
        assertThat(DeadlineParser.parse(null)).isNull();
    }

    @Test
    void inconsistentDeadlinesCannotBeBuilt() {
        assertThatThrownBy(() -> new Deadline("2x/an", DeadlineKind.RECURRENCE, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline("2020", DeadlineKind.YEAR, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
