package be.cpas.pst.domain.audit;


/**
 * Port: recording a security event in the audit trail, on its own (the request it comes from changes nothing else).
 * Password changes and resets, role changes and deactivations need no call: they are changes of the account, which the
 * trail records as every change.
 */
public interface SecurityJournal {

    void record(SecurityEvent event);
}
