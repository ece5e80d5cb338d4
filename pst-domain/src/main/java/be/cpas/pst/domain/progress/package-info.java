/**
 * Following the work: the plan's tree with rolled-up progress, the fiche, "mes actions", the monthly update, étapes,
 * and the follow-up rules (roll-up, late, stale, due soon).
 */
package be.cpas.pst.domain.progress;
