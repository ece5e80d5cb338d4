/** The adapters of versions and published progress. */
package be.cpas.pst.persistence.publication;
