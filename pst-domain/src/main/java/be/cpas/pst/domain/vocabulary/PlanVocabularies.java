package be.cpas.pst.domain.vocabulary;

import be.cpas.pst.domain.access.AccessPolicy;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import be.cpas.pst.domain.plan.PlanRepository;
import be.cpas.pst.domain.plan.PlanView;
import be.cpas.pst.domain.shared.NotFound;
import be.cpas.pst.domain.shared.RuleViolation;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vocabularies of a plan: its priority scale, its progress states (each mapped to a fixed category), services,
 * partners, people, and the objectifs politiques of the DPS. The DG and the administrator edit them; an entry
 * something refers to cannot be removed.
 */
@Service
@Transactional
public class PlanVocabularies {

    private final PlanRepository plans;
    private final VocabularyLists lists;
    private final VocabularyStore store;
    private final AccessPolicy policy;

    public PlanVocabularies(PlanRepository plans, VocabularyLists lists, VocabularyStore store,
            AccessPolicy policy) {
        this.plans = plans;
        this.lists = lists;
        this.store = store;
        this.policy = policy;
    }

    /**
     * An entry as typed: a code (priorities), a label or name, a detail (meaning, job title), a category (states), an
     * identity for the accounting (people; {@code null}: none).
     */
    public record Entry(String code, String label, String detail, StateCategory category, PersonIdentity identity) {

        public Entry(String code, String label, String detail, StateCategory category) {
            this(code, label, detail, category, null);
        }
    }

    /**
     * An entry as its page shows it, whatever its list: its id, and what its form changes (see {@link Entry}).
     */
    public record Stored(long id, String code, String label, String detail, StateCategory category,
            PersonIdentity identity) {
    }

    /** Every vocabulary of a plan, in its order, as values. */
    public record Vocabularies(PlanView plan, List<Stored> priorities, List<Stored> states, List<Stored> services,
            List<Stored> partners, List<Stored> people, List<Stored> politicalObjectives) {
    }

    @Transactional(readOnly = true)
    public Vocabularies of(long planId) {
        policy.requireManageVocabularies();
        return new Vocabularies(PlanView.of(plan(planId)),
                lists.prioritiesOf(planId).stream().map(level -> new Stored(level.getId(), level.getCode(),
                        level.getLabel(), level.getMeaning(), null, null)).toList(),
                lists.statesOf(planId).stream().map(state -> new Stored(state.getId(), null, state.getLabel(), null,
                        state.getCategory(), null)).toList(),
                lists.servicesOf(planId).stream().map(service -> new Stored(service.getId(), null,
                        service.getName(), null, null, null)).toList(),
                lists.partnersOf(planId).stream().map(partner -> new Stored(partner.getId(), null,
                        partner.getName(), null, null, null)).toList(),
                lists.peopleOf(planId).stream().map(person -> new Stored(person.getId(), null, person.getName(),
                        person.getJobTitle(), null, person.getIdentity())).toList(),
                lists.politicalObjectivesOf(planId).stream().map(objective -> new Stored(objective.getId(),
                        objective.getCode(), objective.getTitle(), null, null, null)).toList());
    }

    public PlanOwned add(long planId, Vocabulary vocabulary, Entry entry) {
        policy.requireManageVocabularies();
        Plan plan = plan(planId);
        plan.checkEditable();
        checkUnique(planId, vocabulary, entry, null);
        int position = size(planId, vocabulary);
        PlanOwned created = switch (vocabulary) {
            case PRIORITY -> new PriorityLevel(plan, position, entry.code(), entry.label(), entry.detail());
            case STATE -> new ProgressState(plan, position, entry.label(), category(entry));
            case SERVICE -> new ServiceUnit(plan, position, entry.label());
            case PARTNER -> new Partner(plan, position, entry.label());
            case PERSON -> identified(new Person(plan, position, entry.label(), entry.detail()), entry);
            case POLITICAL_OBJECTIVE -> new PoliticalObjective(plan, position, entry.code(), entry.label());
        };
        return store.save(created);
    }

    private static Person identified(Person person, Entry entry) {
        person.identify(entry.identity());
        return person;
    }

    public void rename(long planId, Vocabulary vocabulary, long id, Entry entry) {
        policy.requireManageVocabularies();
        plan(planId).checkEditable();
        PlanOwned found = find(planId, vocabulary, id);
        checkUnique(planId, vocabulary, entry, id);
        switch (vocabulary) {
            case PRIORITY -> ((PriorityLevel) found).rename(entry.code(), entry.label(), entry.detail());
            case STATE -> ((ProgressState) found).rename(entry.label(), category(entry));
            case SERVICE -> ((ServiceUnit) found).rename(entry.label());
            case PARTNER -> ((Partner) found).rename(entry.label());
            case PERSON -> identified((Person) found, entry).rename(entry.label(), entry.detail());
            case POLITICAL_OBJECTIVE -> ((PoliticalObjective) found).rename(entry.code(), entry.label());
        }
    }

    public void remove(long planId, Vocabulary vocabulary, long id) {
        policy.requireManageVocabularies();
        plan(planId).checkEditable();
        PlanOwned found = find(planId, vocabulary, id);
        if (store.isInUse(vocabulary, id)) {
            throw new RuleViolation("vocabulary.inUse", "Entry " + id + " is in use");
        }
        store.delete(found);
    }

    /**
     * A plan's priority codes, state labels and the names of its services, partners and people are unique: the
     * person is told so next to the field, before the database would refuse it.
     */
    private void checkUnique(long planId, Vocabulary vocabulary, Entry entry, Long exceptId) {
        String typed = vocabulary == Vocabulary.PRIORITY ? entry.code() : entry.label();
        if (typed == null || typed.isBlank() || vocabulary == Vocabulary.POLITICAL_OBJECTIVE) {
            return;
        }
        String wanted = typed.strip();
        List<? extends PlanOwned> entries = switch (vocabulary) {
            case PRIORITY -> lists.prioritiesOf(planId);
            case STATE -> lists.statesOf(planId);
            case SERVICE -> lists.servicesOf(planId);
            case PARTNER -> lists.partnersOf(planId);
            case PERSON -> lists.peopleOf(planId);
            case POLITICAL_OBJECTIVE -> List.of();
        };
        boolean taken = entries.stream().filter(other -> !other.getId().equals(exceptId))
                .anyMatch(other -> wanted.equals(uniqueText(other)));
        if (taken) {
            throw new RuleViolation(vocabulary == Vocabulary.PRIORITY ? "vocabulary.code.duplicate"
                    : "vocabulary.label.duplicate", "Already in the plan: " + wanted, wanted);
        }
    }

    private static String uniqueText(PlanOwned entry) {
        if (entry instanceof PriorityLevel priority) {
            return priority.getCode();
        }
        if (entry instanceof ProgressState state) {
            return state.getLabel();
        }
        if (entry instanceof ServiceUnit service) {
            return service.getName();
        }
        if (entry instanceof Partner partner) {
            return partner.getName();
        }
        return entry instanceof Person person ? person.getName() : null;
    }

    private static StateCategory category(Entry entry) {
        if (entry.category() == null) {
            throw new RuleViolation("vocabulary.category.required", "A state needs its category");
        }
        return entry.category();
    }

    private int size(long planId, Vocabulary vocabulary) {
        return switch (vocabulary) {
            case PRIORITY -> lists.prioritiesOf(planId).size();
            case STATE -> lists.statesOf(planId).size();
            case SERVICE -> lists.servicesOf(planId).size();
            case PARTNER -> lists.partnersOf(planId).size();
            case PERSON -> lists.peopleOf(planId).size();
            case POLITICAL_OBJECTIVE -> lists.politicalObjectivesOf(planId).size();
        };
    }

    private PlanOwned find(long planId, Vocabulary vocabulary, long id) {
        return store.find(vocabulary, planId, id)
                .orElseThrow(() -> new NotFound("vocabulary.unknown", "No entry " + id));
    }

    private Plan plan(long planId) {
        return plans.findById(planId).orElseThrow(() -> new NotFound("plan.notFound", "No plan " + planId));
    }
}
