package be.cpas.pst.domain.publication;


/**
 * Port to whoever writes a plan down (the plan-file adapter): the plan's content as it stands, and its publication
 * settings, in the forms the public PST and the differences read back.
 */
public interface PlanContentSnapshot {

    /** The plan's content and publication settings as they stand now. */
    Taken take(long planId);

    /**
     * @param content the plan in the plan-file format, with each element's number and without its follow-up journal
     * @param settings the publication settings and the elements kept private
     */
    record Taken(String content, String settings) {
    }
}
