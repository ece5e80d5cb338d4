/**
 * The messages the application sends: each recorded before it is sent, never twice for the same reason, retried with
 * a delay when the mail server fails, kept in the outbox (never sent) when no mail server is configured.
 */
package be.cpas.pst.domain.mail;
