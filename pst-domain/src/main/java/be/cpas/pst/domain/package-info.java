/** The PST model, its rules, repository ports and application services; knows nothing of the web or of SQL. */
package be.cpas.pst.domain;
