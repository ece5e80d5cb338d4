package be.cpas.pst.domain.plan;


/**
 * Port to the revision of all plan data: a number that changes with every committed transaction that changed the
 * content of a plan (from the application, an import or a correction made directly in the database). What was
 * computed after reading a revision stays valid as long as the revision is unchanged.
 */
public interface PlanDataRevision {

    long current();
}
