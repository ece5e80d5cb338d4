package be.cpas.pst.domain.publication;

import java.util.List;
import java.util.Optional;

/** Port to the versions of plans and their published progress. */
public interface PublicationRepository {

    /** A plan's versions, the latest first (without their content). */
    List<PlanVersion> findVersions(long planId);

    Optional<PlanVersion> findVersion(long planId, int number);

    /** The latest version the council adopted. */
    Optional<PlanVersion> findLatestAdopted(long planId);

    PlanVersion save(PlanVersion version);

    /** The progress publications of a plan, the latest first. */
    List<ProgressPublication> findProgressPublications(long planId);

    ProgressPublication save(ProgressPublication publication);
}
