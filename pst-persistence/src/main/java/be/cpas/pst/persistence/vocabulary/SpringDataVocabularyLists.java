package be.cpas.pst.persistence.vocabulary;

import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.VocabularyLists;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** A plan's vocabularies in its order, each list in one statement. */
interface SpringDataVocabularyLists extends VocabularyLists, Repository<ProgressState, Long> {

    @Override
    @Query("select s from ProgressState s where s.plan.id = :planId and s.id = :stateId")
    Optional<ProgressState> findState(@Param("planId") long planId, @Param("stateId") long stateId);

    @Override
    @Query("select s from ProgressState s where s.plan.id = :planId order by s.position, s.id")
    List<ProgressState> statesOf(@Param("planId") long planId);

    @Override
    @Query("select p from PriorityLevel p where p.plan.id = :planId order by p.position, p.id")
    List<PriorityLevel> prioritiesOf(@Param("planId") long planId);

    @Override
    @Query("select p from Person p where p.plan.id = :planId order by p.position, p.id")
    List<Person> peopleOf(@Param("planId") long planId);

    @Override
    @Query("select s from ServiceUnit s where s.plan.id = :planId order by s.position, s.id")
    List<ServiceUnit> servicesOf(@Param("planId") long planId);

    @Override
    @Query("select p from Partner p where p.plan.id = :planId order by p.position, p.id")
    List<Partner> partnersOf(@Param("planId") long planId);

    @Override
    @Query("select o from PoliticalObjective o where o.plan.id = :planId order by o.position, o.id")
    List<PoliticalObjective> politicalObjectivesOf(@Param("planId") long planId);
}
