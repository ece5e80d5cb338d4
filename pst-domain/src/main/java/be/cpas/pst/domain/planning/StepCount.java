package be.cpas.pst.domain.planning;


/** How many étapes a node has and how many are ticked. */
public record StepCount(long nodeId, long total, long done) {
}
