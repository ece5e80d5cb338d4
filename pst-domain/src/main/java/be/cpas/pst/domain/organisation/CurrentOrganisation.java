package be.cpas.pst.domain.organisation;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The CPAS this installation serves. */
@Service
public class CurrentOrganisation {

    private final OrganisationRepository organisations;

    public CurrentOrganisation(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    /** The organisation, or empty on a database that has not been set up yet. */
    @Transactional(readOnly = true)
    public Optional<Organisation> find() {
        return organisations.findFirstByOrderByIdAsc();
    }
}
