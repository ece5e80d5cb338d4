package be.cpas.pst.domain.audit;


/**
 * Something of the model whose changes the audit trail records, describing itself: the history then needs no list
 * of the model's types. Every entity implements it.
 */
public interface Audited {

    /** Its id, {@code null} before it is stored. */
    Long getId();

    /** What a person recognises it by ("1.2.3 Créer une page Facebook", "Service social"). */
    String auditLabel();

    /** The plan it belongs to, if any. */
    default Long auditPlanId() {
        return null;
    }

    /** The element of the plan's tree it belongs to, if any (its own id for an element). */
    default Long auditNodeId() {
        return null;
    }
}
