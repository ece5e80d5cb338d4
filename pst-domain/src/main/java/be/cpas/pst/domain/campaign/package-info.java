/**
 * Monthly update campaigns: the DG opens one with a deadline, every person who follows up work is asked to update
 * it, reminders go before the deadline and the list of what is missing after it; closing keeps its figures.
 */
package be.cpas.pst.domain.campaign;
