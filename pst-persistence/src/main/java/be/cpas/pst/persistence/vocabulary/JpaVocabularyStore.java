package be.cpas.pst.persistence.vocabulary;

import be.cpas.pst.domain.plan.PlanOwned;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.Vocabulary;
import be.cpas.pst.domain.vocabulary.VocabularyStore;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The vocabularies' entries through JPA; whether one is in use, in one SQL statement. */
@Repository
class JpaVocabularyStore implements VocabularyStore {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;

    JpaVocabularyStore(EntityManager entityManager, JdbcClient jdbc) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PlanOwned> find(Vocabulary vocabulary, long planId, long id) {
        PlanOwned entry = entityManager.find(type(vocabulary), id);
        return Optional.ofNullable(entry).filter(found -> found.getPlan().getId() == planId);
    }

    @Override
    public <T extends PlanOwned> T save(T entry) {
        entityManager.persist(entry);
        return entry;
    }

    @Override
    public void delete(PlanOwned entry) {
        entityManager.remove(entry);
    }

    @Override
    public boolean isInUse(Vocabulary vocabulary, long id) {
        String sql = switch (vocabulary) {
            case PRIORITY -> "select exists (select 1 from plan_node where priority_id = :id)";
            case STATE -> """
                    select exists (select 1 from plan_node where state_id = :id)
                        or exists (select 1 from progress_entry where state_id = :id)""";
            case SERVICE -> """
                    select exists (select 1 from node_service where service_id = :id)
                        or exists (select 1 from service_member where service_id = :id)""";
            case PARTNER -> "select exists (select 1 from node_partner where partner_id = :id)";
            case PERSON -> """
                    select exists (select 1 from plan_node where pilote_id = :id or responsable_id = :id)
                        or exists (select 1 from person where id = :id and account_id is not null)""";
            case POLITICAL_OBJECTIVE -> "select exists (select 1 from node_political_objective where political_objective_id = :id)";
        };
        return jdbc.sql(sql).param("id", id).query(Boolean.class).single();
    }

    private static Class<? extends PlanOwned> type(Vocabulary vocabulary) {
        return switch (vocabulary) {
            case PRIORITY -> PriorityLevel.class;
            case STATE -> ProgressState.class;
            case SERVICE -> ServiceUnit.class;
            case PARTNER -> Partner.class;
            case PERSON -> Person.class;
            case POLITICAL_OBJECTIVE -> be.cpas.pst.domain.vocabulary.PoliticalObjective.class;
        };
    }
}
