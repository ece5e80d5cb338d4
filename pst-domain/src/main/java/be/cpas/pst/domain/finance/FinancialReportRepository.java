package be.cpas.pst.domain.finance;

import be.cpas.pst.domain.evaluation.EvaluationKind;
import java.util.Optional;

/** Port to the directeur financier's reports. */
public interface FinancialReportRepository {

    Optional<FinancialReport> findByPlanIdAndYearAndKind(long planId, int year, EvaluationKind kind);

    FinancialReport save(FinancialReport report);
}
