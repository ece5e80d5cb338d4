/** Accounts: the administrator's pages and each person's own account page. */
package be.cpas.pst.web.account;
