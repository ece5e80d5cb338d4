package be.cpas.pst.persistence.audit;

import be.cpas.pst.domain.audit.AuditEntry;
import be.cpas.pst.domain.audit.AuditSearch;
import be.cpas.pst.domain.audit.AuditTrail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail read with SQL: one statement per page, whatever the size of the history. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final String COLUMNS = """
            select id, occurred_at, actor, action, entity_type, entity_id, entity_label, plan_id, node_id,
                   changes::text as changes
            from audit_event""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public AuditPage search(AuditSearch search) {
        StringBuilder sql = new StringBuilder(COLUMNS).append(" where true");
        List<Object> params = new ArrayList<>();
        if (search.actor() != null && !search.actor().isBlank()) {
            sql.append(" and actor ilike ?");
            params.add("%" + search.actor().strip() + "%");
        }
        if (search.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(java.sql.Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(java.sql.Date.valueOf(search.to().plusDays(1)));
        }
        if (search.object() != null && !search.object().isBlank()) {
            sql.append(" and entity_label ilike ?");
            params.add("%" + search.object().strip() + "%");
        }
        if (AuditSearch.SECURITY.equals(search.type())) {
            sql.append(" and entity_type in ('Security', 'Account')");
        } else if (search.type() != null && !search.type().isBlank()) {
            sql.append(" and entity_type = ?");
            params.add(search.type());
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(AuditSearch.PAGE_SIZE + 1);
        params.add((long) search.page() * AuditSearch.PAGE_SIZE);
        List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query(this::entry).list();
        boolean more = rows.size() > AuditSearch.PAGE_SIZE;
        return new AuditPage(more ? rows.subList(0, AuditSearch.PAGE_SIZE) : rows, more);
    }

    @Override
    public List<AuditEntry> historyOfNode(long nodeId, int limit) {
        return jdbc.sql(COLUMNS + " where node_id = ? order by occurred_at desc, id desc limit ?")
                .params(nodeId, limit).query(this::entry).list();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        for (JsonNode change : json.readTree(rs.getString("changes"))) {
            changes.add(new AuditEntry.FieldChange(change.path("field").asString(), text(change.get("old")),
                    text(change.get("new"))));
        }
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("entity_type"), rs.getLong("entity_id"),
                rs.getString("entity_label"), (Long) rs.getObject("plan_id"), (Long) rs.getObject("node_id"), changes);
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }
}
