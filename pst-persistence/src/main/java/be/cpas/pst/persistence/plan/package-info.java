/** Spring Data adapter for plans. */
package be.cpas.pst.persistence.plan;
