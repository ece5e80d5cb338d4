/** The CODIR dashboard page, its drill-down lists and their exports. */
package be.cpas.pst.web.dashboard;
