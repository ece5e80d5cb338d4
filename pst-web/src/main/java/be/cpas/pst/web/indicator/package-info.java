/** The page where an element's indicators are defined. */
package be.cpas.pst.web.indicator;
