package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.plan.PlanOwned;
import java.util.Optional;

/** Port to the entries of the per-plan vocabularies. */
public interface VocabularyStore {

    /** An entry of a plan's vocabulary. */
    Optional<PlanOwned> find(Vocabulary vocabulary, long planId, long id);

    <T extends PlanOwned> T save(T entry);

    void delete(PlanOwned entry);

    /** Whether anything of the plan refers to the entry (an element, a journal entry, an account's service). */
    boolean isInUse(Vocabulary vocabulary, long id);
}
