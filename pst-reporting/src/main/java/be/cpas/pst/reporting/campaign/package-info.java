/** How far an update campaign has come: who has updated what, by person and by service; its closing figures. */
package be.cpas.pst.reporting.campaign;
