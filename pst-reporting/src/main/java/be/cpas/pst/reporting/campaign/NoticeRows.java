package be.cpas.pst.reporting.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the automatic notices read, each list in one statement: the plans that are followed up, their open work with
 * who answers for it, and the recent changes of responsable or pilote.
 */
@Repository
@Transactional(readOnly = true)
public class NoticeRows {

    private final JdbcClient jdbc;

    public NoticeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An adopted plan: its follow-up thresholds and the day staleness counts from. */
    public record PlanRow(long id, String title, String organisation, int staleAfterDays, int dueSoonDays,
            LocalDate followUpSince) {
    }

    /**
     * A projet or action still open.
     *
     * @param askedAccountId its responsable's account, else its pilote's
     */
    public record WorkRow(long id, String code, String title, LocalDate dueDate, Long askedAccountId,
            Long responsableAccountId, Long piloteAccountId, LocalDate lastUpdate) {

        public String label() {
            return code == null || code.isBlank() ? title : code + " " + title;
        }
    }

    /** A change of responsable or pilote a person made (not an import), recorded in the audit trail. */
    public record Assignment(long auditId, long nodeId, boolean responsable, boolean pilote, long byAccountId) {
    }

    public List<PlanRow> followedPlans() {
        return jdbc.sql("""
                        select p.id, p.title, o.name, p.stale_after_days, p.due_soon_days,
                               coalesce(p.adopted_on, p.created_at::date)
                        from plan p join organisation o on o.id = p.organisation_id
                        where p.status = 'ADOPTED' order by p.id""")
                .query((rs, i) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getInt(5), rs.getObject(6, LocalDate.class)))
                .list();
    }

    public List<WorkRow> openWork(long planId) {
        return jdbc.sql("""
                        select n.id, n.code, n.title, n.deadline_due_date, coalesce(ra.id, pa.id), ra.id, pa.id,
                               (select max(e.recorded_on) from progress_entry e where e.node_id = n.id)
                        from plan_node n
                        left join progress_state st on st.id = n.state_id
                        left join person r on r.id = n.responsable_id
                        left join account ra on ra.id = r.account_id and ra.active
                        left join person pi on pi.id = n.pilote_id
                        left join account pa on pa.id = pi.account_id and pa.active
                        where n.plan_id = :plan and n.kind in ('ACTION', 'PROJECT')
                          and coalesce(st.category, 'NOT_STARTED') not in ('DONE', 'ABANDONED', 'SUSPENDED')
                        order by n.id""")
                .param("plan", planId)
                .query((rs, i) -> new WorkRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), (Long) rs.getObject(5), (Long) rs.getObject(6),
                        (Long) rs.getObject(7), rs.getObject(8, LocalDate.class)))
                .list();
    }

    public List<Assignment> assignmentsSince(long planId, Instant since) {
        return jdbc.sql("""
                        select a.id, a.node_id, a.changes @> '[{"field": "responsable"}]',
                               a.changes @> '[{"field": "pilote"}]', a.actor_account_id
                        from audit_event a
                        where a.plan_id = :plan and a.entity_type = 'PlanNode' and a.node_id is not null
                          and a.actor_account_id is not null
                          and a.occurred_at >= :since
                          and (a.changes @> '[{"field": "responsable"}]' or a.changes @> '[{"field": "pilote"}]')
                        order by a.id""")
                .param("plan", planId).param("since", java.sql.Timestamp.from(since))
                .query((rs, i) -> new Assignment(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getLong(5)))
                .list();
    }
}
