/** The CODIR dashboard: a SQL read model of the plan, its figures under filters, and its lists. */
package be.cpas.pst.reporting.dashboard;
