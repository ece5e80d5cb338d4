/** Dashboards, the annual evaluation report, the financial follow-up and the published plan, as read models. */
package be.cpas.pst.reporting;
