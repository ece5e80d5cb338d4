package be.cpas.pst.domain.planning;

import be.cpas.pst.domain.access.GuardedWork;
import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanOwned;
import be.cpas.pst.domain.shared.RuleViolation;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import be.cpas.pst.domain.vocabulary.StateCategory;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One node of a plan's tree: a volet, an axe, an objectif stratégique or opérationnel, a projet or an action. The code
 * is the plan's own free label; the order is the explicit {@code position} among siblings. Projets and actions carry
 * the whole fiche (domain.md §3); objectives use the common part (code, title, description, state, links).
 */
@Entity
@Table(name = "plan_node")
public class PlanNode extends PlanOwned implements GuardedWork {

    public static final int MAX_TITLE_LENGTH = 1000;
    /** The longest description, synergy details, risks and internal note: the forms' limits, for imports too. */
    public static final int MAX_DESCRIPTION_LENGTH = 20_000;
    public static final int MAX_DETAILS_LENGTH = 4_000;
    public static final int MAX_NOTE_LENGTH = 10_000;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private PlanNode parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NodeKind kind;

    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = MAX_TITLE_LENGTH)
    private String title;

    @Column(columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private VoletScope scope;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "priority_id")
    private PriorityLevel priority;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "state_id")
    private ProgressState state;

    @Column(name = "progress_percent")
    private Integer progressPercent;

    @Column(name = "state_reason", columnDefinition = "text")
    private String stateReason;

    @Column(nullable = false)
    private int weight = 1;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pilote_id")
    private Person pilote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsable_id")
    private Person responsable;

    @Column(name = "responsable_text", length = 300)
    private String responsableText;

    @Embedded
    private Deadline deadline;

    @Column(name = "planned_start")
    private LocalDate plannedStart;

    @Column(name = "planned_end")
    private LocalDate plannedEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    @Enumerated(EnumType.STRING)
    @Column(name = "synergy_status", length = 20)
    private SynergyStatus synergyStatus;

    @Column(name = "synergy_details", columnDefinition = "text")
    private String synergyDetails;

    /** Never shown to anonymous visitors nor, unless shared, to council members. */
    @Column(name = "internal_note", columnDefinition = "text")
    private String internalNote;

    /** Kept out of the published PST by the DG (with everything under it). */
    @Column(name = "kept_private", nullable = false)
    private boolean keptPrivate;

    @ManyToMany
    @JoinTable(name = "node_service", joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ServiceUnit> services = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "node_partner", joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    private Set<Partner> partners = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "node_political_objective", joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "political_objective_id"))
    private Set<PoliticalObjective> politicalObjectives = new HashSet<>();

    /** For a transversal action: the OOs it also serves besides the one it hangs under. */
    @ManyToMany
    @JoinTable(name = "node_secondary_objective", joinColumns = @JoinColumn(name = "node_id"),
            inverseJoinColumns = @JoinColumn(name = "objective_id"))
    private Set<PlanNode> secondaryObjectives = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "node_sdg", joinColumns = @JoinColumn(name = "node_id"))
    @Column(name = "sdg_number", nullable = false)
    private Set<Integer> sdgs = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "node_enjeu", joinColumns = @JoinColumn(name = "node_id"))
    @Column(name = "enjeu_number", nullable = false)
    private Set<Integer> enjeux = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "node_risk", joinColumns = @JoinColumn(name = "node_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, columnDefinition = "text")
    private List<String> risks = new ArrayList<>();

    @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Step> steps = new ArrayList<>();

    @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<BudgetLine> budgetLines = new ArrayList<>();

    @OneToMany(mappedBy = "node", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, service, flow, economicGroup")
    private List<BudgetProjection> projections = new ArrayList<>();

    protected PlanNode() {
        // for JPA
    }

    public PlanNode(Plan plan, PlanNode parent, NodeKind kind, int position, String code, String title) {
        super(plan, position);
        plan.checkEditable();
        this.kind = Objects.requireNonNull(kind, "kind");
        placeUnder(parent);
        rename(code, title);
    }

    // ---- structure -------------------------------------------------------------------------------------------

    public void rename(String newCode, String newTitle) {
        getPlan().checkEditable();
        String trimmed = required(newTitle, "node.title.required", "title");
        if (trimmed.length() > MAX_TITLE_LENGTH) {
            throw new RuleViolation("node.title.tooLong", "Title longer than " + MAX_TITLE_LENGTH, MAX_TITLE_LENGTH);
        }
        this.code = optional(newCode);
        this.title = trimmed;
    }

    public void describe(String newDescription) {
        getPlan().checkEditable();
        this.description = limited(optional(newDescription), MAX_DESCRIPTION_LENGTH);
    }

    /** A text within its limit, or the refusal that says the limit. */
    private static String limited(String text, int max) {
        if (text != null && text.length() > max) {
            throw new RuleViolation("node.text.tooLong", "Text longer than " + max, max);
        }
        return text;
    }

    /** Moves the node under another parent of the same plan (or to the top level), at a given position. */
    public void moveUnder(PlanNode newParent, int newPosition) {
        getPlan().checkEditable();
        placeUnder(newParent);
        moveTo(newPosition);
    }

    private void placeUnder(PlanNode newParent) {
        // through the getters: the parent may be a lazy proxy, whose fields are not loaded
        if (!kind.mayHangUnder(newParent == null ? null : newParent.getKind())) {
            throw new RuleViolation("node.parent.invalid", kind + " cannot be placed under "
                    + (newParent == null ? "the plan" : newParent.getKind()));
        }
        if (newParent != null && !newParent.getPlan().equals(getPlan()) && newParent.getPlan().getId() != null) {
            throw new RuleViolation("node.parent.otherPlan", "The parent belongs to another plan");
        }
        for (PlanNode ancestor = newParent; ancestor != null; ancestor = ancestor.getParent()) {
            if (ancestor == this) {
                throw new RuleViolation("node.parent.cycle", "A node cannot be placed under itself");
            }
        }
        this.parent = newParent;
    }

    public void changeScope(VoletScope newScope) {
        getPlan().checkEditable();
        this.scope = newScope;
    }

    public void changeWeight(int newWeight) {
        getPlan().checkEditable();
        if (newWeight < 0 || newWeight > 100) {
            throw new RuleViolation("node.weight.range", "Weight must be between 0 and 100");
        }
        this.weight = newWeight;
    }

    // ---- fiche ---------------------------------------------------------------------------------------------

    public void prioritise(PriorityLevel level) {
        getPlan().checkEditable();
        this.priority = level;
    }

    /** Pilote (a CODIR member) and responsable (a person, or a free text such as "DG + Président"). */
    public void assign(Person newPilote, Person newResponsable, String newResponsableText) {
        getPlan().checkEditable();
        this.pilote = newPilote;
        this.responsable = newResponsable;
        this.responsableText = optional(newResponsableText);
    }

    public void schedule(Deadline newDeadline, LocalDate newPlannedStart, LocalDate newPlannedEnd,
            LocalDate newActualStart, LocalDate newActualEnd) {
        getPlan().checkEditable();
        getPlan().requirePlausible(newDeadline == null ? null : newDeadline.dueDate(), "deadline");
        getPlan().requirePlausible(newPlannedStart, "plannedStart");
        getPlan().requirePlausible(newPlannedEnd, "plannedEnd");
        getPlan().requirePlausible(newActualStart, "actualStart");
        getPlan().requirePlausible(newActualEnd, "actualEnd");
        if (newPlannedStart != null && newPlannedEnd != null && newPlannedEnd.isBefore(newPlannedStart)) {
            throw new RuleViolation("node.dates.plannedOrder", "Planned end before planned start");
        }
        if (newActualStart != null && newActualEnd != null && newActualEnd.isBefore(newActualStart)) {
            throw new RuleViolation("node.dates.actualOrder", "Actual end before actual start");
        }
        this.deadline = newDeadline;
        this.plannedStart = newPlannedStart;
        this.plannedEnd = newPlannedEnd;
        this.actualStart = newActualStart;
        this.actualEnd = newActualEnd;
    }

    public void involve(Collection<ServiceUnit> newServices, Collection<Partner> newPartners) {
        getPlan().checkEditable();
        if (!newServices.isEmpty() || !newPartners.isEmpty()) {
            requireState();
        }
        replace(services, newServices);
        replace(partners, newPartners);
    }

    public void serve(Collection<PoliticalObjective> objectives) {
        getPlan().checkEditable();
        replace(politicalObjectives, objectives);
    }

    /** Makes this action transversal: it also serves these OOs. */
    public void alsoServe(Collection<PlanNode> operationalObjectives) {
        getPlan().checkEditable();
        if (!operationalObjectives.isEmpty()) {
            requireWork("node.workOnly");
        }
        for (PlanNode objective : operationalObjectives) {
            if (objective.kind != NodeKind.OPERATIONAL_OBJECTIVE) {
                throw new RuleViolation("node.secondary.notOperational", "Secondary links point to OOs only");
            }
            if (objective.equals(parent) || objective == parent) {
                throw new RuleViolation("node.secondary.owner", "The owning OO cannot also be secondary");
            }
        }
        replace(secondaryObjectives, operationalObjectives);
    }

    /** Tags the ODD (1–17) and the Walloon enjeux (1–4) this node serves. */
    public void tag(Collection<Integer> sdgNumbers, Collection<Integer> enjeuNumbers) {
        getPlan().checkEditable();
        for (Integer number : sdgNumbers) {
            if (number == null || number < 1 || number > 17) {
                throw new RuleViolation("node.sdg.range", "ODD numbers go from 1 to 17");
            }
        }
        for (Integer number : enjeuNumbers) {
            if (number == null || number < 1 || number > 4) {
                throw new RuleViolation("node.enjeu.range", "Enjeux go from 1 to 4");
            }
        }
        replace(sdgs, sdgNumbers);
        replace(enjeux, enjeuNumbers);
    }

    public void declareSynergy(SynergyStatus status, String details) {
        getPlan().checkEditable();
        if (status != null || optional(details) != null) {
            requireState();
        }
        this.synergyStatus = status;
        this.synergyDetails = limited(optional(details), MAX_DETAILS_LENGTH);
    }

    public void listRisks(List<String> newRisks) {
        getPlan().checkEditable();
        if (newRisks.stream().anyMatch(risk -> optional(risk) != null)) {
            requireState();
        }
        List<String> kept = newRisks.stream().map(PlanOwned::optional).filter(Objects::nonNull).toList();
        limited(String.join("\n", kept), MAX_NOTE_LENGTH);
        risks.clear();
        risks.addAll(kept);
    }

    /** Keeps the element (and what is under it) out of the published PST, or puts it back. */
    public void keepPrivate(boolean kept) {
        getPlan().checkEditable();
        this.keptPrivate = kept;
    }

    public boolean isKeptPrivate() {
        return keptPrivate;
    }

    public void writeInternalNote(String note) {
        getPlan().checkEditable();
        this.internalNote = limited(optional(note), MAX_NOTE_LENGTH);
    }

    // ---- state and progress ----------------------------------------------------------------------------------

    /**
     * Records a monthly update of a projet or action: the new state, the %, a comment. See {@link #transition}.
     */
    public ProgressEntry recordProgress(ProgressState newState, Integer percent, String comment, String author,
            Long authorAccountId, LocalDate on) {
        requireWork();
        return transition(newState, percent, comment, author, authorAccountId, on);
    }

    /**
     * Puts the objective or action on hold ("mise en suspens, faute de levier activable"), with its reason; the same
     * transition as a monthly update to that state (a projet or action gets its journal entry).
     */
    public ProgressEntry suspend(ProgressState suspended, String reason, String author, Long authorAccountId,
            LocalDate on) {
        return enterStopped(suspended, StateCategory.SUSPENDED, reason, author, authorAccountId, on);
    }

    /** Gives the objective or action up, with the reason the CPAS takes responsibility for. */
    public ProgressEntry abandon(ProgressState abandoned, String reason, String author, Long authorAccountId,
            LocalDate on) {
        return enterStopped(abandoned, StateCategory.ABANDONED, reason, author, authorAccountId, on);
    }

    /** Takes a suspended or abandoned element up again, in the given "in progress" state. */
    public ProgressEntry resume(ProgressState inProgress, String comment, String author, Long authorAccountId,
            LocalDate on) {
        if (getStateCategory() != StateCategory.SUSPENDED && getStateCategory() != StateCategory.ABANDONED) {
            throw new RuleViolation("node.resume.notStopped",
                    "Node " + getId() + " is neither suspended nor abandoned");
        }
        Objects.requireNonNull(inProgress, "state");
        if (inProgress.getCategory().needsReason()) {
            throw new RuleViolation("state.category.mismatch", "State " + inProgress.getLabel() + " is a stop");
        }
        return transition(inProgress, null, comment, author, authorAccountId, on);
    }

    private ProgressEntry enterStopped(ProgressState target, StateCategory expected, String reason, String author,
            Long authorAccountId, LocalDate on) {
        Objects.requireNonNull(target, "state");
        if (target.getCategory() != expected) {
            throw new RuleViolation("state.category.mismatch", "State " + target.getLabel() + " is not " + expected);
        }
        required(reason, "progress.reason.required", "reason");
        return transition(target, null, reason, author, authorAccountId, on);
    }

    /**
     * The one path by which the state of an element changes, with the same effects whatever the page: a done state
     * means 100 % and sets the actual end (if not set); a suspended or abandoned state needs the comment as its
     * reason, another state clears the former reason; a projet or action gets a journal entry (returned, for the
     * caller to store), an objective has no journal and returns {@code null} (the audit trail keeps the change).
     */
    private ProgressEntry transition(ProgressState newState, Integer percent, String comment, String author,
            Long authorAccountId, LocalDate on) {
        getPlan().checkEditable();
        requireState();
        if (percent != null) {
            requireWork("node.workOnly");
        }
        ProgressState target = newState == null ? state : newState;
        Integer effectivePercent = percent == null ? progressPercent : percent;
        checkPercent(effectivePercent);
        if (target != null) {
            checkStateOfThisPlan(target);
            if (target.getCategory() == StateCategory.DONE) {
                if (percent != null && percent != 100) {
                    throw new RuleViolation("progress.done.notComplete", "A done action is 100 %");
                }
                effectivePercent = kind.isWork() ? Integer.valueOf(100) : effectivePercent;
            }
            if (target.getCategory().needsReason() && (state == null || state.getCategory() != target.getCategory())) {
                this.stateReason = required(comment, "progress.reason.required", "reason");
            } else if (!target.getCategory().needsReason()) {
                this.stateReason = null;
            }
        }
        this.state = target;
        this.progressPercent = effectivePercent;
        if (target != null && target.getCategory() == StateCategory.DONE && actualEnd == null) {
            this.actualEnd = on;
        }
        return kind.isWork()
                ? new ProgressEntry(this, on, author, authorAccountId, target, effectivePercent, optional(comment))
                : null;
    }

    /**
     * The state and % as a plan file (or the demo data) gives them at import: the same rules as a transition (a
     * reason for a stop, 100 % when done, a % only on projets and actions) but no journal entry, since the file
     * carries its own history.
     */
    public void establishState(ProgressState target, Integer percent, String reason) {
        getPlan().checkEditable();
        if (target == null && percent == null) {
            this.state = null;
            this.progressPercent = null;
            return;
        }
        requireState();
        if (percent != null) {
            requireWork("node.workOnly");
        }
        checkPercent(percent);
        Integer effectivePercent = percent;
        if (target != null) {
            checkStateOfThisPlan(target);
            if (target.getCategory() == StateCategory.DONE) {
                if (percent != null && percent != 100) {
                    throw new RuleViolation("progress.done.notComplete", "A done action is 100 %");
                }
                effectivePercent = kind.isWork() ? Integer.valueOf(100) : null;
            }
            this.stateReason = target.getCategory().needsReason()
                    ? required(reason, "progress.reason.required", "reason") : null;
        }
        this.state = target;
        this.progressPercent = effectivePercent;
    }

    private static void checkPercent(Integer percent) {
        if (percent != null && (percent < 0 || percent > 100)) {
            throw new RuleViolation("progress.percent.range", "Progress must be between 0 and 100 %");
        }
    }

    private void checkStateOfThisPlan(ProgressState target) {
        if (target.getPlan() != getPlan() && !Objects.equals(target.getPlan().getId(), getPlan().getId())) {
            throw new RuleViolation("state.otherPlan", "The state belongs to another plan's scale");
        }
    }

    private void requireWork() {
        requireWork("progress.notWork");
    }

    private void requireWork(String messageKey) {
        if (!kind.isWork()) {
            throw new RuleViolation(messageKey, kind + " is not a projet or an action");
        }
    }

    private void requireState() {
        if (!kind.hasState()) {
            throw new RuleViolation("state.notApplicable", "Volets and axes have no state");
        }
    }

    // ---- étapes, indicators, budget -----------------------------------------------------------------------------

    public Step addStep(String stepTitle, String who, Deadline stepDeadline) {
        getPlan().checkEditable();
        requireWork();
        Step step = new Step(this, steps.size(), stepTitle, who, stepDeadline);
        steps.add(step);
        return step;
    }

    /** Moves an étape up ({@code -1}) or down ({@code +1}) in the list; nothing happens past either end. */
    public void moveStep(Step step, int by) {
        getPlan().checkEditable();
        if (Siblings.shift(steps, step, by)) {
            renumber(steps);
        }
    }

    public void removeStep(Step step) {
        getPlan().checkEditable();
        steps.remove(step);
        renumber(steps);
    }

    public void removeIndicator(Indicator indicator) {
        getPlan().checkEditable();
        indicators.remove(indicator);
        renumber(indicators);
    }

    public void removeBudgetLine(BudgetLine line) {
        getPlan().checkEditable();
        budgetLines.remove(line);
        renumber(budgetLines);
    }

    public Indicator addIndicator(String name, String unit, IndicatorDirection direction) {
        getPlan().checkEditable();
        Indicator indicator = new Indicator(this, indicators.size(), name, unit, direction);
        indicators.add(indicator);
        return indicator;
    }

    public BudgetLine addBudgetLine(BigDecimal minimum, BigDecimal maximum, String originalText) {
        getPlan().checkEditable();
        requireWork("node.workOnly");
        BudgetLine line = new BudgetLine(this, budgetLines.size(), minimum, maximum, originalText);
        budgetLines.add(line);
        return line;
    }

    /**
     * What the accounting projects for this element in a year and an economic group: replaces the amount it had for
     * the same service, dépense or recette, group and year.
     */
    public BudgetProjection project(BudgetService service, BudgetFlow flow, String economicGroup, String label,
            int year, BigDecimal amount) {
        getPlan().checkEditable();
        BudgetProjection projection = projections.stream()
                .filter(p -> p.isFor(service, flow, economicGroup == null ? "" : economicGroup, year)).findFirst()
                .orElseGet(() -> {
                    BudgetProjection created = new BudgetProjection(this, service, flow, economicGroup, year);
                    projections.add(created);
                    return created;
                });
        projection.change(label, amount);
        return projection;
    }

    private static void renumber(List<? extends NodePart> parts) {
        for (int i = 0; i < parts.size(); i++) {
            parts.get(i).renumber(i);
        }
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        if (values != null) {
            target.addAll(values);
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public boolean isWork() {
        return kind.isWork();
    }

    @Override
    public boolean hasPilote(Long accountId) {
        return pilote != null && accountId != null && accountId.equals(pilote.getAccountId());
    }

    @Override
    public boolean hasResponsable(Long accountId) {
        return responsable != null && accountId != null && accountId.equals(responsable.getAccountId());
    }

    @Override
    public boolean involvesServiceMember(Long accountId) {
        return accountId != null && services.stream().anyMatch(service -> service.hasMember(accountId));
    }

    public PlanNode getParent() {
        return parent;
    }

    public NodeKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public VoletScope getScope() {
        return scope;
    }

    public PriorityLevel getPriority() {
        return priority;
    }

    public ProgressState getState() {
        return state;
    }

    public StateCategory getStateCategory() {
        return state == null ? StateCategory.NOT_STARTED : state.getCategory();
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public String getStateReason() {
        return stateReason;
    }

    public int getWeight() {
        return weight;
    }

    public Person getPilote() {
        return pilote;
    }

    public Person getResponsable() {
        return responsable;
    }

    public String getResponsableText() {
        return responsableText;
    }

    public Deadline getDeadline() {
        return deadline;
    }

    public LocalDate getPlannedStart() {
        return plannedStart;
    }

    public LocalDate getPlannedEnd() {
        return plannedEnd;
    }

    public LocalDate getActualStart() {
        return actualStart;
    }

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public SynergyStatus getSynergyStatus() {
        return synergyStatus;
    }

    public String getSynergyDetails() {
        return synergyDetails;
    }

    public String getInternalNote() {
        return internalNote;
    }

    public Set<ServiceUnit> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public Set<Partner> getPartners() {
        return Collections.unmodifiableSet(partners);
    }

    public Set<PoliticalObjective> getPoliticalObjectives() {
        return Collections.unmodifiableSet(politicalObjectives);
    }

    public Set<PlanNode> getSecondaryObjectives() {
        return Collections.unmodifiableSet(secondaryObjectives);
    }

    public Set<Integer> getSdgs() {
        return Collections.unmodifiableSet(new TreeSet<>(sdgs));
    }

    public Set<Integer> getEnjeux() {
        return Collections.unmodifiableSet(new TreeSet<>(enjeux));
    }

    public List<String> getRisks() {
        return Collections.unmodifiableList(risks);
    }

    public List<Step> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public List<Indicator> getIndicators() {
        return Collections.unmodifiableList(indicators);
    }

    public List<BudgetLine> getBudgetLines() {
        return Collections.unmodifiableList(budgetLines);
    }

    public List<BudgetProjection> getProjections() {
        return Collections.unmodifiableList(projections);
    }

    /** Services, sorted by their place in the plan's list. */
    public List<ServiceUnit> getServicesInOrder() {
        return sortByPosition(services);
    }

    static <T extends PlanOwned> List<T> sortByPosition(Collection<T> items) {
        List<T> sorted = new ArrayList<>(new LinkedHashSet<>(items));
        sorted.sort(java.util.Comparator.comparingInt(PlanOwned::getPosition));
        return sorted;
    }

    @Override
    public String auditLabel() {
        return (code == null ? "" : code + " ") + title;
    }

    @Override
    public Long auditNodeId() {
        return getId();
    }
}
