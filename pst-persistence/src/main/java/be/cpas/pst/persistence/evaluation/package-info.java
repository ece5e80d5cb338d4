/** The adapters of the evaluations of plans. */
package be.cpas.pst.persistence.evaluation;
