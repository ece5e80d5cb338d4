package be.cpas.pst.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV the DF and the DG open in Belgian Excel: readable, and never a formula that runs. */
class TableWriterTest {

    private static String csv(List<Object> row) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter.csv(new Table("Liste", List.of("Intitulé", "Valeur"), List.of(row)), out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aTextThatLooksLikeAFormulaIsWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"https://evil.example\",\"clic\")", "+1+1", "-2+3",
                "@SUM(A1:A2)", "\t=1", "\r=1"}) {
            String written = csv(Arrays.asList(formula, null));
            assertThat(written).as(formula).doesNotContain(";" + formula).doesNotContain("\r\n" + formula)
                    .contains("'" + formula.charAt(0));
        }
    }

    @Test
    void numbersDatesAndOrdinaryTextsAreWrittenTheBelgianWay() {
        String written = csv(Arrays.asList("Action 1.2 — « suivi »", new BigDecimal("-1250.5")));

        assertThat(written).startsWith("\uFEFFIntitulé;Valeur\r\n");
        assertThat(written).contains("Action 1.2 — « suivi »;-1250,5").doesNotContain("'-");
        assertThat(csv(Arrays.asList(LocalDate.of(2026, 3, 5), 12))).contains("05/03/2026;12");
    }
}
