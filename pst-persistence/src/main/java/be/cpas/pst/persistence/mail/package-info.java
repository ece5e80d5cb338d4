/** The adapter of the recorded messages. */
package be.cpas.pst.persistence.mail;
