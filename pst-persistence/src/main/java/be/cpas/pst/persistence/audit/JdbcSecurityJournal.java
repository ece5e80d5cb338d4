package be.cpas.pst.persistence.audit;

import be.cpas.pst.domain.audit.SecurityEvent;
import be.cpas.pst.domain.audit.SecurityJournal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security events written as rows of the audit trail of type {@value #TYPE}, in their own transaction (the refused
 * request they come from has nothing else to keep), linked to the account when the name is one.
 */
@Repository
class JdbcSecurityJournal implements SecurityJournal {

    static final String TYPE = "Security";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    JdbcSecurityJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEvent event) {
        List<Map<String, Object>> changes = new ArrayList<>();
        add(changes, "address", event.address());
        add(changes, "request", event.request());
        String who = event.account() == null || event.account().isEmpty() ? "anonyme" : event.account();
        jdbc.sql("""
                with named as (select (select id from account where username = lower(?)) as id)
                insert into audit_event (actor, actor_account_id, action, entity_type, entity_id, entity_label,
                    changes)
                select ?, named.id, ?, ?, coalesce(named.id, 0), ?, cast(? as jsonb) from named""")
                .params(who, who, event.kind().code(), TYPE, who, json.writeValueAsString(changes))
                .update();
    }

    private static void add(List<Map<String, Object>> changes, String field, String value) {
        if (value != null && !value.isEmpty()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("field", field);
            change.put("old", null);
            change.put("new", value);
            changes.add(change);
        }
    }
}
