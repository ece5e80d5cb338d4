/** First start of an installation: the organisation, the first administrator, the demo data. */
package be.cpas.pst.domain.setup;
