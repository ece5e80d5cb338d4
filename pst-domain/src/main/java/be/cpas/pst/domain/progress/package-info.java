/** The follow-up rules: progress roll-up, lateness, staleness, due soon, indicator status. Pure functions. */
package be.cpas.pst.domain.progress;
