/** Pages of the DG's work on the plan's tree: adding, ordering, moving, suspending elements and editing a fiche. */
package be.cpas.pst.web.planning;
