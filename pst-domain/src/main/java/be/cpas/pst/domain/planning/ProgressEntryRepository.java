package be.cpas.pst.domain.planning;


/** Port to the journal entries. */
public interface ProgressEntryRepository {

    ProgressEntry save(ProgressEntry entry);
}
