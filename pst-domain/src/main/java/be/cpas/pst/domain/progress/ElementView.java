package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetFollowUp;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.Step;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * An element of the plan as its fiche shows it to one reader, built for that reader: what the reader may not see
 * (the internal note, the budget lines' internal comments) is absent from the record, not hidden by the page.
 *
 * @param internalNote {@code null} for a reader without access to internal notes
 */
public record ElementView(long id, PlanRef plan, NodeKind kind, String code, String title, String description,
        VoletScope scope, PriorityLevel priority, ProgressState state, String stateReason, Integer progressPercent,
        long version, Person pilote, Person responsable, String responsableText, Deadline deadline,
        LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
        SynergyStatus synergyStatus, String synergyDetails, String internalNote, List<ServiceUnit> servicesInOrder,
        Set<Partner> partners, List<PoliticalObjective> politicalObjectives, List<ElementRef> secondaryObjectives,
        Set<Integer> sdgs, Set<Integer> enjeux, List<String> risks, List<Step> steps, List<Indicator> indicators,
        List<BudgetLineView> budgetLines, int weight) {

    /** The plan an element belongs to, as its pages link to it. */
    public record PlanRef(long id, String title) {
    }

    /** Another element named on the fiche (a secondary OO of a transversal action). */
    public record ElementRef(long id, String code, String title) {
    }

    /**
     * A budget line as the fiche shows it.
     *
     * @param comment the DF's internal comment, {@code null} for a reader without access to internal notes
     */
    public record BudgetLineView(long id, long version, BigDecimal amountMin, BigDecimal amountMax, boolean range,
            BudgetRecurrence recurrence, Integer year, CostBasis costBasis, String comment, String originalText,
            List<BudgetFollowUp> followUps, BudgetService service, BudgetFlow flow, String article,
            String articleLabel, Financing financing, String subsidisingBody) {

        public boolean isRange() {
            return range;
        }

        /** The DF's figures of a year, if any were entered. */
        public java.util.Optional<BudgetFollowUp> followUpOf(int followUpYear) {
            return followUps.stream().filter(figures -> figures.getYear() == followUpYear).findFirst();
        }
    }

    /**
     * An entry of the journal as the fiche shows it.
     *
     * @param comment the monthly comment of the staff, {@code null} for a reader without access to internal notes
     */
    public record JournalEntry(LocalDate recordedOn, String author, ProgressState state, Integer percent,
            String comment) {

        static JournalEntry of(ProgressEntry entry, boolean internal) {
            return new JournalEntry(entry.getRecordedOn(), entry.getAuthor(), entry.getState(), entry.getPercent(),
                    internal ? entry.getComment() : null);
        }
    }

    /** The services involved, in the plan's order (the fiche tests them for emptiness). */
    public List<ServiceUnit> services() {
        return servicesInOrder;
    }

    /** The element as a reader sees it; {@code internal}: whether the reader may see internal notes. */
    static ElementView of(PlanNode node, boolean internal) {
        return new ElementView(node.getId(), new PlanRef(node.getPlan().getId(), node.getPlan().getTitle()),
                node.getKind(), node.getCode(), node.getTitle(), node.getDescription(), node.getScope(),
                node.getPriority(), node.getState(), node.getStateReason(), node.getProgressPercent(),
                node.getVersion(), node.getPilote(), node.getResponsable(), node.getResponsableText(),
                node.getDeadline(), node.getPlannedStart(), node.getPlannedEnd(), node.getActualStart(),
                node.getActualEnd(), node.getSynergyStatus(), node.getSynergyDetails(),
                internal ? node.getInternalNote() : null, node.getServicesInOrder(),
                node.getPartners().stream().sorted(Comparator.comparing(Partner::getPosition))
                        .collect(Collectors.toCollection(LinkedHashSet::new)),
                node.getPoliticalObjectives().stream().sorted(Comparator.comparing(PoliticalObjective::getPosition))
                        .toList(),
                node.getSecondaryObjectives().stream()
                        .map(oo -> new ElementRef(oo.getId(), oo.getCode(), oo.getTitle()))
                        .sorted(Comparator.comparing(ElementRef::id)).toList(),
                Collections.unmodifiableSortedSet(new TreeSet<>(node.getSdgs())),
                Collections.unmodifiableSortedSet(new TreeSet<>(node.getEnjeux())),
                List.copyOf(node.getRisks()), List.copyOf(node.getSteps()), List.copyOf(node.getIndicators()),
                node.getBudgetLines().stream().map(line -> budgetLine(line, internal)).toList(), node.getWeight());
    }

    private static BudgetLineView budgetLine(BudgetLine line, boolean internal) {
        return new BudgetLineView(line.getId(), line.getVersion(), line.getAmountMin(), line.getAmountMax(),
                line.isRange(), line.getRecurrence(), line.getYear(), line.getCostBasis(),
                internal ? line.getComment() : null, line.getOriginalText(), List.copyOf(line.getFollowUps()),
                line.getService(), line.getFlow(), line.getArticle(), line.getArticleLabel(), line.getFinancing(),
                line.getSubsidisingBody());
    }
}
