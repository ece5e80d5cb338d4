package be.cpas.pst.domain.audit;

import java.util.List;

/** Port: reading the audit trail (written by the persistence layer as changes are flushed). */
public interface AuditTrail {

    /** One page of entries matching the search, newest first, plus whether more follow. */
    AuditPage search(AuditSearch search);

    /** The history of one node of a plan (its own changes and those of its étapes, indicators, budget…). */
    List<AuditEntry> historyOfNode(long nodeId, int limit);

    /** A page of results. */
    record AuditPage(List<AuditEntry> entries, boolean hasMore) {
    }
}
