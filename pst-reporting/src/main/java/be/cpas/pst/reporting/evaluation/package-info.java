/**
 * The evaluation of a plan and its report to the council: the figures frozen at the reference date (computed by the
 * figures calculator, written down once, read back as they were) and the report's document in DOCX.
 */
package be.cpas.pst.reporting.evaluation;
