/** A real PostgreSQL 17 for the tests of every module: Testcontainers with Docker, the embedded server without. */
package be.cpas.pst.persistence.testsupport;
