/** The CPAS that owns the plans. */
package be.cpas.pst.domain.organisation;
