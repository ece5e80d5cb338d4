package be.cpas.pst.reporting.finance;

import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.NodeKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The financial follow-up's read model: three statements per plan, whatever its size; no entity is loaded. */
@Repository
public class FinanceRows {

    private final JdbcClient jdbc;

    public FinanceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan's elements, to place each line under its OO and OS. */
    public List<FinanceNode> nodes(long planId) {
        return jdbc.sql("select id, parent_id, kind, position, code, title from plan_node where plan_id = :plan")
                .param("plan", planId)
                .query((rs, row) -> new FinanceNode(rs.getLong("id"), nullableLong(rs, "parent_id"),
                        NodeKind.valueOf(rs.getString("kind")), rs.getInt("position"), rs.getString("code"),
                        rs.getString("title")))
                .list();
    }

    public List<FinanceLine> lines(long planId) {
        return jdbc.sql("""
                select l.id, l.node_id, l.position, l.amount_min, l.amount_max, l.recurrence, l.budget_year,
                       l.budget_service, l.flow, l.budget_article, l.article_label, l.financing, l.subsidising_body,
                       l.comment, l.original_text
                from budget_line l join plan_node n on n.id = l.node_id
                where n.plan_id = :plan""")
                .param("plan", planId)
                .query((rs, row) -> new FinanceLine(rs.getLong("id"), rs.getLong("node_id"), rs.getInt("position"),
                        rs.getBigDecimal("amount_min"), rs.getBigDecimal("amount_max"),
                        BudgetRecurrence.valueOf(rs.getString("recurrence")), nullableInt(rs, "budget_year"),
                        rs.getString("budget_service") == null ? null
                                : BudgetService.valueOf(rs.getString("budget_service")),
                        BudgetFlow.valueOf(rs.getString("flow")), rs.getString("budget_article"),
                        rs.getString("article_label"),
                        rs.getString("financing") == null ? null : Financing.valueOf(rs.getString("financing")),
                        rs.getString("subsidising_body"), rs.getString("comment"), rs.getString("original_text")))
                .list();
    }

    /** The accounting's projections for the plan's elements. */
    public List<FinanceProjection> projections(long planId) {
        return jdbc.sql("""
                select p.node_id, p.budget_service, p.flow, p.economic_group, p.label, p.budget_year, p.amount
                from budget_projection p join plan_node n on n.id = p.node_id
                where n.plan_id = :plan""")
                .param("plan", planId)
                .query((rs, row) -> new FinanceProjection(rs.getLong("node_id"),
                        BudgetService.valueOf(rs.getString("budget_service")), BudgetFlow.valueOf(rs.getString("flow")),
                        rs.getString("economic_group"), rs.getString("label"), rs.getInt("budget_year"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    public List<FinanceYear> years(long planId) {
        return jdbc.sql("""
                select f.budget_line_id, f.budget_year, f.initial_credit, f.inscribed, f.committed, f.charged,
                       f.version
                from budget_follow_up f join budget_line l on l.id = f.budget_line_id
                join plan_node n on n.id = l.node_id
                where n.plan_id = :plan""")
                .param("plan", planId)
                .query((rs, row) -> new FinanceYear(rs.getLong("budget_line_id"), rs.getInt("budget_year"),
                        rs.getBigDecimal("initial_credit"), rs.getBigDecimal("inscribed"),
                        rs.getBigDecimal("committed"), rs.getBigDecimal("charged"), rs.getLong("version")))
                .list();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
