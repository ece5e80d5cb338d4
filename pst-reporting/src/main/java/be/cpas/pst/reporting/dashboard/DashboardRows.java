package be.cpas.pst.reporting.dashboard;

import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.vocabulary.StateCategory;
import be.cpas.pst.reporting.figures.BudgetLineRow;
import be.cpas.pst.reporting.figures.Choice;
import be.cpas.pst.reporting.figures.FollowUpRow;
import be.cpas.pst.reporting.figures.IndicatorRow;
import be.cpas.pst.reporting.figures.NodeRow;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The dashboard's read model: a few SQL statements per page whatever the plan's size. Journal entries, étapes,
 * indicator values and budget amounts are aggregated by the database; no entity is loaded.
 */
@Repository
public class DashboardRows {

    private final JdbcClient jdbc;

    public DashboardRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The revision of all plan data: it changes with every committed transaction that changed the content of a plan
     * (database triggers, migration V5), so a result computed after reading it is valid as long as it is unchanged.
     */
    public long revision() {
        return jdbc.sql("select revision from plan_data_revision").query(Long.class).single();
    }





    /** A synergy between the commune and the CPAS an element carries: its status and what the plan says of it. */
    public record Synergy(long nodeId, String status, String details) {
    }

    /** The elements of a plan with a synergy status other than « sans objet », in the plan's order (one statement). */
    public List<Synergy> synergies(long planId) {
        return jdbc.sql("""
                        select n.id, n.synergy_status, n.synergy_details from plan_node n
                        where n.plan_id = :plan and n.synergy_status is not null
                        and n.synergy_status <> 'NOT_APPLICABLE'
                        order by n.id""")
                .param("plan", planId)
                .query((rs, n) -> new Synergy(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    public List<NodeRow> nodes(long planId) {
        return jdbc.sql("""
                select n.id, n.parent_id, n.kind, n.position, n.code, n.title, n.weight, n.progress_percent,
                       s.category, n.state_id, s.label as state_label, n.state_reason, n.priority_id,
                       pr.code as priority_code, n.pilote_id, pi.name as pilote_name, n.responsable_id,
                       r.name as responsable_name, n.responsable_text, n.deadline_due_date, n.deadline_text,
                       coalesce(st.done, 0) as steps_done, coalesce(st.total, 0) as steps_total, le.last_update,
                       array(select ns.service_id from node_service ns where ns.node_id = n.id) as services,
                       array(select sd.sdg_number from node_sdg sd where sd.node_id = n.id) as sdgs,
                       array(select en.enjeu_number from node_enjeu en where en.node_id = n.id) as enjeux,
                       (select count(*) from budget_line bl where bl.node_id = n.id) as budget_lines,
                       fs.step_due, fs.step_title
                from plan_node n
                left join progress_state s on s.id = n.state_id
                left join priority_level pr on pr.id = n.priority_id
                left join person pi on pi.id = n.pilote_id
                left join person r on r.id = n.responsable_id
                left join (select ps.node_id, count(*) filter (where ps.done) as done, count(*) as total
                           from plan_step ps join plan_node x on x.id = ps.node_id and x.plan_id = :plan
                           group by ps.node_id) st on st.node_id = n.id
                left join (select e.node_id, max(e.recorded_on) as last_update
                           from progress_entry e join plan_node x on x.id = e.node_id and x.plan_id = :plan
                           group by e.node_id) le on le.node_id = n.id
                left join lateral (select ps.deadline_due_date as step_due, ps.title as step_title from plan_step ps
                                   where ps.node_id = n.id and not ps.done and ps.deadline_due_date is not null
                                   order by ps.deadline_due_date, ps.position limit 1) fs on true
                where n.plan_id = :plan
                order by n.position, n.id""")
                .param("plan", planId)
                .query((rs, row) -> new NodeRow(rs.getLong("id"), nullableLong(rs, "parent_id"),
                        NodeKind.valueOf(rs.getString("kind")), rs.getInt("position"), rs.getString("code"),
                        rs.getString("title"), rs.getInt("weight"), nullableInt(rs, "progress_percent"),
                        rs.getString("category") == null ? null : StateCategory.valueOf(rs.getString("category")),
                        nullableLong(rs, "state_id"), rs.getString("state_label"), rs.getString("state_reason"),
                        nullableLong(rs, "priority_id"), rs.getString("priority_code"), nullableLong(rs, "pilote_id"),
                        rs.getString("pilote_name"), nullableLong(rs, "responsable_id"),
                        rs.getString("responsable_name"), rs.getString("responsable_text"),
                        rs.getObject("deadline_due_date", LocalDate.class), rs.getString("deadline_text"),
                        rs.getInt("steps_done"), rs.getInt("steps_total"),
                        rs.getObject("last_update", LocalDate.class), longs(rs.getArray("services")),
                        ints(rs.getArray("sdgs")), ints(rs.getArray("enjeux")), rs.getInt("budget_lines"),
                        rs.getObject("step_due", LocalDate.class), rs.getString("step_title")))
                .list();
    }

    /** The plan's services, people, priorities and states, in their order. */
    public List<Choice> choices(long planId) {
        return jdbc.sql("""
                select 'service' as vocabulary, id, name as label, position from service_unit where plan_id = :plan
                union all select 'person', id, name, position from person where plan_id = :plan
                union all select 'priority', id, code || ' — ' || label, position from priority_level
                          where plan_id = :plan
                union all select 'state', id, label, position from progress_state where plan_id = :plan
                order by vocabulary, position, id""")
                .param("plan", planId)
                .query((rs, row) -> new Choice(rs.getString("vocabulary"), rs.getLong("id"), rs.getString("label")))
                .list();
    }

    public List<IndicatorRow> indicators(Collection<Long> nodeIds) {
        return jdbc.sql("""
                select i.id, i.node_id, i.name, i.unit, i.baseline_value, i.baseline_date, i.target_value,
                       i.target_date, i.direction,
                       array_remove(array_agg(v.measured_on order by v.measured_on, v.id), null) as dates,
                       array_remove(array_agg(v.measured_value order by v.measured_on, v.id), null) as vals
                from indicator i left join indicator_value v on v.indicator_id = i.id
                where i.node_id = any(:nodes)
                group by i.id
                order by i.node_id, i.position, i.id""")
                .param("nodes", nodeIds.toArray(Long[]::new))
                .query((rs, row) -> new IndicatorRow(rs.getLong("id"), rs.getLong("node_id"), rs.getString("name"),
                        rs.getString("unit"), rs.getBigDecimal("baseline_value"),
                        rs.getObject("baseline_date", LocalDate.class), rs.getBigDecimal("target_value"),
                        rs.getObject("target_date", LocalDate.class),
                        IndicatorDirection.valueOf(rs.getString("direction")), dates(rs.getArray("dates")),
                        decimals(rs.getArray("vals"))))
                .list();
    }

    /** The budget lines of these elements as the plan gives them (the rules that make amounts are BudgetRules'). */
    public List<BudgetLineRow> budgetLines(Collection<Long> nodeIds) {
        return jdbc.sql("""
                select node_id, amount_min, amount_max, recurrence, budget_year from budget_line
                where node_id = any(:nodes) order by node_id, position, id""")
                .param("nodes", nodeIds.toArray(Long[]::new))
                .query((rs, row) -> new BudgetLineRow(rs.getLong("node_id"), rs.getBigDecimal("amount_min"),
                        rs.getBigDecimal("amount_max"), BudgetRecurrence.valueOf(rs.getString("recurrence")),
                        nullableInt(rs, "budget_year")))
                .list();
    }

    /** The DF's yearly figures of the budget lines of these elements. */
    public List<FollowUpRow> followUps(Collection<Long> nodeIds) {
        return jdbc.sql("""
                select l.node_id, f.budget_year, f.inscribed, f.committed, f.charged
                from budget_follow_up f join budget_line l on l.id = f.budget_line_id
                where l.node_id = any(:nodes)""")
                .param("nodes", nodeIds.toArray(Long[]::new))
                .query((rs, row) -> new FollowUpRow(rs.getLong("node_id"), rs.getInt("budget_year"),
                        rs.getBigDecimal("inscribed"), rs.getBigDecimal("committed"), rs.getBigDecimal("charged")))
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

    private static Set<Long> longs(Array array) throws SQLException {
        Set<Long> result = new TreeSet<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(((Number) value).longValue());
        }
        return result;
    }

    private static Set<Integer> ints(Array array) throws SQLException {
        Set<Integer> result = new TreeSet<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(((Number) value).intValue());
        }
        return result;
    }

    private static List<LocalDate> dates(Array array) throws SQLException {
        List<LocalDate> result = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            result.add(((java.sql.Date) value).toLocalDate());
        }
        return result;
    }

    private static List<BigDecimal> decimals(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((BigDecimal[]) array.getArray()));
    }
}
