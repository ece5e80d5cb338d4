/** Update campaigns: their pages, the messages they send, and the scheduled reminders. */
package be.cpas.pst.web.campaign;
