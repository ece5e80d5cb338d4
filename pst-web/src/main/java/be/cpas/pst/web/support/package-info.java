/** What every controller shares: turning domain refusals into French form errors and error pages. */
package be.cpas.pst.web.support;
