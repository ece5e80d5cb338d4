package be.cpas.pst.persistence.audit;

import be.cpas.pst.domain.access.Actor;
import be.cpas.pst.domain.access.CurrentActor;
import be.cpas.pst.domain.audit.Audited;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.HibernateException;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one {@code audit_event} row for each insert, update and delete of an entity of the model, and for each
 * change of one of its collections (services, partners, tags…), in the same transaction as the change itself.
 * Only the changed fields of an update are kept; password hashes are never written.
 */
final class AuditListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionUpdateEventListener {

    private static final int MAX_TEXT = 4000;
    private static final String SECRET = "passwordHash";
    private static final String INSERT = """
            insert into audit_event (occurred_at, actor, actor_account_id, action, entity_type, entity_id,
                entity_label, plan_id, node_id, changes)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))""";

    private final ObjectProvider<CurrentActor> currentActor;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditListener(ObjectProvider<CurrentActor> currentActor) {
        this.currentActor = currentActor;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getState();
        for (int i = 0; i < names.length; i++) {
            Object value = render(names[i], state[i]);
            if (value != null && !(state[i] instanceof Collection<?>) && !"version".equals(names[i])) {
                changes.add(change(names[i], null, value));
            }
        }
        write(event.getSession(), "CREATE", event.getEntity(), id(event.getId()), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object[] old = event.getOldState();
        Object[] state = event.getState();
        String[] names = event.getPersister().getPropertyNames();
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ("version".equals(names[i]) || state[i] instanceof Collection<?>) {
                continue;
            }
            if (SECRET.equals(names[i])) {
                // a new password is recorded as such, its hash never
                if (old != null && !Objects.equals(old[i], state[i])) {
                    changes.add(change(names[i], "***", "*** (nouveau)"));
                }
                continue;
            }
            Object before = old == null ? null : render(names[i], old[i]);
            Object after = render(names[i], state[i]);
            if (old == null ? after != null : !Objects.equals(before, after)) {
                changes.add(change(names[i], before, after));
            }
        }
        if (!changes.isEmpty()) {
            write(event.getSession(), "UPDATE", event.getEntity(), id(event.getId()), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        List<Map<String, Object>> changes = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        Object[] state = event.getDeletedState();
        for (int i = 0; state != null && i < names.length; i++) {
            Object value = render(names[i], state[i]);
            if (value != null && !(state[i] instanceof Collection<?>) && !"version".equals(names[i])) {
                changes.add(change(names[i], value, null));
            }
        }
        write(event.getSession(), "DELETE", event.getEntity(), id(event.getId()), changes);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        Object owner = event.getAffectedOwnerOrNull();
        PersistentCollection<?> collection = event.getCollection();
        if (owner == null || collection.getRole() == null) {
            return;
        }
        String field = collection.getRole().substring(collection.getRole().lastIndexOf('.') + 1);
        Object before = renderCollection(collection.getStoredSnapshot());
        Object after = renderCollection(collection);
        if (!Objects.equals(before, after)) {
            write(event.getSession(), "UPDATE", owner, id(event.getAffectedOwnerIdOrNull()),
                    List.of(change(field, before, after)));
        }
    }

    private void write(SharedSessionContractImplementor session, String action, Object entity, Long entityId,
            List<Map<String, Object>> changes) {
        if (entityId == null) {
            return;
        }
        Actor actor = actor();
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, truncate(actor.name(), 200));
            setLong(insert, 3, actor.accountId());
            insert.setString(4, action);
            insert.setString(5, entity.getClass().getSimpleName());
            insert.setLong(6, entityId);
            insert.setString(7, truncate(label(entity), 300));
            setLong(insert, 8, planId(entity));
            setLong(insert, 9, nodeId(entity));
            insert.setString(10, json.writeValueAsString(changes));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new HibernateException("Could not write the audit trail", e);
        }
    }

    private Actor actor() {
        CurrentActor provider = currentActor.getIfAvailable();
        Actor actor = provider == null ? null : provider.current();
        return actor == null ? Actor.SYSTEM : actor;
    }

    private static Map<String, Object> change(String field, Object before, Object after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("field", field);
        change.put("old", before);
        change.put("new", after);
        return change;
    }

    /** A field's value as the history shows it: plain values, references as "Type n°id (label)". */
    private static Object render(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (SECRET.equals(field)) {
            return "***";
        }
        if (value instanceof String text) {
            return truncate(text, MAX_TEXT);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof BigDecimal decimal ? plain(decimal) : value;
        }
        if (value instanceof Enum<?> || value instanceof Temporal) {
            return value.toString();
        }
        if (value instanceof Collection<?>) {
            return null;
        }
        if (value.getClass().isRecord()) {
            Map<String, Object> components = new LinkedHashMap<>();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    components.put(component.getName(), render(component.getName(),
                            component.getAccessor().invoke(value)));
                } catch (ReflectiveOperationException e) {
                    components.put(component.getName(), "?");
                }
            }
            return components;
        }
        return reference(value);
    }

    /** A decimal as typed, but never millions of zeros: a value far outside any column's range keeps its exponent. */
    private static String plain(BigDecimal decimal) {
        BigDecimal stripped = decimal.stripTrailingZeros();
        return Math.abs(stripped.scale()) > 64 ? stripped.toString() : stripped.toPlainString();
    }

    private static Object renderCollection(Object collection) {
        Collection<?> items = collection instanceof Map<?, ?> map ? map.values()
                : collection instanceof Collection<?> list ? list : List.of();
        return items.stream().map(item -> String.valueOf(render("", item))).sorted().toList();
    }

    private static String reference(Object entity) {
        Long id = entityId(entity);
        String label = label(entity);
        return entity.getClass().getSimpleName().replaceAll("\\$.*", "") + " n°" + id
                + (label == null ? "" : " (" + truncate(label, 200) + ")");
    }

    private static Long entityId(Object entity) {
        return entity instanceof Audited audited ? audited.getId() : null;
    }

    /** What a person recognises the changed thing by. */
    static String label(Object entity) {
        return entity instanceof Audited audited ? audited.auditLabel() : null;
    }

    private static Long planId(Object entity) {
        return entity instanceof Audited audited ? audited.auditPlanId() : null;
    }

    private static Long nodeId(Object entity) {
        return entity instanceof Audited audited ? audited.auditNodeId() : null;
    }

    private static Long id(Object id) {
        return id instanceof Number number ? number.longValue() : null;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
