/**
 * The elements of a plan's tree (volets to actions) and the parts each one owns: étapes, indicators and their values,
 * budget lines and their yearly follow-up, journal entries; editing the structure.
 */
package be.cpas.pst.domain.planning;
