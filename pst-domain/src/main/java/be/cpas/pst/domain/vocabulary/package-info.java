/** A plan's own vocabularies: its priority scale, progress states, services, partners, people and DPS objectives. */
package be.cpas.pst.domain.vocabulary;
