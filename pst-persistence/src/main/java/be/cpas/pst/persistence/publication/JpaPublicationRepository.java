package be.cpas.pst.persistence.publication;

import be.cpas.pst.domain.publication.PlanVersion;
import be.cpas.pst.domain.publication.ProgressPublication;
import be.cpas.pst.domain.publication.PublicationRepository;
import be.cpas.pst.domain.publication.VersionKind;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;

/** The versions of a plan and its progress publications, each list in one statement. */
@Repository
class JpaPublicationRepository implements PublicationRepository {

    private final EntityManager entityManager;

    JpaPublicationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<PlanVersion> findVersions(long planId) {
        return entityManager.createQuery("""
                        select v from PlanVersion v where v.plan.id = :planId order by v.number desc""",
                        PlanVersion.class)
                .setParameter("planId", planId).getResultList();
    }

    @Override
    public Optional<PlanVersion> findVersion(long planId, int number) {
        return entityManager.createQuery("""
                        select v from PlanVersion v where v.plan.id = :planId and v.number = :number""",
                        PlanVersion.class)
                .setParameter("planId", planId).setParameter("number", number).getResultStream().findFirst();
    }

    @Override
    public Optional<PlanVersion> findLatestAdopted(long planId) {
        return entityManager.createQuery("""
                        select v from PlanVersion v where v.plan.id = :planId and v.kind = :kind
                        order by v.number desc""", PlanVersion.class)
                .setParameter("planId", planId).setParameter("kind", VersionKind.ADOPTED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public PlanVersion save(PlanVersion version) {
        entityManager.persist(version);
        return version;
    }

    @Override
    public List<ProgressPublication> findProgressPublications(long planId) {
        return entityManager.createQuery("""
                        select p from ProgressPublication p where p.plan.id = :planId
                        order by p.publishedAt desc, p.id desc""", ProgressPublication.class)
                .setParameter("planId", planId).getResultList();
    }

    @Override
    public ProgressPublication save(ProgressPublication publication) {
        entityManager.persist(publication);
        return publication;
    }
}
