package be.cpas.pst.domain.planning;

import java.time.LocalDate;

/**
 * How many étapes a node has and how many are ticked.
 *
 * @param firstOpenDue the earliest échéance of its étapes not ticked ({@code null}: none dated)
 */
public record StepCount(long nodeId, long total, long done, LocalDate firstOpenDue) {
}
