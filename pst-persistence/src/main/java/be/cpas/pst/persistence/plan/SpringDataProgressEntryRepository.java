package be.cpas.pst.persistence.plan;

import be.cpas.pst.domain.plan.ProgressEntry;
import be.cpas.pst.domain.plan.ProgressEntryRepository;
import org.springframework.data.repository.Repository;

/** Spring Data implements the journal port. */
interface SpringDataProgressEntryRepository extends ProgressEntryRepository, Repository<ProgressEntry, Long> {
}
