/** Spring Data adapters of the plan ports. */
package be.cpas.pst.persistence.plan;
