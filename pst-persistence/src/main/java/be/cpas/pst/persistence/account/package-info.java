/** Spring Data adapter of the account port. */
package be.cpas.pst.persistence.account;
