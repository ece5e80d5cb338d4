package be.cpas.pst.persistence.vocabulary;

import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PersonRepository;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The people and services of the plans, for linking accounts. */
interface SpringDataPersonRepository extends PersonRepository, Repository<Person, Long> {

    @Override
    @Query("""
            select p from Person p join fetch p.plan pl
            where pl.status <> be.cpas.pst.domain.plan.PlanStatus.ARCHIVED
            order by pl.periodStart desc, pl.id, p.name""")
    List<Person> findLinkable();

    @Override
    @Query("""
            select distinct s from ServiceUnit s join fetch s.plan pl left join fetch s.memberAccountIds
            where pl.status <> be.cpas.pst.domain.plan.PlanStatus.ARCHIVED
            order by pl.periodStart desc, pl.id, s.name""")
    List<be.cpas.pst.domain.vocabulary.ServiceUnit> findJoinableServices();
}
