/** Synthetic plans of any size, deterministic for a seed, for the statement-count tests and the benchmark. */
package be.cpas.pst.persistence.synthetic;
