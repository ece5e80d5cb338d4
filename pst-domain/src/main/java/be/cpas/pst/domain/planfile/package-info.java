/**
 * What a plan file holds (the exchange format's content as records, and its words) and its import as a use case of
 * the domain, through the same verbs and ports as the pages; reading and writing the JSON is the persistence
 * module's.
 */
package be.cpas.pst.domain.planfile;
