/** Budget lines of a fiche and the directeur financier's yearly follow-up. */
package be.cpas.pst.domain.finance;
