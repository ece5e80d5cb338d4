package be.cpas.pst.domain.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change, as the history pages show it.
 *
 * @param action  CREATE, UPDATE or DELETE
 * @param changes each changed field with its old and new value, as text
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, long entityId,
        String entityLabel, Long planId, Long nodeId, List<FieldChange> changes) {

    /** One field's old and new value. */
    public record FieldChange(String field, String oldValue, String newValue) {
    }
}
