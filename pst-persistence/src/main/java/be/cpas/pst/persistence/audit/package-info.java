/** The audit trail: a Hibernate listener writes every change of plan content and accounts to audit_event. */
package be.cpas.pst.persistence.audit;
