/** Pages of the follow-up: "Mes actions", the fiche of an element, the monthly update and étapes. */
package be.cpas.pst.web.progress;
