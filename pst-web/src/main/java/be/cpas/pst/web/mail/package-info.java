/** Sending mail: the SMTP transport when one is configured, the scheduled delivery, the administrator's outbox. */
package be.cpas.pst.web.mail;
