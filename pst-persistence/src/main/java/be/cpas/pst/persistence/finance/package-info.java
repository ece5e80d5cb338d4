/** The adapters of the financial follow-up: the DF's reports. */
package be.cpas.pst.persistence.finance;
