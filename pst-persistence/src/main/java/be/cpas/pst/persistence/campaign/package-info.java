/** The adapter of the update campaigns. */
package be.cpas.pst.persistence.campaign;
