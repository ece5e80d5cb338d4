/** Indicators: defining them on a fiche and judging a series of values against its baseline and target. */
package be.cpas.pst.domain.indicator;
