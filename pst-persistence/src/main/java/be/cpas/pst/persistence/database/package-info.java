/** Which PostgreSQL the application uses: the embedded default or an external one, and whether demo mode is on. */
package be.cpas.pst.persistence.database;
