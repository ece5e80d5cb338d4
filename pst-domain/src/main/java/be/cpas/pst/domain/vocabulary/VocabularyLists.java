package be.cpas.pst.domain.vocabulary;

import java.util.List;
import java.util.Optional;

/** Port to a plan's vocabularies as the forms and filters list them, each in one statement, in the plan's order. */
public interface VocabularyLists {

    /** A progress state of a plan's scale. */
    Optional<ProgressState> findState(long planId, long stateId);

    /** A plan's progress states in its order. */
    List<ProgressState> statesOf(long planId);

    /** A plan's priority scale in its order. */
    List<PriorityLevel> prioritiesOf(long planId);

    /** A plan's people in its order. */
    List<Person> peopleOf(long planId);

    /** A plan's services in its order. */
    List<ServiceUnit> servicesOf(long planId);

    /** A plan's partners in its order. */
    List<Partner> partnersOf(long planId);

    /** A plan's political objectives (from the DPS) in its order. */
    List<PoliticalObjective> politicalObjectivesOf(long planId);
}
