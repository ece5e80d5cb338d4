/** The page of an element's budget lines and the directeur financier's yearly follow-up. */
package be.cpas.pst.web.finance;
