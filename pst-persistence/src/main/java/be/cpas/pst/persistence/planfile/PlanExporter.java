package be.cpas.pst.persistence.planfile;

import be.cpas.pst.domain.deadline.Deadline;
import be.cpas.pst.domain.evaluation.Evaluation;
import be.cpas.pst.domain.organisation.Organisation;
import be.cpas.pst.domain.plan.Plan;
import be.cpas.pst.domain.plan.PlanContext;
import be.cpas.pst.domain.plan.PlanOwned;
import be.cpas.pst.domain.plan.SwotItem;
import be.cpas.pst.domain.plan.SwotQuadrant;
import be.cpas.pst.domain.planfile.FileTerms;
import be.cpas.pst.domain.planfile.PlanFile.Noeud;
import be.cpas.pst.domain.planfile.PlanFile;
import be.cpas.pst.domain.planning.BudgetLine;
import be.cpas.pst.domain.planning.Indicator;
import be.cpas.pst.domain.planning.NodeKind;
import be.cpas.pst.domain.planning.PlanNode;
import be.cpas.pst.domain.planning.ProgressEntry;
import be.cpas.pst.domain.vocabulary.Partner;
import be.cpas.pst.domain.vocabulary.Person;
import be.cpas.pst.domain.vocabulary.PersonIdentity;
import be.cpas.pst.domain.vocabulary.PoliticalObjective;
import be.cpas.pst.domain.vocabulary.PriorityLevel;
import be.cpas.pst.domain.vocabulary.ProgressState;
import be.cpas.pst.domain.vocabulary.ServiceUnit;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a stored plan as a plan file: everything the import reads, in the plan's order. */
@Service
public class PlanExporter {

    private final EntityManager entityManager;
    private final PlanFileCodec codec;

    public PlanExporter(EntityManager entityManager, PlanFileCodec codec) {
        this.entityManager = entityManager;
        this.codec = codec;
    }

    @Transactional(readOnly = true)
    public byte[] exportPlan(long planId) {
        return codec.write(toFile(planId));
    }

    /** The plan as the file's records. */
    @Transactional(readOnly = true)
    public PlanFile toFile(long planId) {
        return toFile(planId, false);
    }

    /**
     * The plan's content as a version keeps it: each element with its number, without the follow-up journal (the
     * working comments are not content, and never public).
     */
    @Transactional(readOnly = true)
    public PlanFile content(long planId) {
        return toFile(planId, true);
    }

    private PlanFile toFile(long planId, boolean content) {
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            throw new IllegalArgumentException("No plan " + planId);
        }
        List<PlanNode> nodes = entityManager.createQuery(
                        "select n from PlanNode n where n.plan = :plan order by n.position, n.id", PlanNode.class)
                .setParameter("plan", plan).getResultList();
        Map<Long, List<PlanNode>> children = new HashMap<>();
        List<PlanNode> roots = new ArrayList<>();
        for (PlanNode node : nodes) {
            if (node.getParent() == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.getParent().getId(), id -> new ArrayList<>()).add(node);
            }
        }
        Map<Long, List<ProgressEntry>> journal = new HashMap<>();
        if (!content) {
            entityManager.createQuery(
                            "select e from ProgressEntry e where e.node.plan = :plan order by e.recordedOn, e.id",
                            ProgressEntry.class)
                    .setParameter("plan", plan).getResultList()
                    .forEach(entry -> journal.computeIfAbsent(entry.getNode().getId(), id -> new ArrayList<>())
                            .add(entry));
        }
        Tree tree = new Tree(children, journal, content);
        Organisation organisation = plan.getOrganisation();
        return new PlanFile(PlanFile.FORMAT, PlanFile.CURRENT_VERSION,
                new PlanFile.Organisation(organisation.getName(), organisation.getAddress(), organisation.getWebsite(),
                        organisation.getInsCode()),
                plan(plan), vocabularies(plan), politicalObjectives(plan),
                tree.list(roots, NodeKind.VOLET), tree.list(roots, NodeKind.AXE),
                tree.list(roots, NodeKind.STRATEGIC_OBJECTIVE), evaluations(plan));
    }

    private PlanFile.Plan plan(Plan plan) {
        PlanContext c = plan.getContext();
        PlanFile.Afom afom = new PlanFile.Afom(swot(plan, SwotQuadrant.STRENGTH), swot(plan, SwotQuadrant.WEAKNESS),
                swot(plan, SwotQuadrant.OPPORTUNITY), swot(plan, SwotQuadrant.THREAT));
        return new PlanFile.Plan(plan.getTitle(), plan.getPeriodStart(), plan.getPeriodEnd(),
                FileTerms.PLAN_STATUS.write(plan.getStatus()), text(plan.getAdoptedOn()), plan.getCouncilDecision(),
                plan.getStaleAfterDays(), plan.getDueSoonDays(),
                new PlanFile.Contexte(c.dpsSummary(), c.introduction(), afom, c.values(), c.politicalVision(),
                        c.resources(), c.conclusion()));
    }

    private static List<String> swot(Plan plan, SwotQuadrant quadrant) {
        return plan.getSwot().stream().filter(item -> item.quadrant() == quadrant).map(SwotItem::text).toList();
    }

    private PlanFile.Vocabulaires vocabularies(Plan plan) {
        return new PlanFile.Vocabulaires(
                owned(plan, PriorityLevel.class, p -> new PlanFile.Priorite(p.getCode(), p.getLabel(), p.getMeaning())),
                owned(plan, ProgressState.class, s -> new PlanFile.Etat(s.getLabel(),
                        FileTerms.STATE_CATEGORY.write(s.getCategory()))),
                owned(plan, ServiceUnit.class, ServiceUnit::getName),
                owned(plan, Partner.class, Partner::getName),
                owned(plan, Person.class, PlanExporter::personne));
    }

    private List<PlanFile.ObjectifPolitique> politicalObjectives(Plan plan) {
        return owned(plan, PoliticalObjective.class, o -> new PlanFile.ObjectifPolitique(o.getCode(), o.getTitle()));
    }

    private <T extends PlanOwned, R> List<R> owned(Plan plan, Class<T> type, Function<T, R> mapper) {
        return entityManager.createQuery("select x from " + type.getSimpleName()
                        + " x where x.plan = :plan order by x.position, x.id", type)
                .setParameter("plan", plan).getResultList().stream().map(mapper).toList();
    }

    private List<PlanFile.Evaluation> evaluations(Plan plan) {
        return entityManager.createQuery(
                        "select e from Evaluation e where e.plan = :plan order by e.year, e.kind, e.id", Evaluation.class)
                .setParameter("plan", plan).getResultList().stream()
                .map(e -> new PlanFile.Evaluation(e.getYear(), FileTerms.EVALUATION_KIND.write(e.getKind()),
                        e.getSynergyReview(), e.getItems().stream()
                        .map(item -> new PlanFile.ElementEvaluation(item.getNode().getCode(), item.getAssessment(),
                                FileTerms.DECISION.write(item.getDecision())))
                        .toList()))
                .toList();
    }

    /** The tree as loaded, turned back into the file's nested lists. */
    private record Tree(Map<Long, List<PlanNode>> children, Map<Long, List<ProgressEntry>> journal,
            boolean withNumbers) {

        List<Noeud> list(List<PlanNode> nodes, NodeKind kind) {
            return nodes.stream().filter(node -> node.getKind() == kind
                    || kind == NodeKind.ACTION && node.getKind() == NodeKind.PROJECT).map(this::node).toList();
        }

        private Noeud node(PlanNode n) {
            List<PlanNode> below = children.getOrDefault(n.getId(), List.of());
            boolean work = n.getKind().isWork();
            String type = switch (n.getKind()) {
                case PROJECT -> "projet";
                case ACTION -> "action";
                default -> null;
            };
            Deadline deadline = n.getDeadline();
            return new Noeud(type, n.getCode(), n.getTitle(), n.getDescription(), FileTerms.SCOPE.write(n.getScope()),
                    n.getPriority() == null ? null : n.getPriority().getCode(),
                    n.getState() == null ? null : n.getState().getLabel(), n.getProgressPercent(), n.getStateReason(),
                    n.getWeight() == 1 ? null : n.getWeight(),
                    n.getPilote() == null ? null : n.getPilote().getName(),
                    n.getResponsable() == null ? null : n.getResponsable().getName(), n.getResponsableText(),
                    deadline == null ? null : deadline.text(), text(n.getPlannedStart()), text(n.getPlannedEnd()),
                    text(n.getActualStart()), text(n.getActualEnd()),
                    names(n.getServices(), ServiceUnit::getName), names(n.getPartners(), Partner::getName),
                    names(n.getPoliticalObjectives(), o -> o.getCode() == null ? o.getTitle() : o.getCode()),
                    n.getSecondaryObjectives().stream().map(PlanNode::getCode).sorted().toList(),
                    List.copyOf(n.getSdgs()), List.copyOf(n.getEnjeux()),
                    n.getSynergyStatus() == null && n.getSynergyDetails() == null ? null
                            : new PlanFile.Synergie(FileTerms.SYNERGY.write(n.getSynergyStatus()),
                            n.getSynergyDetails()),
                    n.getRisks(), n.getInternalNote(),
                    n.getSteps().stream().map(s -> new PlanFile.Etape(s.getTitle(), s.getWho(),
                            s.getDeadline() == null ? null : s.getDeadline().text(), s.isDone() ? true : null,
                            text(s.getDoneOn()))).toList(),
                    n.getIndicators().stream().map(Tree::indicator).toList(),
                    work ? n.getBudgetLines().stream().map(Tree::budget).toList() : List.of(),
                    journal.getOrDefault(n.getId(), List.of()).stream()
                            .map(e -> new PlanFile.EntreeJournal(text(e.getRecordedOn()), e.getAuthor(),
                                    e.getState() == null ? null : e.getState().getLabel(), e.getPercent(),
                                    e.getComment()))
                            .toList(),
                    n.getKind() == NodeKind.VOLET ? list(below, NodeKind.AXE) : List.of(),
                    n.getKind() == NodeKind.VOLET || n.getKind() == NodeKind.AXE
                            ? list(below, NodeKind.STRATEGIC_OBJECTIVE) : List.of(),
                    n.getKind() == NodeKind.STRATEGIC_OBJECTIVE ? list(below, NodeKind.OPERATIONAL_OBJECTIVE)
                            : List.of(),
                    n.getKind() == NodeKind.OPERATIONAL_OBJECTIVE || n.getKind() == NodeKind.PROJECT
                            ? list(below, NodeKind.ACTION) : List.of(),
                    withNumbers ? n.getId() : null,
                    work ? n.getProjections().stream().map(p -> new PlanFile.Projection(p.getYear(),
                            FileTerms.BUDGET_SERVICE.write(p.getService()), FileTerms.FLOW.write(p.getFlow()),
                            p.getEconomicGroup(), p.getLabel(), p.getAmount())).toList() : List.of());
        }

        private static PlanFile.Indicateur indicator(Indicator i) {
            return new PlanFile.Indicateur(i.getName(), i.getUnit(), FileTerms.DIRECTION.write(i.getDirection()),
                    i.getBaselineValue() == null && i.getBaselineDate() == null ? null
                            : new PlanFile.Mesure(i.getBaselineValue(), text(i.getBaselineDate())),
                    i.getTargetValue() == null && i.getTargetDate() == null ? null
                            : new PlanFile.Mesure(i.getTargetValue(), text(i.getTargetDate())),
                    i.getValues().stream().map(v -> new PlanFile.Valeur(text(v.getMeasuredOn()), v.getValue(),
                            v.getComment(), v.getAuthor())).toList());
        }

        private static PlanFile.LigneBudget budget(BudgetLine b) {
            return new PlanFile.LigneBudget(b.getAmountMin(), b.isRange() ? b.getAmountMax() : null,
                    FileTerms.RECURRENCE.write(b.getRecurrence()), b.getYear(),
                    FileTerms.COST_BASIS.write(b.getCostBasis()), FileTerms.BUDGET_SERVICE.write(b.getService()),
                    b.getArticle(), FileTerms.FINANCING.write(b.getFinancing()), b.getSubsidisingBody(),
                    b.getComment(), b.getOriginalText(),
                    b.getFollowUps().stream().map(f -> new PlanFile.SuiviBudget(f.getYear(), f.getInscribed(),
                            f.getCommitted(), f.getCharged(), f.getInitialCredit())).toList(),
                    FileTerms.FLOW.write(b.getFlow()), b.getArticleLabel());
        }

        private static <T extends PlanOwned> List<String> names(Collection<T> items, Function<T, String> name) {
            return items.stream().sorted(Comparator.comparingInt(PlanOwned::getPosition)).map(name).toList();
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static PlanFile.Personne personne(Person person) {
        PersonIdentity identity = person.getIdentity();
        return new PlanFile.Personne(person.getName(), person.getJobTitle(),
                FileTerms.CIVILITY.write(identity.civility()), identity.firstName(), identity.lastName(),
                identity.phone());
    }
}
