package be.cpas.pst.persistence.organisation;

import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.organisation.OrganisationRepository;
import org.springframework.data.repository.Repository;

/** Spring Data implements the organisation port from its method names. */
interface SpringDataOrganisationRepository extends OrganisationRepository, Repository<Organisation, Long> {
}
