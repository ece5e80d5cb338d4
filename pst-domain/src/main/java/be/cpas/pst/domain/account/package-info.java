/** Accounts of the people who sign in, and their roles. */
package be.cpas.pst.domain.account;
