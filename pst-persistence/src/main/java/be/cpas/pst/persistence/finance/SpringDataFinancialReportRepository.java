package be.cpas.pst.persistence.finance;

import be.cpas.pst.domain.evaluation.EvaluationKind;
import be.cpas.pst.domain.finance.FinancialReport;
import be.cpas.pst.domain.finance.FinancialReportRepository;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The DF's reports, by plan, year and kind. */
interface SpringDataFinancialReportRepository extends FinancialReportRepository, Repository<FinancialReport, Long> {

    @Override
    @Query("select r from FinancialReport r where r.plan.id = :planId and r.year = :year and r.kind = :kind")
    Optional<FinancialReport> findByPlanIdAndYearAndKind(@Param("planId") long planId, @Param("year") int year,
            @Param("kind") EvaluationKind kind);
}
