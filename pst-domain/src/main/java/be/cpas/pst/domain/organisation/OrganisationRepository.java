package be.cpas.pst.domain.organisation;

import java.util.Optional;

/** Port to the stored organisations. An installation serves one CPAS; the first organisation is the current one. */
public interface OrganisationRepository {

    /** The organisation this installation serves, if it has been set up. */
    Optional<Organisation> findFirstByOrderByIdAsc();

    /** The organisations of this name, whatever its case, the oldest first (a plan file names its CPAS). */
    java.util.List<Organisation> findByNameIgnoreCaseOrderByIdAsc(String name);

    Organisation save(Organisation organisation);

    long count();
}
