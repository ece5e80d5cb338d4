/**
 * Adoption, versions and publication: the versions of a plan the council adopted (immutable snapshots of its content
 * and publication settings), minor changes recorded between two adoptions, and the state of progress the DG
 * publishes at a date for the public PST.
 */
package be.cpas.pst.domain.publication;
