package be.cpas.pst.domain.plan;

import java.util.List;

/** Port to the people named by plans. */
public interface PersonRepository {

    /** The people of every plan that is not archived, with their plan, by plan then name. */
    List<Person> findLinkable();
}
