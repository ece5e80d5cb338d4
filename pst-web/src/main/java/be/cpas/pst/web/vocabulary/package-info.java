/** The page of a plan's vocabularies. */
package be.cpas.pst.web.vocabulary;
