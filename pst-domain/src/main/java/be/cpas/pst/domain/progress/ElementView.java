package be.cpas.pst.domain.progress;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.indicator.IndicatorStatus;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.planning.BudgetFigures;
import be.cpas.pst.domain.planning.BudgetFlow;
import be.cpas.pst.domain.planning.BudgetFollowUp;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.BudgetRecurrence;
import be.cpas.pst.domain.planning.BudgetService;
import be.cpas.pst.domain.planning.CostBasis;
import be.cpas.pst.domain.planning.Financing;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.IndicatorDirection;
import be.cpas.pst.domain.planning.IndicatorValue;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.planning.Step;
import be.cpas.pst.domain.planning.SynergyStatus;
import be.cpas.pst.domain.planning.VoletScope;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An element of the plan as its fiche shows it to one reader, built for that reader: what the reader may not see
 * (the internal note, the budget lines' internal comments) is absent from the record, not hidden by the page. Values
 * only, down to the étapes, indicators and vocabulary entries: a page never reaches an entity through it.
 *
 * @param internalNote {@code null} for a reader without access to internal notes
 * @param indicators   the element's indicators with their values (oldest first) and status
 */
public record ElementView(long id, PlanRef plan, NodeKind kind, String code, String title, String description,
        VoletScope scope, TreeNode.Priority priority, TreeNode.State state, String stateReason,
        Integer progressPercent, long version, TreeNode.Who pilote, TreeNode.Who responsable, String responsableText,
        Deadline deadline, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
        SynergyStatus synergyStatus, String synergyDetails, String internalNote, List<Term> servicesInOrder,
        List<Term> partners, List<PoliticalRef> politicalObjectives, List<ElementRef> secondaryObjectives,
        Set<Integer> sdgs, Set<Integer> enjeux, List<String> risks, List<StepView> steps,
        List<IndicatorView> indicators, List<BudgetLineView> budgetLines, int weight) {

    /** The plan an element belongs to, as its pages link to it (the years of its mandate included). */
    public record PlanRef(long id, String title, int periodStart, int periodEnd) {

        static PlanRef of(Plan plan) {
            return new PlanRef(plan.getId(), plan.getTitle(), plan.getPeriodStart(), plan.getPeriodEnd());
        }
    }

    /** Another element named on the fiche (a secondary OO of a transversal action). */
    public record ElementRef(long id, String code, String title) {

        static ElementRef of(PlanNode element) {
            return new ElementRef(element.getId(), element.getCode(), element.getTitle());
        }
    }

    /** An entry of a plan's list named by the fiche: a service or a partner. */
    public record Term(long id, String name) {

        static Term of(ServiceUnit service) {
            return new Term(service.getId(), service.getName());
        }

        static Term of(Partner partner) {
            return new Term(partner.getId(), partner.getName());
        }
    }

    /** An objective of the council's policy statement that the element serves. */
    public record PoliticalRef(long id, String code, String title) {

        static PoliticalRef of(PoliticalObjective objective) {
            return new PoliticalRef(objective.getId(), objective.getCode(), objective.getTitle());
        }
    }

    /** An étape of a projet or action. */
    public record StepView(long id, String title, String who, Deadline deadline, boolean done, LocalDate doneOn) {

        /** Not done, and its échéance has passed. */
        public boolean isLateOn(LocalDate today) {
            return Step.isLate(done, deadline, today);
        }

        static StepView of(Step step) {
            return new StepView(step.getId(), step.getTitle(), step.getWho(), step.getDeadline(), step.isDone(),
                    step.getDoneOn());
        }
    }

    /**
     * An indicator as the fiche shows it.
     *
     * @param values      the measured values, oldest first
     * @param correctable the values the reader may correct or withdraw (their own, or any for the DG)
     */
    public record IndicatorView(long id, long version, String name, String unit, IndicatorDirection direction,
            BigDecimal baselineValue, LocalDate baselineDate, BigDecimal targetValue, LocalDate targetDate,
            IndicatorStatus status, List<Reading> values, Set<Long> correctable) {

        /** The last value measured, if any (the monthly update shows it beside its field). */
        public Optional<Reading> latest() {
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
        }

        public boolean mayCorrect(Reading value) {
            return correctable.contains(value.id());
        }

        static IndicatorView of(Indicator indicator, IndicatorStatus status, Predicate<IndicatorValue> correctable) {
            return new IndicatorView(indicator.getId(), indicator.getVersion(), indicator.getName(),
                    indicator.getUnit(), indicator.getDirection(), indicator.getBaselineValue(),
                    indicator.getBaselineDate(), indicator.getTargetValue(), indicator.getTargetDate(), status,
                    indicator.getValues().stream().map(Reading::of).toList(),
                    indicator.getValues().stream().filter(correctable).map(IndicatorValue::getId)
                            .collect(Collectors.toUnmodifiableSet()));
        }
    }

    /** A value of an indicator: when it was measured, what, by whom. */
    public record Reading(long id, LocalDate measuredOn, BigDecimal value, String author) {

        static Reading of(IndicatorValue value) {
            return new Reading(value.getId(), value.getMeasuredOn(), value.getValue(), value.getAuthor());
        }
    }

    /** The DF's figures of one year for a budget line, with the version a save must name. */
    public record FollowUpView(int year, long version, BigDecimal initialCredit, BigDecimal inscribed,
            BigDecimal committed, BigDecimal charged) {

        public BudgetFigures figures() {
            return new BudgetFigures(initialCredit, inscribed, committed, charged);
        }

        static FollowUpView of(BudgetFollowUp figures) {
            return new FollowUpView(figures.getYear(), figures.getVersion(), figures.getInitialCredit(),
                    figures.getInscribed(), figures.getCommitted(), figures.getCharged());
        }
    }

    /**
     * A budget line as the fiche shows it.
     *
     * @param comment the DF's internal comment, {@code null} for a reader without access to internal notes
     */
    public record BudgetLineView(long id, long version, BigDecimal amountMin, BigDecimal amountMax, boolean range,
            BudgetRecurrence recurrence, Integer year, CostBasis costBasis, String comment, String originalText,
            List<FollowUpView> followUps, BudgetService service, BudgetFlow flow, String article,
            String articleLabel, Financing financing, String subsidisingBody) {

        public boolean isRange() {
            return range;
        }

        /** The DF's figures of a year, if any were entered. */
        public Optional<FollowUpView> followUpOf(int followUpYear) {
            return followUps.stream().filter(figures -> figures.year() == followUpYear).findFirst();
        }
    }

    /**
     * An entry of the journal as the fiche shows it.
     *
     * @param comment the monthly comment of the staff, {@code null} for a reader without access to internal notes
     */
    public record JournalEntry(LocalDate recordedOn, String author, TreeNode.State state, Integer percent,
            String comment) {

        static JournalEntry of(ProgressEntry entry, boolean internal) {
            return new JournalEntry(entry.getRecordedOn(), entry.getAuthor(), TreeNode.State.of(entry.getState()),
                    entry.getPercent(), internal ? entry.getComment() : null);
        }
    }

    /** The services involved, in the plan's order (the fiche tests them for emptiness). */
    public List<Term> services() {
        return servicesInOrder;
    }

    /**
     * The element as a reader sees it; {@code internal}: whether the reader may see internal notes;
     * {@code indicators}: its indicators as that reader sees them.
     */
    static ElementView of(PlanNode node, boolean internal, List<IndicatorView> indicators) {
        return new ElementView(node.getId(), PlanRef.of(node.getPlan()), node.getKind(), node.getCode(),
                node.getTitle(), node.getDescription(), node.getScope(), TreeNode.Priority.of(node.getPriority()),
                TreeNode.State.of(node.getState()), node.getStateReason(), node.getProgressPercent(),
                node.getVersion(), TreeNode.Who.of(node.getPilote()), TreeNode.Who.of(node.getResponsable()),
                node.getResponsableText(), node.getDeadline(), node.getPlannedStart(), node.getPlannedEnd(),
                node.getActualStart(), node.getActualEnd(), node.getSynergyStatus(), node.getSynergyDetails(),
                internal ? node.getInternalNote() : null,
                node.getServicesInOrder().stream().map(Term::of).toList(),
                node.getPartners().stream().sorted(Comparator.comparing(Partner::getPosition))
                        .map(Term::of).toList(),
                node.getPoliticalObjectives().stream().sorted(Comparator.comparing(PoliticalObjective::getPosition))
                        .map(PoliticalRef::of).toList(),
                node.getSecondaryObjectives().stream()
                        .map(ElementRef::of).sorted(Comparator.comparing(ElementRef::id)).toList(),
                Collections.unmodifiableSortedSet(new TreeSet<>(node.getSdgs())),
                Collections.unmodifiableSortedSet(new TreeSet<>(node.getEnjeux())),
                List.copyOf(node.getRisks()), node.getSteps().stream().map(StepView::of).toList(), indicators,
                node.getBudgetLines().stream().map(line -> budgetLine(line, internal)).toList(), node.getWeight());
    }

    private static BudgetLineView budgetLine(BudgetLine line, boolean internal) {
        return new BudgetLineView(line.getId(), line.getVersion(), line.getAmountMin(), line.getAmountMax(),
                line.isRange(), line.getRecurrence(), line.getYear(), line.getCostBasis(),
                internal ? line.getComment() : null, line.getOriginalText(),
                line.getFollowUps().stream().map(FollowUpView::of).toList(), line.getService(), line.getFlow(),
                line.getArticle(), line.getArticleLabel(), line.getFinancing(), line.getSubsidisingBody());
    }
}
