package be.cpas.pst.domain.vocabulary;

import java.util.List;

/** Port to the people and services named by plans, which accounts are linked to. */
public interface PersonRepository {

    /** The people of every plan that is not archived, with their plan, by plan then name. */
    List<Person> findLinkable();

    /** The services of every plan that is not archived, with their plan and members, by plan then name. */
    List<ServiceUnit> findJoinableServices();
}
