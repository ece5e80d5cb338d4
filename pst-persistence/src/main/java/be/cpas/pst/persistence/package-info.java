/** Storage of the PST: Spring Data adapters, migrations, the embedded PostgreSQL default, read models, plan files. */
package be.cpas.pst.persistence;
