/** The échéance of an action as real plans write it, and the due date or frequency it means. */
package be.cpas.pst.domain.deadline;
