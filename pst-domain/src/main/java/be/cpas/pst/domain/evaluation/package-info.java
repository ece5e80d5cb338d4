/** Annual, mid-term and final evaluations: per objective and action an assessment and a decision. */
package be.cpas.pst.domain.evaluation;
