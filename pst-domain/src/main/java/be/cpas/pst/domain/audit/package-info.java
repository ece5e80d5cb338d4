/** Who is changing things right now, for the audit trail. */
package be.cpas.pst.domain.audit;
