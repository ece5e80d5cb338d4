package be.cpas.pst.domain.plan;

/** Port to the journal entries. */
public interface ProgressEntryRepository {

    ProgressEntry save(ProgressEntry entry);
}
