/**
 * The exchange with eComptes, the accounting application of Walloon communes and CPAS, in its PST format 201805V1
 * (the two schemas under {@code resources/ecomptes/}, the format's definition): the plan's structure written for
 * eComptes, and the budget articles and projections eComptes sends back, read and checked against the schema.
 */
package be.cpas.pst.reporting.ecomptes;
