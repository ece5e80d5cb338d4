/** Spring Data adapters for the elements of plans and their journal. */
package be.cpas.pst.persistence.planning;
