package be.cpas.pst.domain.audit;

import be.cpas.pst.domain.access.AccessPolicy;
import org.springframework.stereotype.Service;

/** The audit page: for the DG and the administrator only. */
@Service
public class AuditQueries {

    private final AuditTrail trail;
    private final AccessPolicy policy;

    public AuditQueries(AuditTrail trail, AccessPolicy policy) {
        this.trail = trail;
        this.policy = policy;
    }

    public AuditTrail.AuditPage search(AuditSearch search) {
        policy.requireReadAudit();
        return trail.search(search);
    }
}
