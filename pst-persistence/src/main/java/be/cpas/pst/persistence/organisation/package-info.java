/** Spring Data adapter of the organisation port. */
package be.cpas.pst.persistence.organisation;
