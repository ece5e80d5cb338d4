/** Fills a new database at start-up: demo data in demo mode, the first administrator in production. */
package be.cpas.pst.persistence.setup;
