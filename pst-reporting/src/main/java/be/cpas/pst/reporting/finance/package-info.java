/**
 * The directeur financier's follow-up of the plan's money: a SQL read model of every budget line and its yearly
 * figures, the pure calculator of totals and signals, and the workbook handed to the budget work.
 */
package be.cpas.pst.reporting.finance;
