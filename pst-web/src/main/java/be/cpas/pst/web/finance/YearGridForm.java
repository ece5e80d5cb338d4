package be.cpas.pst.web.finance;

import be.cpas.pst.domain.finance.YearFollowUp;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.reporting.finance.FinanceFigures;
import be.cpas.pst.reporting.finance.FinanceYear;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DF's grid of a budget year: per line, the four figures and the version of the stored ones the page was built
 * on ({@code lignes[12].inscribed}…). Amounts are read by the registered Belgian formatter.
 */
public class YearGridForm {

    private Map<Long, @Valid Row> lignes = new LinkedHashMap<>();

    /** The grid as stored for the lines shown. */
    static YearGridForm of(List<FinanceFigures.LineFigures> lines) {
        YearGridForm form = new YearGridForm();
        for (FinanceFigures.LineFigures line : lines) {
            form.lignes.put(line.line().id(), Row.of(line.stored()));
        }
        return form;
    }

    List<YearFollowUp.LineYear> entries() {
        return lignes.entrySet().stream().map(entry -> new YearFollowUp.LineYear(entry.getKey(),
                entry.getValue().getVersion(), entry.getValue().figures())).toList();
    }

    public Map<Long, Row> getLignes() {
        return lignes;
    }

    public void setLignes(Map<Long, Row> lignes) {
        this.lignes = lignes;
    }

    /** One line of the grid. */
    public static class Row extends YearFigures {

        static Row of(FinanceYear stored) {
            Row row = new Row();
            if (stored != null) {
                row.showStored(stored);
            }
            return row;
        }

        /** The stored figures and their version; the typed ones are replaced. */
        void showStored(FinanceYear stored) {
            showStored(new BudgetFigures(stored.initialCredit(), stored.inscribed(), stored.committed(),
                    stored.charged()), stored.version());
        }
    }
}
