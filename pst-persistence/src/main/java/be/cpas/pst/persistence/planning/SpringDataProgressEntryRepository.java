package be.cpas.pst.persistence.planning;

import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.ProgressEntryRepository;
import org.springframework.data.repository.Repository;

/** Spring Data implements the journal port. */
interface SpringDataProgressEntryRepository extends ProgressEntryRepository, Repository<ProgressEntry, Long> {
}
