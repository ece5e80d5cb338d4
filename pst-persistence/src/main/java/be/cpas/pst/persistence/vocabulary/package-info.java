/** Adapters for the plans' vocabularies. */
package be.cpas.pst.persistence.vocabulary;
