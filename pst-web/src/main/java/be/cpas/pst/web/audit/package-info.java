/** The audit page of the DG and the administrator. */
package be.cpas.pst.web.audit;
